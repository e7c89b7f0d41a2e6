import type { RuleVerdict } from './types';

/** Document levels, from the README's front matter contract. */
export const DOC_LEVELS = ['national', 'provincial', 'municipal', 'organisation'] as const;

/** A document's level of issue. */
export type DocLevel = (typeof DOC_LEVELS)[number];

/** One article or list item of a rule document, quoted from the source. */
export interface RuleArticle {
  article: string;
  text: string;
  /** True when the text is a 【摘要】 summary rather than a quotation. */
  summary: boolean;
  keywords: string[];
}

/** One source document with its articles in document order. */
export interface RuleDoc {
  id: string;
  title: string;
  short: string;
  issuer: string;
  number: string;
  date: string;
  level: DocLevel;
  source: string;
  articles: RuleArticle[];
}

/** One answer to a clarifying question, with the verdict it leads to. */
export interface ClarifyOption {
  label: string;
  verdict: RuleVerdict;
  note: string;
}

/** A clarifying question attached to a scenario. */
export interface ScenarioClarify {
  question: string;
  options: ClarifyOption[];
}

/** A reference from a scenario to one article of a document. */
export interface Cite {
  doc: string;
  article: string;
}

/** A situation officials ask about, with its verdict, clauses and actions. */
export interface Scenario {
  id: string;
  topic: string;
  title: string;
  asks: string[];
  keywords: string[];
  verdict: RuleVerdict;
  answer: string;
  clarify: ScenarioClarify[];
  cites: Cite[];
  actions: string[];
}

/**
 * One searchable collection: item ids, weighted lengths, flat postings `[item, weight×10, …]` and,
 * per item, the concept tokens of its title (its focus: a match that misses them is weaker).
 */
export interface SerializedCollection {
  ids: string[];
  lengths: number[];
  focus: string[][];
  terms: Record<string, number[]>;
}

/** The index format tag, checked on load. */
export const INDEX_FORMAT = 'qinqing-knowledge-index';

/** The index format version, bumped whenever the tokenizer or layout changes. */
export const INDEX_VERSION = 1;

/** The JSON written to knowledge/index.json: the corpus plus precomputed postings. */
export interface SerializedIndex {
  format: typeof INDEX_FORMAT;
  version: number;
  /** The lexicon the postings were built with (see lexicon/fingerprint.ts). */
  lexicon: string;
  docs: RuleDoc[];
  scenarios: Scenario[];
  search: { scenarios: SerializedCollection; articles: SerializedCollection };
}
