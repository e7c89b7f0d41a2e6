// What the benchmark's people say: conduct questions and complaints from the evaluation set.
import { EVAL_CASES } from '../../test/eval/questions';

/** Conduct questions (Chinese, as officials type them). */
export const CONDUCT_QUESTIONS: readonly string[] = EVAL_CASES.filter((c) => c.kind === 'conduct').map(
  (c) => c.q,
);

/** Complaints as enterprises write them. */
export const COMPLAINTS: readonly string[] = EVAL_CASES.filter((c) => c.kind === 'complaint').map((c) => c.q);

/** The i-th text of a mix: mostly conduct questions, every fourth a complaint. */
export const mixedText = (i: number): string =>
  i % 4 === 3 ? COMPLAINTS[i % COMPLAINTS.length]! : CONDUCT_QUESTIONS[i % CONDUCT_QUESTIONS.length]!;
