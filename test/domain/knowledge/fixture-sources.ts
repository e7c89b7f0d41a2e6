import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeSource } from '../../../src/domain/knowledge/build';

/** Reads the rules/ and scenarios/ files of a knowledge folder as build sources. */
export const readSources = (dir: string): KnowledgeSource[] =>
  ['rules', 'scenarios'].flatMap((sub) =>
    readdirSync(join(dir, sub))
      .filter((f) => /\.(md|ya?ml)$/.test(f))
      .sort()
      .map((f) => ({ path: `${dir}/${sub}/${f}`, text: readFileSync(join(dir, sub, f), 'utf8') })),
  );

/** The small fixture corpus the unit tests build. */
export const fixtureSources = (): KnowledgeSource[] => readSources('test/fixtures/knowledge');
