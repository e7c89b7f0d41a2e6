import type { KnowledgeIndex } from './index-store';
import { withoutWorry } from './safety';
import { analyzeQuery, searchScenarios, TOKEN_WEIGHTS } from './search';
import { ACT_CONCEPTS, CONCEPT, findConcepts } from './tokenize';
import type { SearchHit } from './types';
import { isStricter } from './verdicts';

/** Where a question telling several things is cut into clauses. */
const CLAUSE_SPLIT = /[,，.。!！?？;；]|顺便|然后|还有|并且|同时|事后|之后|后来|结果|完了/;

/** Counterparties carried into every clause ("企业找我帮忙…，事后想请我吃饭": the 企业 invites). */
const PARTIES: ReadonlySet<string> = new Set(['老板', '企业', '管理服务对象', '特定关系人', '下属']);

/**
 * Searches a question that matched nothing well as a whole, clause by clause (each clause naming
 * an act, with the question's counterparties added): a question telling several things at once
 * is answered by the strictest clause that matches a scenario at least `floor` well.
 */
export const searchClauses = (index: KnowledgeIndex, text: string, floor: number): SearchHit | null => {
  const clauses = withoutWorry(text)
    .split(CLAUSE_SPLIT)
    .filter((c) => findConcepts(c).some((x) => ACT_CONCEPTS.has(x)));
  if (clauses.length < 2) return null;
  const parties = findConcepts(text).filter((c) => PARTIES.has(c));
  let best: SearchHit | null = null;
  for (const clause of clauses) {
    const query = analyzeQuery(clause, index);
    for (const p of parties)
      if (!query.tokens.has(CONCEPT + p)) query.tokens.set(CONCEPT + p, TOKEN_WEIGHTS.concept);
    const hit = searchScenarios(index, query, 1)[0];
    if (!hit || hit.score < floor) continue;
    if (!best) {
      best = hit;
      continue;
    }
    const a = index.scenarios.get(hit.id)!.verdict;
    const b = index.scenarios.get(best.id)!.verdict;
    if (isStricter(a, b) || (a === b && hit.score > best.score)) best = hit;
  }
  return best;
};

/** A question longer than this (characters) is condensed to its clauses about conduct before searching. */
const LONG_QUESTION = 36;

const CLAUSE = /[,.!?;:，。！？；：\n]+/;

/**
 * Condenses a long, rambling question (greetings, who I am, how I feel) to the clauses that name
 * a concept, plus the last clause (usually the actual question), so background words do not
 * dilute the match. Short questions are returned unchanged.
 */
export const condenseQuestion = (prepared: string): string => {
  if ([...prepared].length <= LONG_QUESTION) return prepared;
  const clauses = prepared.split(CLAUSE).filter((c) => c.trim());
  if (clauses.length < 3) return prepared;
  const kept = clauses.filter((c, i) => i === clauses.length - 1 || findConcepts(c).length > 0);
  return kept.length < clauses.length ? kept.join(',') : prepared;
};
