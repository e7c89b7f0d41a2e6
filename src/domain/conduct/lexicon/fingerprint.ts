import { ENGLISH_STOPWORDS, ENGLISH_TERMS } from './english';
import { STOP_CHARS, STOP_WORDS } from './stopwords';
import { SYNONYM_GROUPS } from './synonyms';
import { TRADITIONAL_PAIRS } from './traditional';

/** Bump when tokenizer code or index field weights change in a way the lexicon data does not show. */
const TOKENIZER_REVISION = 2;

const fnv1a = (text: string): string => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
};

/**
 * A fingerprint of everything index-time tokens depend on (synonyms, stop words, English map,
 * traditional forms, tokenizer revision): an index built with another lexicon must be rebuilt.
 */
export const LEXICON_FINGERPRINT: string = fnv1a(
  JSON.stringify([
    TOKENIZER_REVISION,
    SYNONYM_GROUPS,
    [...STOP_CHARS].sort(),
    [...STOP_WORDS].sort(),
    ENGLISH_TERMS,
    [...ENGLISH_STOPWORDS].sort(),
    TRADITIONAL_PAIRS,
  ]),
);
