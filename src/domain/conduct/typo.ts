import { CONFUSABLES } from './lexicon/confusables.js';
import { SYNONYM_GROUPS } from './lexicon/synonyms.js';
import { normalizeText } from './normalize.js';
import { BIGRAM, cjkRuns, runBigrams } from './tokenize.js';

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

/**
 * Repairs likely typos in a prepared text: a character whose neighbouring pairs are all unknown is
 * replaced by a commonly confused character (same pinyin) when that makes a known pair. Returns
 * the text unchanged when nothing needs repair.
 */
export const repairTypos = (prepared: string, vocabulary: ReadonlySet<string>): string => {
  const known = (pair: string): boolean => vocabulary.has(BIGRAM + pair) || LEXICON_BIGRAMS.has(BIGRAM + pair);
  const chars = [...prepared];
  let changed = false;
  for (let i = 0; i < chars.length; i += 1) {
    const alternatives = CONFUSABLES.get(chars[i]!);
    if (!alternatives) continue;
    const left = chars[i - 1];
    const right = chars[i + 1];
    const pairs = (c: string): number =>
      (left !== undefined && known(left + c) ? 1 : 0) + (right !== undefined && known(c + right) ? 1 : 0);
    if (pairs(chars[i]!) > 0) continue;
    let best = chars[i]!;
    let bestPairs = 0;
    for (const alt of alternatives) {
      const p = pairs(alt);
      if (p > bestPairs) {
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
