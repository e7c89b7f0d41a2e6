import { ENGLISH_STOPWORDS, ENGLISH_TERMS } from './lexicon/english';
import { TRADITIONAL_MAP } from './lexicon/traditional';

/** Matches one CJK ideograph. */
export const CJK = /\p{Script=Han}/u;

/** NFKC, lower case, traditional → simplified: the one normal form every text is searched in. */
export const normalizeText = (text: string): string => {
  const nfkc = text.normalize('NFKC').toLowerCase();
  let out = '';
  for (const ch of nfkc) out += TRADITIONAL_MAP.get(ch) ?? ch;
  return out;
};

const englishKeys = Object.keys(ENGLISH_TERMS).sort((a, b) => b.length - a.length || a.localeCompare(b));
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const englishPattern = new RegExp(
  `(?<![a-z])(${englishKeys.map(escapeRegExp).join('|')})(?:s|es|ed|d|ing)?(?![a-z])`,
  'g',
);

/**
 * Replaces known English words and phrases with their Chinese corpus terms and drops English
 * filler words, so the rest of the pipeline only sees Chinese (plus unknown Latin words).
 * Expects normalized (lower-case) text.
 */
export const translateEnglish = (text: string): string => {
  if (!/[a-z]/.test(text)) return text;
  const replaced = text.replace(englishPattern, (_m, key: string) => ` ${ENGLISH_TERMS[key] ?? ''} `);
  return replaced.replace(/[a-z][a-z'-]*/g, (word) => (ENGLISH_STOPWORDS.has(word) ? ' ' : word));
};

/** Whether a text is mostly English (more Latin letters than CJK characters). */
export const isMostlyEnglish = (text: string): boolean => {
  let latin = 0;
  let cjk = 0;
  for (const ch of text) {
    if (/[a-zA-Z]/.test(ch)) latin += 1;
    else if (CJK.test(ch)) cjk += 1;
  }
  return latin > cjk * 2;
};
