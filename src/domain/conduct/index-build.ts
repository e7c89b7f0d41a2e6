import type { RuleDoc, Scenario, SerializedCollection } from './corpus';
import { CONCEPT, findConcepts, prepareText, type TokenCounts, tokenize } from './tokenize';

/** Field weights of a scenario: how strongly each part of it speaks for the situation. */
export const SCENARIO_FIELD_WEIGHTS = {
  title: 3,
  keyword: 3,
  ask: 2,
  topic: 1,
  answer: 0.7,
  clarify: 0.5,
  citedKeyword: 0.5,
  citedText: 0.2,
} as const;

/** Field weights of an article. */
export const ARTICLE_FIELD_WEIGHTS = { keyword: 2, text: 1, heading: 1, doc: 0.3 } as const;

type Weighted = Map<string, number>;

const addField = (into: Weighted, counts: TokenCounts, weight: number): void => {
  for (const [token, n] of counts) into.set(token, (into.get(token) ?? 0) + n * weight);
};

/** The key of an article in the index and in search hits. */
export const articleKey = (docId: string, article: string): string => `${docId}#${article}`;

const scenarioTokens = (scenario: Scenario, articles: ReadonlyMap<string, RuleDoc['articles'][number]>) => {
  const w = SCENARIO_FIELD_WEIGHTS;
  const out: Weighted = new Map();
  addField(out, tokenize(scenario.title), w.title);
  for (const k of scenario.keywords) addField(out, tokenize(k), w.keyword);
  for (const ask of scenario.asks) addField(out, tokenize(ask), w.ask);
  addField(out, tokenize(scenario.topic), w.topic);
  addField(out, tokenize(scenario.answer), w.answer);
  for (const c of scenario.clarify) {
    addField(
      out,
      tokenize([c.question, ...c.options.map((o) => `${o.label} ${o.note}`)].join(' ')),
      w.clarify,
    );
  }
  for (const cite of scenario.cites) {
    const a = articles.get(articleKey(cite.doc, cite.article));
    if (!a) continue;
    for (const k of a.keywords) addField(out, tokenize(k), w.citedKeyword);
    addField(out, tokenize(a.text), w.citedText);
  }
  return out;
};

const articleTokens = (doc: RuleDoc, article: RuleDoc['articles'][number]) => {
  const w = ARTICLE_FIELD_WEIGHTS;
  const out: Weighted = new Map();
  addField(out, tokenize(article.text), w.text);
  for (const k of article.keywords) addField(out, tokenize(k), w.keyword);
  addField(out, tokenize(article.article), w.heading);
  addField(out, tokenize(`${doc.short} ${doc.title}`), w.doc);
  return out;
};

interface Item {
  id: string;
  tokens: Weighted;
  focus: string[];
}

/** The concept tokens of a title: what a question must mention for the item to fit it fully. */
export const titleFocus = (title: string): string[] =>
  findConcepts(prepareText(title)).map((c) => CONCEPT + c);

const toCollection = (items: Item[]): SerializedCollection => {
  const postings = new Map<string, number[]>();
  const lengths: number[] = [];
  items.forEach((item, index) => {
    let length = 0;
    for (const [token, weight] of item.tokens) {
      const scaled = Math.max(1, Math.round(weight * 10));
      length += scaled;
      const list = postings.get(token) ?? [];
      list.push(index, scaled);
      postings.set(token, list);
    }
    lengths.push(length);
  });
  const terms: Record<string, number[]> = {};
  for (const token of [...postings.keys()].sort()) terms[token] = postings.get(token)!;
  return { ids: items.map((i) => i.id), lengths, focus: items.map((i) => i.focus), terms };
};

/** Appends items (indexed after the base's) to a serialized collection, leaving the base untouched. */
export const appendCollection = (
  base: SerializedCollection,
  extra: SerializedCollection,
): SerializedCollection => {
  const offset = base.ids.length;
  const terms: Record<string, number[]> = {};
  const keys = new Set([...Object.keys(base.terms), ...Object.keys(extra.terms)]);
  for (const token of [...keys].sort()) {
    const own = base.terms[token] ?? [];
    const added = (extra.terms[token] ?? []).map((v, i) => (i % 2 === 0 ? v + offset : v));
    terms[token] = added.length ? [...own, ...added] : own;
  }
  return {
    ids: [...base.ids, ...extra.ids],
    lengths: [...base.lengths, ...extra.lengths],
    focus: [...base.focus, ...extra.focus],
    terms,
  };
};

/**
 * Precomputes the postings of both collections (scenarios and articles) so that loading the
 * index costs a parse and a few loops, never a tokenization of the corpus. `citable` lists the
 * documents scenarios may cite (defaults to `docs`; a merge passes the built-in ones too).
 */
export const buildSearchCollections = (
  docs: readonly RuleDoc[],
  scenarios: readonly Scenario[],
  citable: readonly RuleDoc[] = docs,
): { scenarios: SerializedCollection; articles: SerializedCollection } => {
  const articles = new Map<string, RuleDoc['articles'][number]>();
  for (const doc of citable) for (const a of doc.articles) articles.set(articleKey(doc.id, a.article), a);
  const articleItems: Item[] = [];
  for (const doc of docs) {
    for (const article of doc.articles) {
      const id = articleKey(doc.id, article.article);
      articles.set(id, article);
      articleItems.push({ id, tokens: articleTokens(doc, article), focus: [] });
    }
  }
  const scenarioItems = scenarios.map((s) => ({
    id: s.id,
    tokens: scenarioTokens(s, articles),
    focus: titleFocus(s.title),
  }));
  return { scenarios: toCollection(scenarioItems), articles: toCollection(articleItems) };
};
