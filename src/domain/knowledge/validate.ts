import type { RuleDoc, Scenario } from '../conduct/corpus';
import { problem } from './issues';

/** A parsed document or scenario with the file it came from (for messages). */
export interface Located<T> {
  path: string;
  value: T;
}

const closest = (wanted: string, options: readonly string[]): string => {
  const near = options.filter((o) => o.includes(wanted) || wanted.includes(o)).slice(0, 3);
  const shown = (near.length ? near : options.slice(0, 6)).join(', ');
  return options.length ? ` (it has: ${shown}${near.length || options.length <= 6 ? '' : ', …'})` : '';
};

/**
 * Checks what no single file can: unique document and scenario ids, and that every clause a
 * scenario cites exists in the named document. Returns the problems, empty when all is well.
 */
export const validateCorpus = (
  docs: readonly Located<RuleDoc>[],
  scenarios: readonly Located<Scenario>[],
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
