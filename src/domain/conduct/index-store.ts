import {
  INDEX_FORMAT,
  INDEX_VERSION,
  type RuleArticle,
  type RuleDoc,
  type Scenario,
  type SerializedCollection,
  type SerializedIndex,
} from './corpus';
import { articleKey } from './index-build';
import { LEXICON_FINGERPRINT } from './lexicon/fingerprint';
import { BIGRAM, WORD } from './tokenize';

/** A collection ready for scoring: postings in a Map and the BM25 statistics. */
export interface LoadedCollection {
  ids: readonly string[];
  lengths: readonly number[];
  focus: readonly (readonly string[])[];
  avgLength: number;
  postings: ReadonlyMap<string, readonly number[]>;
  /** Inverse document frequency of a token never seen in this collection. */
  maxIdf: number;
}

/** An article together with the document it belongs to. */
export interface ArticleRef {
  doc: RuleDoc;
  article: RuleArticle;
}

/** The loaded knowledge index: the corpus by id plus the search structures. */
export interface KnowledgeIndex {
  /** The serialized form, kept for merging organisation documents and for writing index.json. */
  data: SerializedIndex;
  docs: ReadonlyMap<string, RuleDoc>;
  articles: ReadonlyMap<string, ArticleRef>;
  scenarios: ReadonlyMap<string, Scenario>;
  collections: { scenarios: LoadedCollection; articles: LoadedCollection };
  /** Every bigram and word the corpus knows with its document frequency, for repairing typos. */
  vocabulary: ReadonlyMap<string, number>;
}

/** BM25 inverse document frequency. */
export const idf = (n: number, df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));

const loadCollection = (c: SerializedCollection, vocabulary: Map<string, number>): LoadedCollection => {
  const postings = new Map<string, readonly number[]>();
  for (const token in c.terms) {
    const list = c.terms[token]!;
    postings.set(token, list);
    if (token.startsWith(BIGRAM) || token.startsWith(WORD)) {
      vocabulary.set(token, (vocabulary.get(token) ?? 0) + list.length / 2);
    }
  }
  const total = c.lengths.reduce((a, b) => a + b, 0);
  return {
    ids: c.ids,
    lengths: c.lengths,
    focus: c.focus,
    avgLength: c.lengths.length ? total / c.lengths.length : 1,
    postings,
    maxIdf: idf(c.ids.length, 0),
  };
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Loads a built index (the parsed knowledge/index.json) without re-tokenizing anything. A wrong
 * format or version is a deployment bug (the index must be rebuilt), so it throws.
 */
export const loadKnowledgeIndex = (json: unknown): KnowledgeIndex => {
  if (!isObject(json) || json.format !== INDEX_FORMAT) {
    throw new Error('knowledge index: not a qinqing knowledge index (run npm run build:knowledge)');
  }
  if (json.version !== INDEX_VERSION) {
    throw new Error(
      `knowledge index: version ${String(json.version)}, expected ${INDEX_VERSION} (run npm run build:knowledge)`,
    );
  }
  if (json.lexicon !== LEXICON_FINGERPRINT) {
    throw new Error('knowledge index: built with another lexicon or tokenizer (run npm run build:knowledge)');
  }
  const data = json as unknown as SerializedIndex;
  const docs = new Map<string, RuleDoc>();
  const articles = new Map<string, ArticleRef>();
  for (const doc of data.docs) {
    docs.set(doc.id, doc);
    for (const article of doc.articles) articles.set(articleKey(doc.id, article.article), { doc, article });
  }
  const scenarios = new Map<string, Scenario>();
  for (const s of data.scenarios) scenarios.set(s.id, s);
  const vocabulary = new Map<string, number>();
  const collections = {
    scenarios: loadCollection(data.search.scenarios, vocabulary),
    articles: loadCollection(data.search.articles, vocabulary),
  };
  return { data, docs, articles, scenarios, collections, vocabulary };
};
