import type { Scenario } from './corpus';
import type { KnowledgeIndex } from './index-store';
import { findConcepts, prepareText } from './tokenize';
import type { SearchHit } from './types';

/** Who, when they pay for an official, make the paid thing forbidden (enterprises, bosses, 管理服务对象, subordinates). */
const PAYING_PARTIES: ReadonlySet<string> = new Set(['企业', '老板', '管理服务对象', '下属']);

/** Things that cost money: 宴请、旅游、健身、娱乐等活动安排 (第一百零一条) and personal costs (第一百一十一条). */
const COSTLY_ACTS: ReadonlySet<string> = new Set([
  '宴请',
  '旅游',
  '娱乐',
  '会员卡',
  '住宿差旅',
  '借用',
  '公务接待',
  '婚丧喜庆',
  '住房',
]);

/** Words naming a cost even when no costly act is named ("承担去外地学习的费用"). */
const COST_WORDS =
  /(费用|食宿|吃住|机票|车票|门票|房费|路费|差旅费|培训费|学费|医药费|场地费|油费|餐费|住宿费|团费|开销|花销|出资|装修|修缮|维修|升级|套房)/;

/**
 * Whether a question states that an enterprise, a boss, a 管理服务对象 or a subordinate unit
 * pays for a trip, a meal, an activity or a personal cost of the official (全包, 买单, 报销,
 * 承担费用, 安排食宿 …). A working meal at the enterprise is left to its own scenario (it is
 * allowed on terms), and so is anything the official states they pay themselves.
 */
export const statesEnterprisePays = (text: string, concepts: readonly string[]): boolean =>
  concepts.includes('他人付费') &&
  !concepts.includes('自费') &&
  !concepts.includes('工作餐') &&
  concepts.some((c) => PAYING_PARTIES.has(c)) &&
  (concepts.some((c) => COSTLY_ACTS.has(c)) || COST_WORDS.test(text));

const titleConcepts = (scenario: Scenario): string[] => findConcepts(prepareText(scenario.title));

/** How a question stating that an enterprise pays is settled. */
export interface PaidChoice {
  /** The forbidden scenario to answer with, or the same scenario with its "enterprise pays" option chosen. */
  hit: SearchHit;
  /** The clarifying question the stated fact answers (its index), when the scenario is kept. */
  answered: { index: number; note: string } | null;
}

/**
 * Settles a question stating that an enterprise pays, whose best scenario is not forbidden:
 * (1) the best forbidden scenario about paying or about the paid activity among the hits;
 * (2) else the kept scenario's clarifying option on who pays (an enterprise → forbidden);
 * (3) else the best forbidden scenario about others paying at all (第一百一十一条).
 */
export const settleEnterprisePays = (
  index: KnowledgeIndex,
  hits: readonly SearchHit[],
  kept: SearchHit,
  concepts: readonly string[],
): PaidChoice => {
  const wanted = new Set(['他人付费', ...concepts.filter((c) => COSTLY_ACTS.has(c))]);
  const forbidden = hits.filter((h) => index.scenarios.get(h.id)?.verdict === 'forbidden');
  const about = forbidden.find((h) => titleConcepts(index.scenarios.get(h.id)!).some((c) => wanted.has(c)));
  if (about) return { hit: about, answered: null };
  const scenario = index.scenarios.get(kept.id)!;
  for (const [i, clarify] of scenario.clarify.entries()) {
    const option = clarify.options.find(
      (o) => o.verdict === 'forbidden' && findConcepts(prepareText(o.label)).includes('他人付费'),
    );
    if (option) return { hit: kept, answered: { index: i, note: option.note } };
  }
  const paying = forbidden.find((h) => titleConcepts(index.scenarios.get(h.id)!).includes('他人付费'));
  return { hit: paying ?? forbidden[0] ?? kept, answered: null };
};

/** Relations that make a situation forbidden when the question states them (管理服务对象, a subordinate). */
const RELATIONS: readonly string[] = ['管理服务对象', '下属'];

/** Acts of an invitation whose verdict turns on who invites (a meal, a drink, a get-together). */
const INVITATION_ACTS: ReadonlySet<string> = new Set(['宴请']);

/** Acts that, once in the question, make the relation beside the point (money, gifts, paying …). */
const BEYOND_INVITATION: ReadonlySet<string> = new Set([
  '红包',
  '礼品',
  '消费卡',
  '会员卡',
  '他人付费',
  '婚丧喜庆',
  '娱乐',
  '旅游',
  '收受',
]);

/**
 * Hosting a family occasion (婚丧喜庆) is forbidden only for whom it invites: when the question
 * names no guest (老板, 企业 …) and nothing taken, the scenario that asks about the guests answers.
 */
const HOSTING = '婚丧喜庆';
const HOST_GUESTS: ReadonlySet<string> = new Set(['老板', '企业']);

/** How close (share of the best score) a scenario that asks about the relation must come. */
export const ASK_RELATION_RATIO = 0.4;

/**
 * When the best scenario is forbidden only because of a relation the question never states
 * ("管理服务对象请吃饭" for "开发商老板约我吃个便饭"), a close conditional scenario about the same
 * invitation that asks about that relation answers instead: the user is asked, not presumed
 * guilty. Only plain invitations qualify: money, gifts, paying or any stated relation keep the best.
 * Returns the hit to answer with (the best one when no such scenario exists).
 */
export const preferAskingAboutRelation = (
  index: KnowledgeIndex,
  hits: readonly SearchHit[],
  best: SearchHit,
  asked: readonly string[],
): SearchHit => {
  const scenario = index.scenarios.get(best.id);
  if (scenario?.verdict !== 'forbidden') return best;
  const own = titleConcepts(scenario);
  const unstated = RELATIONS.filter((r) => own.includes(r) && !asked.includes(r));
  if (!unstated.length || RELATIONS.some((r) => asked.includes(r))) return best;
  const hosting =
    asked.includes(HOSTING) &&
    !asked.some((c) => HOST_GUESTS.has(c) || (c !== HOSTING && BEYOND_INVITATION.has(c)));
  if (!hosting && asked.some((c) => BEYOND_INVITATION.has(c))) return best;
  const acts = asked.filter((c) => INVITATION_ACTS.has(c) || (hosting && c === HOSTING));
  if (!acts.length) return best;
  return (
    hits.find((h) => {
      const s = index.scenarios.get(h.id);
      if (s?.verdict !== 'conditional' || h.score < best.score * ASK_RELATION_RATIO) return false;
      const title = titleConcepts(s);
      if (unstated.some((r) => title.includes(r)) || !acts.some((a) => title.includes(a))) return false;
      const asks = findConcepts(
        prepareText(s.clarify.map((c) => [c.question, ...c.options.map((o) => o.label)].join(' ')).join(' ')),
      );
      return RELATIONS.some((r) => asks.includes(r));
    }) ?? best
  );
};
