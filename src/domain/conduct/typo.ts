import { CONFUSABLES } from './lexicon/confusables';
import { STOP_CHARS } from './lexicon/stopwords';
import { SYNONYM_GROUPS } from './lexicon/synonyms';
import { CJK, normalizeText } from './normalize';
import { BIGRAM, cjkRuns, runBigrams } from './tokenize';

/** Bigram tokens of every lexicon term: typos are repaired toward these even if the corpus lacks them. */
const LEXICON_BIGRAMS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const group of SYNONYM_GROUPS) {
    for (const term of group.terms) {
      for (const run of cjkRuns(normalizeText(term))) for (const b of runBigrams(run)) out.add(BIGRAM + b);
    }
  }
  return out;
})();

/** How much more common a repaired pair must be than the typed one. */
const REPAIR_RATIO = 4;

/**
 * Repairs likely typos in a prepared text: a character is replaced by a commonly confused one
 * (same pinyin) when that makes its neighbouring pairs far more common in the corpus and lexicon.
 * The typed pairs count with every neighbour, stop characters included: "过节送了" must not become
 * "过接送了" because 接送 is a lexicon word.
 * A character that already forms a lexicon word with a neighbour is no typo: "收利息" must not
 * become "收礼息" because 收礼 is commoner than 利息.
 * Stop characters are never touched. Returns the text unchanged when nothing needs repair.
 */
export const repairTypos = (prepared: string, vocabulary: ReadonlyMap<string, number>): string => {
  const weight = (pair: string): number =>
    (vocabulary.get(BIGRAM + pair) ?? 0) + (LEXICON_BIGRAMS.has(BIGRAM + pair) ? 3 : 0);
  const chars = [...prepared];
  let changed = false;
  for (let i = 0; i < chars.length; i += 1) {
    const alternatives = CONFUSABLES.get(chars[i]!);
    if (!alternatives || STOP_CHARS.has(chars[i]!)) continue;
    const left = chars[i - 1];
    const right = chars[i + 1];
    const usable = (n: string | undefined): n is string =>
      n !== undefined && CJK.test(n) && !STOP_CHARS.has(n);
    const pairs = (c: string): number =>
      (usable(left) ? weight(left + c) : 0) + (usable(right) ? weight(c + right) : 0);
    const cjk = (n: string | undefined): n is string => n !== undefined && CJK.test(n);
    const known = (n: string | undefined, pair: string): boolean =>
      cjk(n) && LEXICON_BIGRAMS.has(BIGRAM + pair);
    if (known(left, left + chars[i]!) || known(right, chars[i]! + right)) continue;
    const typed = (cjk(left) ? weight(left + chars[i]!) : 0) + (cjk(right) ? weight(chars[i]! + right) : 0);
    let best = chars[i]!;
    let bestPairs = 0;
    for (const alt of alternatives) {
      const p = pairs(alt);
      if (p > bestPairs && p >= REPAIR_RATIO * Math.max(typed, 0.5)) {
        best = alt;
        bestPairs = p;
      }
    }
    if (best !== chars[i]) {
      chars[i] = best;
      changed = true;
    }
  }
  return changed ? chars.join('') : prepared;
};
