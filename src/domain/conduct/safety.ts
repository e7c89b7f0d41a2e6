import type { Scenario } from './corpus';
import type { KnowledgeIndex } from './index-store';
import { analyzeQuery, searchScenarios } from './search';
import { ACT_CONCEPTS, findConcepts, prepareText } from './tokenize';
import type { SearchHit } from './types';

/** The limits of the "never a wrong allowed" rules. */
export const SAFETY_THRESHOLDS = {
  /** An "allowed" scenario yields to a stricter one (same situation) scoring at least this share of it. */
  allowedYieldRatio: 0.9,
  /** An "allowed" answer needs at least this score; a weaker match is capped at "conditional". */
  allowedAbove: 0.35,
  /** A stricter scenario about an added risky act answers if it scores at least this share of the best. */
  riskYieldRatio: 0.4,
  /** The clause carrying a risky act must match a stricter scenario at least this well. */
  riskClauseAbove: 0.22,
} as const;

/** Acts that can make a permitted situation forbidden when they come along (a meal, money, a gift …). */
const RISK_CONCEPTS: ReadonlySet<string> = new Set(
  [...ACT_CONCEPTS].filter((c) => c !== '服务企业' && c !== '自费' && c !== '社交往来'),
);

/**
 * Words that, in a question answered "allowed", point at something the permitted situation does
 * not cover (money, gifts, meals, family …). When the allowed scenario's title does not mention
 * them the answer is capped at "conditional": a blunt net under the concept-level rule.
 */
const RED_FLAGS: readonly string[] = [
  ...'送 收 钱 红包 礼 卡 券 酒 烟 玩 旅游 报销 买单 免费 打折 优惠 内幕 好处 回扣 提成 股份 干股 借 私下 会所'.split(
    ' ',
  ),
  ...'高尔夫 ktv 按摩 洗浴 家属 亲戚 老婆 老公 配偶 儿子 女儿 孩子 付 承担 包了 安排了'.split(' '),
  ...'费用 车费 餐费 房费 油费 路费 讲课费 劳务费 咨询费 顾问费 介绍费 好处费 辛苦费 出场费 坑位费'.split(
    ' ',
  ),
];

/** Words that contain a red-flag word but are no red flag (证券 is not a 券, 优惠政策 no 优惠). */
const BENIGN = /证券|债券|券商|国债|优惠政策|税收优惠|政策优惠|减税降费/g;

/** The red-flag words of a question that an allowed scenario's title does not mention. */
export const redFlags = (text: string, scenario: Scenario): string[] => {
  const title = prepareText(scenario.title);
  const plain = text.replace(BENIGN, ' ');
  return RED_FLAGS.filter((w) => plain.includes(w) && !title.includes(w));
};

/** How the engine settled on a scenario: the hit, an optional verdict cap and a note for the user. */
export interface Choice {
  hit: SearchHit;
  verdictCap: 'conditional' | null;
  note: string | null;
}

const conceptsOf = (text: string): string[] => findConcepts(prepareText(text));

/** The concepts a scenario is about: those of its title (keywords are too loose to vouch for safety). */
const ownConcepts = (scenario: Scenario): Set<string> => new Set(conceptsOf(scenario.title));

/** Whether the question names every concept of a scenario's title (it is the same situation). */
const focusCovered = (scenario: Scenario | undefined, asked: readonly string[]): boolean =>
  scenario !== undefined && conceptsOf(scenario.title).every((c) => asked.includes(c));

/**
 * Drops the part of a question that only names the user's worry ("算不算插手", "会不会被说利益输送"):
 * those words are a label the user fears, not an extra act they describe.
 */
export const withoutWorry = (text: string): string =>
  text.replace(
    /(算不算|算是|是不是|会不会被?|属不属于|属于|构不构成|构成|被说成?|被认为|被认定|被当成|视为)[^,，.。!！?？;；]*/g,
    ' ',
  );

const isStricter = (index: KnowledgeIndex, hit: SearchHit): boolean =>
  index.scenarios.get(hit.id)?.verdict !== 'allowed';

/** Judges only the clauses that carry a risky act, for the best stricter scenario about them. */
const judgeRiskClauses = (
  index: KnowledgeIndex,
  text: string,
  risks: readonly string[],
  fits: (hit: SearchHit) => boolean = (h) => isStricter(index, h),
): SearchHit | null => {
  const clauses = withoutWorry(text)
    .split(/[,，.。!！?？;；]|顺便|然后|还有|并且|同时|又/)
    .filter((clause) => conceptsOf(clause).some((c) => risks.includes(c)));
  let best: SearchHit | null = null;
  for (const clause of clauses) {
    const hit = searchScenarios(index, analyzeQuery(clause, index), 8).find(fits);
    if (hit && hit.score >= SAFETY_THRESHOLDS.riskClauseAbove && (!best || hit.score > best.score))
      best = hit;
  }
  return best;
};

/**
 * What an official takes that a "视情况" scenario may not be about: money, gifts, cards, a private
 * club, someone else paying, borrowed things. (A meal, an outing or a business in the question is
 * usually what the scenario itself weighs, or someone else's: "朋友开的酒吧".)
 */
const TAKEN_RISKS: ReadonlySet<string> = new Set([
  '红包',
  '礼品',
  '消费卡',
  '会员卡',
  '会所',
  '他人付费',
  '借用',
]);

/**
 * A "视情况" scenario answers only for what it is about: when the question also brings a risky act
 * (a gift, money …) that neither its title nor its clarifying questions cover, a close forbidden
 * scenario about that act answers instead ("去企业调研，老板送了两瓶酒" is about the gift).
 */
const chooseOverConditional = (index: KnowledgeIndex, hits: readonly SearchHit[], text: string): Choice => {
  const best = hits[0]!;
  const scenario = index.scenarios.get(best.id)!;
  const covered = new Set([
    ...ownConcepts(scenario),
    ...conceptsOf(
      scenario.clarify.map((c) => [c.question, ...c.options.map((o) => o.label)].join(' ')).join(' '),
    ),
  ]);
  const asked = findConcepts(withoutWorry(text));
  const risks = asked.filter(
    (c) => TAKEN_RISKS.has(c) && !covered.has(c) && !(c === '他人付费' && asked.includes('自费')),
  );
  if (!risks.length) return { hit: best, verdictCap: null, note: null };
  const forbidden = (h: SearchHit): boolean => index.scenarios.get(h.id)?.verdict === 'forbidden';
  const covering =
    hits.find(
      (h) =>
        forbidden(h) &&
        h.score >= best.score * SAFETY_THRESHOLDS.riskYieldRatio &&
        risks.some((r) => ownConcepts(index.scenarios.get(h.id)!).has(r)),
    ) ??
    judgeRiskClauses(
      index,
      text,
      risks,
      (h) => forbidden(h) && risks.some((r) => ownConcepts(index.scenarios.get(h.id)!).has(r)),
    );
  if (!covering) return { hit: best, verdictCap: null, note: null };
  const note = `问题还涉及“${risks.join('、')}”，这部分不在“${scenario.title}”的范围内，按相应规定从严作答。`;
  return { hit: covering, verdictCap: null, note };
};

/**
 * Picks the scenario to answer with. The best hit answers, unless it says "allowed" and
 * (1) a stricter hit of the same situation scores close to it, or (2) the question brings a risky
 * act (a meal, money, a gift …) the allowed scenario is not about: then a stricter scenario about
 * that act answers, or the allowed one is capped at "conditional"; or (3) the question names
 * none of the allowed scenario's own concepts; or (4) the match is weak.
 */
export const chooseScenario = (index: KnowledgeIndex, hits: readonly SearchHit[], text: string): Choice => {
  const best = hits[0]!;
  const scenario = index.scenarios.get(best.id)!;
  if (scenario.verdict === 'conditional') return chooseOverConditional(index, hits, text);
  if (scenario.verdict !== 'allowed') return { hit: best, verdictCap: null, note: null };
  const asked = findConcepts(text);
  const stricter = hits.filter((h) => isStricter(index, h));
  const close = stricter.find(
    (h) =>
      h.score >= best.score * SAFETY_THRESHOLDS.allowedYieldRatio &&
      focusCovered(index.scenarios.get(h.id), asked),
  );
  if (close) return { hit: close, verdictCap: null, note: '相近情形的规定更严格，按从严原则作答。' };
  const own = ownConcepts(scenario);
  const risks = findConcepts(withoutWorry(text)).filter((c) => RISK_CONCEPTS.has(c) && !own.has(c));
  if (risks.length) {
    const note = `问题还涉及“${risks.join('、')}”，这部分不在“${scenario.title}”的允许范围内，需要按相应规定从严把握。`;
    const covering =
      stricter.find(
        (h) =>
          h.score >= best.score * SAFETY_THRESHOLDS.riskYieldRatio &&
          risks.some((r) => ownConcepts(index.scenarios.get(h.id)!).has(r)),
      ) ?? judgeRiskClauses(index, text, risks);
    return covering
      ? { hit: covering, verdictCap: null, note }
      : { hit: best, verdictCap: 'conditional', note };
  }
  const flags = redFlags(withoutWorry(text), scenario);
  if (flags.length) {
    const note = `问题还提到“${flags.join('、')}”，超出“${scenario.title}”的允许范围，请按相关规定从严把握。`;
    return { hit: best, verdictCap: 'conditional', note };
  }
  const named = [...own].filter((c) => c !== '自费' && c !== '他人付费');
  if (named.length && !named.some((c) => asked.includes(c))) {
    return {
      hit: best,
      verdictCap: 'conditional',
      note: `问题没有说到“${scenario.title}”的情形本身，请对照下列条款确认具体情节。`,
    };
  }
  if (best.score < SAFETY_THRESHOLDS.allowedAbove) {
    return {
      hit: best,
      verdictCap: 'conditional',
      note: '问题与“可以”的情形只是部分吻合，请对照下列条款确认具体情节。',
    };
  }
  return { hit: best, verdictCap: null, note: null };
};
