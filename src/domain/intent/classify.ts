import { EVERYDAY_ACTS } from '../conduct/lexicon/synonyms';
import { ACT_CONCEPTS, findConcepts, prepareText } from '../conduct/tokenize';
import type { ComplaintCategory } from './categories';
import {
  CATEGORY_BONUS,
  CATEGORY_CUES,
  ENTERPRISE_SELF,
  EXPLICIT_COMPLAINT,
  GOVERNMENT_ACTOR,
  OFFICIAL_SELF,
  PERMISSION_QUESTION,
  REPORTED_TO_SPEAKER,
  WORKPLACE,
} from './complaint-lexicon';
import { neutraliseInstructions } from './injection';
import { isHelpRequest, isSmalltalk } from './smalltalk';

/** What a message is: a conduct question, a complaint, small talk, a help request, or nothing usable. */
export type MessageKind = 'conduct' | 'complaint' | 'smalltalk' | 'help' | 'other';

/** The classification of one message; `text` is the question with hidden instructions removed. */
export interface MessageIntent {
  kind: MessageKind;
  category: ComplaintCategory | null;
  injection: boolean;
  text: string;
}

/** Tie-break order when two categories score the same: the more serious first. */
const PRIORITY: readonly ComplaintCategory[] = ['extortion', 'abuse', 'policy', 'shirking', 'delay', 'other'];

/** Sums the cue weights of every category found in a prepared text. */
export const scoreCategories = (prepared: string): Map<ComplaintCategory, number> => {
  const scores = new Map<ComplaintCategory, number>();
  for (const category of PRIORITY) {
    let sum = 0;
    for (const cue of CATEGORY_CUES[category]) if (cue.pattern.test(prepared)) sum += cue.weight;
    if (sum > 0) scores.set(category, sum);
  }
  return scores;
};

/** The best category of a complaint text (`other` when no cue matches). */
export const classifyComplaint = (prepared: string): ComplaintCategory => {
  let best: ComplaintCategory = 'other';
  let bestScore = 0;
  for (const [category, cueScore] of scoreCategories(prepared)) {
    const score = cueScore + (CATEGORY_BONUS[category]?.test(prepared) ? 2.5 : 0);
    if (score > bestScore) {
      best = category;
      bestScore = score;
    }
  }
  return best;
};

/** Whether the speaker says they complain or report (not that someone reported to them). */
const isExplicit = (prepared: string): boolean =>
  EXPLICIT_COMPLAINT.test(prepared) && !REPORTED_TO_SPEAKER.test(prepared);

/** How strongly a text reads as an enterprise complaint and as an official's conduct question. */
export const scoreKinds = (
  prepared: string,
): { complaint: number; conduct: number; context: number; cues: number } => {
  const cueTotal = [...scoreCategories(prepared).values()].reduce((a, b) => a + b, 0);
  const workplace = WORKPLACE.test(prepared);
  const context =
    (isExplicit(prepared) && !workplace ? 3 : 0) +
    (ENTERPRISE_SELF.test(prepared) ? 2 : 0) +
    (GOVERNMENT_ACTOR.test(prepared) ? 1 : 0);
  const complaint = context + Math.min(cueTotal, 5);
  const acts = findConcepts(prepared)
    .filter((c) => ACT_CONCEPTS.has(c))
    .reduce((n, c) => n + (EVERYDAY_ACTS.has(c) ? 0.5 : 1), 0);
  const conduct =
    (PERMISSION_QUESTION.test(prepared) ? 2 : 0) + (OFFICIAL_SELF.test(prepared) ? 2 : 0) + Math.min(acts, 2);
  return { complaint, conduct, context, cues: cueTotal };
};

/**
 * Classifies a message: hidden instructions are neutralised first, then help and small talk are
 * recognised, then complaint cues are weighed against conduct-question cues. Anything else with
 * content is a conduct question (the engine says "unknown" when no rule covers it).
 */
export const classifyMessage = (raw: string): MessageIntent => {
  const { text, injection } = neutraliseInstructions(raw);
  const prepared = prepareText(text);
  const hasActs = findConcepts(prepared).some((c) => ACT_CONCEPTS.has(c));
  if (!hasActs && isHelpRequest(text.toLowerCase())) return { kind: 'help', category: null, injection, text };
  if (isSmalltalk(text.toLowerCase())) return { kind: 'smalltalk', category: null, injection, text };
  if (!prepared.replace(/[\s\p{P}\p{S}]+/gu, '')) {
    return { kind: injection ? 'other' : 'smalltalk', category: null, injection, text };
  }
  const { complaint, conduct, context, cues } = scoreKinds(prepared);
  const explicit = isExplicit(prepared) && !WORKPLACE.test(prepared);
  const isComplaint =
    (complaint >= 3 &&
      (context > 0 || cues >= 4) &&
      (complaint > conduct || (explicit && complaint >= conduct))) ||
    (complaint >= 2 && conduct < 1 && (context > 0 || cues >= 4));
  if (isComplaint) {
    return { kind: 'complaint', category: classifyComplaint(prepared), injection, text };
  }
  return { kind: 'conduct', category: null, injection, text };
};
