import { resolveCitations } from './citations';
import { condenseQuestion, searchClauses } from './clauses';
import type { Scenario } from './corpus';
import { preferAskingAboutRelation, settleEnterprisePays, statesEnterprisePays } from './facts';
import type { KnowledgeIndex } from './index-store';
import { LOGISTICS, OUT_OF_SCOPE_TERMS } from './lexicon/scope';
import { EVERYDAY_ACTS } from './lexicon/synonyms';
import { isDefinitionQuestion, lookupNamedArticle } from './lookup';
import { normalizeText } from './normalize';
import { chooseScenario, redFlags, withoutWorry } from './safety';
import { analyzeQuery, type Query, searchArticles, searchScenarios } from './search';
import { settleSelfPaid, settleStatedForbidden } from './settle';
import { ACT_CONCEPTS, findConcepts } from './tokenize';
import type { ConductAnswer, SearchHit } from './types';

/** The score limits that decide between a scenario answer and an honest "unknown". */
export const JUDGE_THRESHOLDS = {
  /** Below this the best scenario is not trusted at all. */
  unknownBelow: 0.22,
  /** A question naming both a risky act and a counterparty (企业, 老板, 亲属 …) needs only this much. */
  actAndPartyBelow: 0.15,
  /** A question naming no conduct (宴请, 红包, 兼职 …) needs at least this much. */
  noActBelow: 0.45,
  /** A question about an everyday workplace topic (leave, pay …) needs at least this much. */
  outOfScopeBelow: 0.6,
  /** Related clauses mentioned with an "unknown" answer must score at least this. */
  relatedArticle: 0.35,
} as const;

/** Counterparties of 政商交往: a workplace question naming none of them is not about these rules. */
const PARTY_CONCEPTS: ReadonlySet<string> = new Set([
  '老板',
  '企业',
  '管理服务对象',
  '特定关系人',
  '配偶',
  '子女',
  '同学朋友',
  '下属',
]);

/**
 * Meals, outings and trips among colleagues, paid by themselves or asked about as logistics, are
 * everyday life (聚餐AA制谁来收钱, 团建爬山要带水吗).
 */
const OWN_TREATS: ReadonlySet<string> = new Set(['宴请', '娱乐', '旅游']);

/** Concepts saying someone else pays: then a meal or a trip is not one's own treat. */
const PAID_BY_OTHERS: ReadonlySet<string> = new Set(['他人付费', '公款']);

/** How many scenario hits are ranked: the safety rules and the stated facts look past the first few. */
const HITS = 24;

/** The text of the honest "no rule covers this" answer. */
export const UNKNOWN_ANSWER =
  '没有找到直接适用的规定：这个问题不在本助手收录的亲清政商交往规则范围内，或者描述还不够具体。' +
  '请补充具体情形（对方是谁、是否是您的管理服务对象、涉及什么财物或活动）后再问，或直接咨询本单位纪检监察机构。';

const UNKNOWN_ACTIONS = [
  '向本单位纪检监察机构（或派驻纪检监察组）咨询后再作决定',
  '拿不准之前，从严掌握，先不接受',
];

/** Drops the spaces YAML folding leaves between Chinese sentences ("。 即使" → "。即使"). */
const tidy = (text: string): string =>
  text.trim().replace(/([\u3000-\u303f\uff00-\uffef])\s+(?=\p{Script=Han})/gu, '$1');

/** Builds the answer for one scenario, with every clarifying question still open. */
export const scenarioAnswer = (
  index: KnowledgeIndex,
  scenario: Scenario,
  confidence: number,
): ConductAnswer => ({
  verdict: scenario.verdict,
  scenarioId: scenario.id,
  title: scenario.title,
  answer: tidy(scenario.answer),
  citations: resolveCitations(index, scenario.cites),
  actions: [...scenario.actions],
  clarify: scenario.clarify.map((c, i) => ({
    index: i,
    question: c.question,
    options: c.options.map((o) => o.label),
  })),
  confidence,
  notes: [],
});

const unknownAnswer = (
  index: KnowledgeIndex,
  query: Query,
  onTopic: boolean,
  confidence: number,
): ConductAnswer => {
  const related = onTopic
    ? searchArticles(index, query, 2).filter((h) => h.score >= JUDGE_THRESHOLDS.relatedArticle)
    : [];
  return {
    verdict: 'unknown',
    scenarioId: null,
    title: '未找到直接适用的规定',
    answer: UNKNOWN_ANSWER,
    citations: [],
    actions: [...UNKNOWN_ACTIONS],
    clarify: [],
    confidence,
    notes: related.length ? [`可能相关的条款（仅供参考）：${related.map((h) => h.title).join('、')}`] : [],
  };
};

/**
 * Judges a conduct question: finds the governing scenario and answers with its verdict, clauses,
 * actions and clarifying questions, or answers "unknown" when no scenario fits well enough.
 * A wrong "allowed" is the worst answer, so an allowed scenario yields to a close stricter one.
 */
export const judgeQuestion = (index: KnowledgeIndex, question: string): ConductAnswer => {
  const named = lookupNamedArticle(index, question);
  if (named) return named;
  const full = analyzeQuery(question, index);
  const condensed = condenseQuestion(full.text);
  const query = condensed === full.text ? full : analyzeQuery(condensed, index);
  const ranked = searchScenarios(index, query, HITS);
  let hits = ranked.slice(0, 8);
  const best = hits[0];
  const concepts = findConcepts(query.text);
  const acts = concepts.filter((c) => ACT_CONCEPTS.has(c));
  if (!best || (!acts.length && isDefinitionQuestion(question))) {
    return unknownAnswer(index, query, acts.length > 0, 0);
  }
  const stated = findConcepts(withoutWorry(query.text));
  const paid = statesEnterprisePays(query.text, stated);
  if (!paid) {
    const raw = normalizeText(question);
    const party = concepts.some((c) => PARTY_CONCEPTS.has(c));
    const ownTreat =
      !party &&
      !concepts.some((c) => PAID_BY_OTHERS.has(c)) &&
      (concepts.includes('自费') || LOGISTICS.test(raw));
    const strongActs = acts.filter(
      (c) => !EVERYDAY_ACTS.has(c) && c !== '自费' && !(ownTreat && OWN_TREATS.has(c)),
    );
    const outOfScope = OUT_OF_SCOPE_TERMS.some((t) => query.text.includes(t) || raw.includes(t));
    const everyday = !strongActs.length && (outOfScope || (!party && LOGISTICS.test(raw)));
    if ((outOfScope && !party) || everyday) {
      return unknownAnswer(index, query, false, Math.max(0, 1 - best.score));
    }
    const floor =
      strongActs.length && party
        ? JUDGE_THRESHOLDS.actAndPartyBelow
        : strongActs.length || acts.some((c) => c !== '自费')
          ? JUDGE_THRESHOLDS.unknownBelow
          : outOfScope
            ? JUDGE_THRESHOLDS.outOfScopeBelow
            : JUDGE_THRESHOLDS.noActBelow;
    if (best.score < floor) {
      const clause = strongActs.length
        ? searchClauses(index, query.text, JUDGE_THRESHOLDS.unknownBelow)
        : null;
      if (!clause) return unknownAnswer(index, query, acts.length > 0, Math.max(0, 1 - best.score));
      hits = [clause];
    }
  }
  const choice = chooseScenario(index, hits, query.text);
  const { verdictCap, note } = choice;
  const hit = paid ? choice.hit : preferAskingAboutRelation(index, hits, choice.hit, stated);
  if (paid && index.scenarios.get(hit.id)?.verdict !== 'forbidden')
    return paidAnswer(index, ranked, hit, stated);
  const scenario = index.scenarios.get(hit.id)!;
  const answer = scenarioAnswer(index, scenario, Math.min(1, hit.score));
  if (verdictCap) answer.verdict = verdictCap;
  if (note) answer.notes.push(note);
  const strict = settleStatedForbidden(scenario, query.text, stated);
  if (strict && answer.verdict === 'conditional') {
    answer.verdict = 'forbidden';
    answer.clarify = answer.clarify.filter((c) => c.index !== strict.index);
    answer.notes.push(strict.note);
    return answer;
  }
  const selfPaid = !verdictCap
    ? settleSelfPaid(scenario, query.text, stated, redFlags(withoutWorry(query.text), scenario))
    : null;
  if (selfPaid) {
    answer.verdict = 'allowed';
    answer.clarify = answer.clarify.filter((c) => c.index !== selfPaid.index);
    answer.notes.push(selfPaid.note);
  }
  return answer;
};

/** The note of an answer made forbidden because the question says an enterprise pays. */
export const PAID_NOTE = '问题中说明费用由企业、老板或管理服务对象承担：这类活动安排和费用一律不得接受。';

/** The answer to a question stating that an enterprise pays: always forbidden (第一百零一条、第一百一十一条). */
const paidAnswer = (
  index: KnowledgeIndex,
  ranked: readonly SearchHit[],
  kept: SearchHit,
  stated: readonly string[],
): ConductAnswer => {
  const { hit, answered } = settleEnterprisePays(index, ranked, kept, stated);
  const answer = scenarioAnswer(index, index.scenarios.get(hit.id)!, Math.min(1, hit.score));
  answer.verdict = 'forbidden';
  if (answered) answer.clarify = answer.clarify.filter((c) => c.index !== answered.index);
  answer.notes.push(answered?.note || PAID_NOTE);
  return answer;
};
