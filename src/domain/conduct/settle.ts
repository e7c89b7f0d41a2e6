import type { Scenario } from './corpus';
import { ACT_CONCEPTS, findConcepts, prepareText } from './tokenize';

/** Acts that never stand in the way of settling who pays (the payment itself, serving enterprises). */
const NEUTRAL_ACTS: ReadonlySet<string> = new Set(['自费', '他人付费', '服务企业', '社交往来']);

/** Facts a clarifying question may ask besides who pays, which the question cannot settle by itself. */
const UNVERIFIABLE: ReadonlySet<string> = new Set(['管理服务对象', '下属', '特定关系人']);

/** Whether "someone else pays" comes only from an arrangement ("企业安排在食堂吃"), not a payment. */
const arrangedOnly = (text: string): boolean =>
  !findConcepts(text.replace(/安排/g, ' ')).includes('他人付费');

/** Red-flag words about paying: the fact being settled, not an extra risk. */
const PAYING_WORDS: ReadonlySet<string> = new Set(['付', '承担', '费用', '包了', '安排了', '钱']);

const conceptsOf = (text: string): string[] => findConcepts(prepareText(text));

/**
 * Settles a scenario's one clarifying question about who pays when the question says it: the
 * official's own unit pays by the standard or the official pays (自费), nobody else pays, and
 * the question adds no act beyond the scenario's own. Returns the answered question with its
 * "allowed" option, or null when anything is unclear (the scenario then asks, as before).
 */
export const settleSelfPaid = (
  scenario: Scenario,
  text: string,
  stated: readonly string[],
  flags: readonly string[],
): { index: number; note: string } | null => {
  if (scenario.verdict !== 'conditional' || scenario.clarify.length !== 1) return null;
  if (conceptsOf(scenario.clarify[0]!.question).some((c) => UNVERIFIABLE.has(c))) return null;
  if (!stated.includes('自费') || (stated.includes('他人付费') && !arrangedOnly(text))) return null;
  const clarify = scenario.clarify[0]!;
  const option = clarify.options.find((o) => {
    const acts = conceptsOf(o.label).filter((c) => ACT_CONCEPTS.has(c));
    return o.verdict === 'allowed' && acts.includes('自费') && acts.every((c) => stated.includes(c));
  });
  if (!option) return null;
  const covered = new Set([
    ...conceptsOf(scenario.title),
    ...conceptsOf([clarify.question, ...clarify.options.map((o) => o.label)].join(' ')),
  ]);
  const extra = stated.filter((c) => ACT_CONCEPTS.has(c) && !NEUTRAL_ACTS.has(c) && !covered.has(c));
  if (extra.length || flags.some((f) => !PAYING_WORDS.has(f))) return null;
  return { index: 0, note: option.note };
};

/** Counterparties a clarifying question may name besides the fact it asks about. */
const PARTY_WORDS: ReadonlySet<string> = new Set([
  '老板',
  '企业',
  '配偶',
  '子女',
  '特定关系人',
  '同学朋友',
  '本单位',
  '下属',
]);

/** Facts that make a permitted meal, gift or stay forbidden when an option names them: valuables, alcohol, others paying. */
const AGGRAVATING: readonly string[] = ['贵重', '饮酒', '他人付费'];

/** The forbidden, decided option of a clarifying question (not "不确定"). */
const forbiddenOption = (clarify: Scenario['clarify'][number]) =>
  clarify.options.find((o) => o.verdict === 'forbidden' && !o.label.includes('不确定'));

/**
 * Settles a clarifying question the question itself answers the strict way: it asks only whether
 * the other side is a 管理服务对象 and the user says so ("他是我管的企业"), or its forbidden option
 * names valuables (贵重物品、卡券、烟酒) or alcohol (上酒) and the user names them (金条, 喝点酒 …).
 */
export const settleStatedForbidden = (
  scenario: Scenario,
  text: string,
  stated: readonly string[],
): { index: number; note: string } | null => {
  if (scenario.verdict !== 'conditional') return null;
  const othersPay = stated.includes('他人付费') && !(stated.includes('自费') && arrangedOnly(text));
  const titleActs = conceptsOf(scenario.title);
  for (const [index, clarify] of scenario.clarify.entries()) {
    const option = forbiddenOption(clarify);
    if (!option) continue;
    const asks = conceptsOf(clarify.question).filter((c) => !PARTY_WORDS.has(c) && !titleActs.includes(c));
    const aboutRelation = asks.length === 1 && asks[0] === '管理服务对象' && !clarify.question.includes('且');
    if (aboutRelation && stated.includes('管理服务对象')) return { index, note: option.note };
    for (const attribute of AGGRAVATING) {
      if (attribute === '他人付费' ? !othersPay : !stated.includes(attribute)) continue;
      const match = clarify.options.find(
        (o) => o.verdict === 'forbidden' && conceptsOf(o.label).includes(attribute),
      );
      if (match) return { index, note: match.note };
    }
  }
  return null;
};
