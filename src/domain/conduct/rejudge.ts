import type { ClarifyOption } from './corpus';
import type { KnowledgeIndex } from './index-store';
import { scenarioAnswer } from './judge';
import type { ConductAnswer, RuleVerdict } from './types';
import { stricter } from './verdicts';

/**
 * Re-judges a scenario once the user has answered clarifying questions (clarify index → option
 * label). The verdict is the strictest of the chosen options; while questions remain open it is
 * never better than "conditional". Unknown scenario → null; unknown labels count as unanswered.
 */
export const rejudgeScenario = (
  index: KnowledgeIndex,
  scenarioId: string,
  choices: Readonly<Record<number, string>>,
): ConductAnswer | null => {
  const scenario = index.scenarios.get(scenarioId);
  if (!scenario) return null;
  const base = scenarioAnswer(index, scenario, 1);
  const chosen: ClarifyOption[] = [];
  const open = base.clarify.filter((c) => {
    const label = choices[c.index];
    const option = scenario.clarify[c.index]?.options.find((o) => o.label === label);
    if (option) chosen.push(option);
    return !option;
  });
  if (!chosen.length) return base;
  let verdict: RuleVerdict = chosen.map((o) => o.verdict).reduce(stricter);
  if (open.length && verdict === 'allowed') verdict = 'conditional';
  return {
    ...base,
    verdict,
    clarify: open,
    notes: chosen.map((o) => o.note).filter((n) => n.length > 0),
  };
};
