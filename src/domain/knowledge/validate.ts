import type { RuleDoc, Scenario } from '../conduct/corpus';
import { problem } from './issues';

/** A parsed document or scenario with the file it came from (for messages). */
export interface Located<T> {
  path: string;
  value: T;
}

const DIGITS = '零一二三四五六七八九';

/** Writes 1–999 the way articles are numbered (101 → 一百零一, 15 → 十五). */
export const chineseNumber = (n: number): string => {
  if (n < 10) return DIGITS[n]!;
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  if (!h) return `${t === 1 ? '' : DIGITS[t]}十${u ? DIGITS[u] : ''}`;
  const tens = t ? `${DIGITS[t]}十` : u ? '零' : '';
  return `${DIGITS[h]}百${tens}${u ? DIGITS[u] : ''}`;
};

/** "第101条" → "第一百零一条", so a cite written with digits can be pointed at the real heading. */
const withChineseNumbers = (text: string): string =>
  text.replace(/\d{1,3}/g, (d) => chineseNumber(Number(d)));

const closest = (wanted: string, options: readonly string[]): string => {
  const converted = withChineseNumbers(wanted);
  if (converted !== wanted && options.includes(converted)) return ` (did you mean "${converted}"?)`;
  const near = options.filter((o) => o.includes(wanted) || wanted.includes(o)).slice(0, 3);
  const shown = (near.length ? near : options.slice(0, 6)).join(', ');
  return options.length ? ` (it has: ${shown}${near.length || options.length <= 6 ? '' : ', …'})` : '';
};

/**
 * Checks what no single file can: unique document and scenario ids, and that every clause a
 * scenario cites exists in the named document. Cites of documents that failed to parse
 * (`brokenDocIds`) are not reported again. Returns the problems, empty when all is well.
 */
export const validateCorpus = (
  docs: readonly Located<RuleDoc>[],
  scenarios: readonly Located<Scenario>[],
  brokenDocIds: ReadonlySet<string> = new Set(),
): string[] => {
  const errors: string[] = [];
  const docPaths = new Map<string, string>();
  for (const { path, value } of docs) {
    const seen = docPaths.get(value.id);
    if (seen) errors.push(problem(path, 'front matter', `id ${value.id} is already used by ${seen}`));
    else docPaths.set(value.id, path);
  }
  const byId = new Map(docs.map((d) => [d.value.id, d.value]));
  const scenarioPaths = new Map<string, string>();
  for (const { path, value } of scenarios) {
    const seen = scenarioPaths.get(value.id);
    if (seen) errors.push(problem(path, value.id, `id is already used in ${seen}`));
    else scenarioPaths.set(value.id, path);
    value.cites.forEach((cite, i) => {
      const doc = byId.get(cite.doc);
      if (!doc) {
        if (brokenDocIds.has(cite.doc)) return;
        const ids = [...byId.keys()].sort();
        errors.push(
          problem(
            path,
            value.id,
            `cites.#${i + 1}: no document with id ${cite.doc}${closest(cite.doc, ids)}`,
          ),
        );
        return;
      }
      const articles = doc.articles.map((a) => a.article);
      if (!articles.includes(cite.article)) {
        errors.push(
          problem(
            path,
            value.id,
            `cites.#${i + 1}: ${cite.doc} has no article "${cite.article}"${closest(cite.article, articles)}`,
          ),
        );
      }
    });
    value.clarify.forEach((c, i) => {
      const labels = c.options.map((o) => o.label);
      const dup = labels.find((l, j) => labels.indexOf(l) !== j);
      if (dup) errors.push(problem(path, value.id, `clarify.#${i + 1}: option "${dup}" appears twice`));
    });
  }
  return errors;
};
