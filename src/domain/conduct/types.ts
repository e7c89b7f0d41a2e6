/** How a conduct question is judged: 禁止, 可以, 视情况, or no rule covers it. */
export type Verdict = 'forbidden' | 'allowed' | 'conditional' | 'unknown';

/** A verdict a scenario or clarify option can carry (never `unknown`: that is the engine's own). */
export type RuleVerdict = Exclude<Verdict, 'unknown'>;

/** One quoted clause an answer rests on. */
export interface Citation {
  docId: string;
  /** The document's full title, as cited in answers. */
  doc: string;
  short: string;
  article: string;
  text: string;
}

/** A question whose answer decides the verdict; `index` is its position in the scenario. */
export interface ClarifyQuestion {
  index: number;
  question: string;
  options: string[];
}

/** The engine's answer to one conduct question. */
export interface ConductAnswer {
  verdict: Verdict;
  scenarioId: string | null;
  title: string;
  answer: string;
  citations: Citation[];
  actions: string[];
  clarify: ClarifyQuestion[];
  /** 0..1: how sure the engine is that the scenario fits the question. */
  confidence: number;
  notes: string[];
}

/** One search result: a scenario or an article, with a 0..1 relevance score. */
export interface SearchHit {
  type: 'scenario' | 'article';
  /** Scenario id, or `docId#article` for an article. */
  id: string;
  title: string;
  score: number;
}
