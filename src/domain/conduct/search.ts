import { idf, type KnowledgeIndex, type LoadedCollection } from './index-store';
import { OPPOSED_CONCEPTS } from './lexicon/synonyms';
import { CJK } from './normalize';
import { BIGRAM, CONCEPT, countTokens, prepareText } from './tokenize';
import type { SearchHit } from './types';
import { repairTypos } from './typo';

/** Query-side weight of each token kind: concepts speak loudest, bigrams only confirm. */
export const TOKEN_WEIGHTS = { concept: 3, word: 0.5, char: 0.5, bigram: 0.35, repaired: 0.8 } as const;

/** How much of an item's score depends on the question naming its title's concepts. */
export const FOCUS_SHARE = 0.25;

/** The factor applied to an item whose title states the opposite of what the question says. */
export const CONTRADICTION_FACTOR = 0.6;

const OPPOSITE: ReadonlyMap<string, string> = new Map(
  OPPOSED_CONCEPTS.flatMap(([a, b]) => [
    [CONCEPT + a, CONCEPT + b],
    [CONCEPT + b, CONCEPT + a],
  ]),
);

/** What an unknown CJK word (two characters or more) costs, as a share of the largest idf. */
export const UNKNOWN_WORD_SHARE = 0.3;

const K1 = 1.2;
const B = 0.5;

/** A weighted query: token → weight, plus the prepared text it came from. */
export interface Query {
  text: string;
  tokens: Map<string, number>;
}

const tokenWeight = (token: string): number => {
  if (token.startsWith(CONCEPT)) return TOKEN_WEIGHTS.concept;
  if (token.startsWith(BIGRAM)) return TOKEN_WEIGHTS.bigram;
  return [...token.slice(2)].length > 1 ? TOKEN_WEIGHTS.word : TOKEN_WEIGHTS.char;
};

/** Turns a question into weighted tokens, repairing typos against the index vocabulary. */
export const analyzeQuery = (question: string, index: KnowledgeIndex): Query => {
  const text = prepareText(question);
  const tokens = new Map<string, number>();
  for (const token of countTokens(text).keys()) tokens.set(token, tokenWeight(token));
  const repaired = repairTypos(text, index.vocabulary);
  if (repaired !== text) {
    for (const token of countTokens(repaired).keys()) {
      if (!tokens.has(token)) tokens.set(token, tokenWeight(token) * TOKEN_WEIGHTS.repaired);
    }
  }
  return { text: repaired, tokens };
};

/** What an unknown token costs the coverage: unknown concepts and CJK words count, bigrams not. */
const unknownIdf = (token: string, collection: LoadedCollection): number => {
  if (token.startsWith(CONCEPT)) return collection.maxIdf;
  if (token.startsWith(BIGRAM)) return 0;
  const word = token.slice(2);
  return CJK.test(word) && [...word].length > 1 ? collection.maxIdf * UNKNOWN_WORD_SHARE : 0;
};

const scratch = new WeakMap<LoadedCollection, Float64Array>();

/** A zeroed score buffer reused per collection: searching allocates (and collects) almost nothing. */
const scratchFor = (collection: LoadedCollection): Float64Array => {
  let buffer = scratch.get(collection);
  if (!buffer) {
    buffer = new Float64Array(collection.ids.length);
    scratch.set(collection, buffer);
  } else buffer.fill(0);
  return buffer;
};

/**
 * Scores every item of a collection: the share of the query's information (idf-weighted) the item
 * covers, each token saturated BM25-style. 1 would be a perfect cover; 0 no shared token. The
 * array is a reused buffer: read it before the next call.
 */
export const scoreCollection = (collection: LoadedCollection, query: Query): Float64Array => {
  const n = collection.ids.length;
  const scores = scratchFor(collection);
  let total = 0;
  for (const [token, weight] of query.tokens) {
    const postings = collection.postings.get(token);
    if (!postings) {
      total += weight * unknownIdf(token, collection);
      continue;
    }
    const w = weight * idf(n, postings.length / 2);
    total += w;
    for (let i = 0; i < postings.length; i += 2) {
      const item = postings[i]!;
      const tf = postings[i + 1]! / 10;
      const norm = K1 * (1 - B + (B * collection.lengths[item]!) / collection.avgLength);
      scores[item] = scores[item]! + (w * tf) / (tf + norm);
    }
  }
  if (total <= 0) return scores;
  for (let i = 0; i < n; i += 1) {
    if (scores[i] === 0) continue;
    const focus = collection.focus[i] ?? [];
    let covered = 1;
    let contradicted = false;
    if (focus.length) {
      let hit = 0;
      for (const token of focus) {
        if (query.tokens.has(token)) hit += 1;
        else if (query.tokens.has(OPPOSITE.get(token) ?? '')) contradicted = true;
      }
      covered = hit / focus.length;
    }
    const factor = (1 - FOCUS_SHARE + FOCUS_SHARE * covered) * (contradicted ? CONTRADICTION_FACTOR : 1);
    scores[i] = (scores[i]! / total) * factor;
  }
  return scores;
};

/** The k best items of a score array, best first, ties broken by index for determinism. */
export const topK = (scores: Float64Array, k: number): { index: number; score: number }[] => {
  const out: { index: number; score: number }[] = [];
  for (let i = 0; i < scores.length; i += 1) {
    const score = scores[i]!;
    if (score <= 0) continue;
    if (out.length < k) {
      out.push({ index: i, score });
      if (out.length === k) out.sort((a, b) => b.score - a.score || a.index - b.index);
      continue;
    }
    if (score <= out[k - 1]!.score) continue;
    out[k - 1] = { index: i, score };
    for (let j = k - 1; j > 0 && out[j]!.score > out[j - 1]!.score; j -= 1) {
      const tmp = out[j - 1]!;
      out[j - 1] = out[j]!;
      out[j] = tmp;
    }
  }
  return out.sort((a, b) => b.score - a.score || a.index - b.index);
};

/** Ranked scenario hits for an analysed query. */
export const searchScenarios = (index: KnowledgeIndex, query: Query, k: number): SearchHit[] => {
  const c = index.collections.scenarios;
  return topK(scoreCollection(c, query), k).map(({ index: i, score }) => {
    const id = c.ids[i]!;
    return { type: 'scenario', id, title: index.scenarios.get(id)?.title ?? id, score };
  });
};

/** Ranked article hits for an analysed query. */
export const searchArticles = (index: KnowledgeIndex, query: Query, k: number): SearchHit[] => {
  const c = index.collections.articles;
  return topK(scoreCollection(c, query), k).map(({ index: i, score }) => {
    const id = c.ids[i]!;
    const ref = index.articles.get(id);
    return { type: 'article', id, title: ref ? `${ref.doc.short} ${ref.article.article}` : id, score };
  });
};

/** Scenarios and articles together, best first: the cheap `search(query, k)` the engine exposes. */
export const searchKnowledge = (index: KnowledgeIndex, question: string, k = 10): SearchHit[] => {
  const query = analyzeQuery(question, index);
  return [...searchScenarios(index, query, k), ...searchArticles(index, query, k)]
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, k);
};
