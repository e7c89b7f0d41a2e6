import type { KnowledgeIndex } from './index-store';
import { judgeQuestion } from './judge';
import { rejudgeScenario } from './rejudge';
import { searchKnowledge } from './search';
import type { ConductAnswer, SearchHit } from './types';

/** The conduct engine: answers questions from one loaded index. */
export interface ConductEngine {
  /** Answers a conduct question (already cleaned of hidden instructions). */
  ask(question: string): ConductAnswer;
  /** Re-judges a scenario with the user's clarify answers (index → option label); null if unknown. */
  rejudge(scenarioId: string, choices: Record<number, string>): ConductAnswer | null;
  /** Ranked scenarios and articles for a query: cheap, postings are precomputed. */
  search(query: string, k?: number): SearchHit[];
  /** The index the engine answers from. */
  index: KnowledgeIndex;
}

/**
 * Creates the conduct engine over a loaded knowledge index. One question is answered at creation
 * so the word segmenter's data and the hot paths are ready before the first user asks.
 */
export const createConductEngine = (index: KnowledgeIndex): ConductEngine => {
  judgeQuestion(index, '老板请吃饭能去吗？Can I accept a gift card?');
  return {
    ask: (question) => judgeQuestion(index, question),
    rejudge: (scenarioId, choices) => rejudgeScenario(index, scenarioId, choices),
    search: (query, k = 10) => searchKnowledge(index, query, k),
    index,
  };
};
