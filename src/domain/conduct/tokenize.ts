import { STOP_CHARS, STOP_WORDS } from './lexicon/stopwords';
import { SYNONYM_GROUPS } from './lexicon/synonyms';
import { CJK, normalizeText, translateEnglish } from './normalize';

/** Token counts of one text: `c:` concepts, `w:` words, `b:` character bigrams. */
export type TokenCounts = Map<string, number>;

/** Concept token prefix. */
export const CONCEPT = 'c:';
/** Word token prefix. */
export const WORD = 'w:';
/** Bigram token prefix. */
export const BIGRAM = 'b:';

/** A lexicon term with a gap (`借…车`): its parts may be up to four characters apart. */
const GAP = '…';

const gapTerms: readonly { pattern: RegExp; concept: string }[] = SYNONYM_GROUPS.flatMap((group) =>
  group.terms
    .filter((t) => t.includes(GAP))
    .map((t) => ({
      pattern: new RegExp(
        t
          .split(GAP)
          .map((part) => normalizeText(part).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('[^，。！？,.!?；;\\s]{0,4}'),
      ),
      concept: group.concept,
    })),
);

const termsByFirstChar: ReadonlyMap<string, readonly { term: string; concept: string }[]> = (() => {
  const map = new Map<string, { term: string; concept: string }[]>();
  for (const group of SYNONYM_GROUPS) {
    for (const raw of group.terms) {
      if (raw.includes(GAP)) continue;
      const term = normalizeText(raw);
      const first = [...term][0]!;
      const list = map.get(first) ?? [];
      list.push({ term, concept: group.concept });
      map.set(first, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.term.length - a.term.length);
  return map;
})();

/** Concepts whose group is an act (what is done), for the "is this about conduct at all" test. */
export const ACT_CONCEPTS: ReadonlySet<string> = new Set(
  SYNONYM_GROUPS.filter((g) => g.act).map((g) => g.concept),
);

/** Concepts naming the official's own family: "他老婆", "老板的儿子" are someone else's and do not count. */
const FAMILY_CONCEPTS: ReadonlySet<string> = new Set(['配偶', '子女', '特定关系人']);

/** What, right before a family word, makes it someone else's family. */
const SOMEONE_ELSES = /(他|她|对方|老板|老总|人家|他们|她们)(的|家)?$/;

/** Concepts a negation right before their word denies: a relation, public money ("不超标准"). */
const DENIABLE: ReadonlySet<string> = new Set(['管理服务对象', '公款']);

/** What, right before a word of those concepts, denies it ("没业务往来", "不是我管的", "不超标准"). */
const DENIED = /(没有?|无|不是|不属于|并非|非|不在|不用|不)(我|我们|我的|本人)?$/;

/** Every concept found in a normalized text, by scanning for each synonym term. */
export const findConcepts = (text: string): string[] => {
  const found = new Set<string>();
  for (const { pattern, concept } of gapTerms)
    if (!found.has(concept) && pattern.test(text)) found.add(concept);
  for (let i = 0; i < text.length; i += 1) {
    const list = termsByFirstChar.get(text[i]!);
    if (!list) continue;
    for (const { term, concept } of list) {
      if (found.has(concept) || !text.startsWith(term, i)) continue;
      const before = text.slice(Math.max(0, i - 4), i);
      if (FAMILY_CONCEPTS.has(concept) && SOMEONE_ELSES.test(before)) continue;
      if (DENIABLE.has(concept) && DENIED.test(before)) continue;
      found.add(concept);
    }
  }
  return [...found].sort();
};

let segmenter: Intl.Segmenter | undefined;
const words = (text: string): string[] => {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) out.push(s.segment);
  return out;
};

const isStopWord = (word: string): boolean => {
  if (
    STOP_WORDS.has(word) ||
    /^[\d.%]+$/.test(word) ||
    /^[\d零一二两三四五六七八九十百千万亿几半多块元斤个条瓶盒箱张次年月天号点]+$/.test(word)
  ) {
    return true;
  }
  for (const ch of word) if (!STOP_CHARS.has(ch)) return false;
  return true;
};

const add = (counts: TokenCounts, token: string, n = 1): void => {
  counts.set(token, (counts.get(token) ?? 0) + n);
};

/** The runs of consecutive CJK characters in a text. */
export const cjkRuns = (text: string): string[] => {
  const runs: string[] = [];
  let run = '';
  for (const ch of text) {
    if (CJK.test(ch)) run += ch;
    else if (run) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return runs;
};

/** The indexable bigrams of a CJK run (pairs of two stop characters are skipped). */
export const runBigrams = (run: string): string[] => {
  const chars = [...run];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const a = chars[i]!;
    const b = chars[i + 1]!;
    if (STOP_CHARS.has(a) && STOP_CHARS.has(b)) continue;
    out.push(a + b);
  }
  return out;
};

/** Prepares any text for analysis: normal form, English mapped to Chinese terms. */
export const prepareText = (text: string): string => translateEnglish(normalizeText(text));

/**
 * Counts the tokens of an already prepared text: concepts from the synonym lexicon, segmented
 * words (stop words dropped) and CJK bigrams. Index build and query use this same function.
 */
export const countTokens = (prepared: string): TokenCounts => {
  const counts: TokenCounts = new Map();
  for (const concept of findConcepts(prepared)) add(counts, CONCEPT + concept);
  for (const word of words(prepared)) if (!isStopWord(word)) add(counts, WORD + word);
  for (const run of cjkRuns(prepared)) for (const bigram of runBigrams(run)) add(counts, BIGRAM + bigram);
  return counts;
};

/** Tokens of a raw text (prepare + count). */
export const tokenize = (text: string): TokenCounts => countTokens(prepareText(text));
