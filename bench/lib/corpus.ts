// The knowledge corpus for the search benchmark: the real rule and scenario files, and the same files
// cloned with distinct ids to make a corpus `factor` times larger.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeSource } from '../../src/domain/knowledge/build';

/** Reads knowledge/rules/*.md and knowledge/scenarios/*.yaml as build sources. */
export function readCorpus(dir = 'knowledge'): KnowledgeSource[] {
  return ['rules', 'scenarios'].flatMap((sub) =>
    readdirSync(join(dir, sub))
      .filter((name) => /\.(md|ya?ml)$/.test(name))
      .sort()
      .map((name) => ({ path: `${sub}/${name}`, text: readFileSync(join(dir, sub, name), 'utf8') })),
  );
}

/** Copy `k` of one source: every document id, scenario id and cited document id gets the suffix `-xk`. */
function cloneSource(source: KnowledgeSource, k: number): KnowledgeSource {
  const suffix = `-x${k}`;
  const path = source.path.replace(/(\.[a-z]+)$/, `${suffix}$1`);
  if (source.path.startsWith('rules/')) {
    return { path, text: source.text.replace(/^id: *(\S+)$/m, `id: $1${suffix}`) };
  }
  const text = source.text
    .replace(/^(\s*- id: *)(\S+)$/gm, `$1$2${suffix}`)
    .replace(/(\{ *doc: *)([a-z0-9-]+)( *,)/g, `$1$2${suffix}$3`);
  return { path, text };
}

/** The corpus `factor` times over: the originals plus `factor - 1` clones with distinct ids. */
export function scaleCorpus(sources: readonly KnowledgeSource[], factor: number): KnowledgeSource[] {
  const out = [...sources];
  for (let k = 1; k < factor; k++) out.push(...sources.map((s) => cloneSource(s, k)));
  return out;
}
