// Validates knowledge/rules and knowledge/scenarios and writes knowledge/index.json (deterministic).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  buildKnowledgeIndex,
  type KnowledgeSource,
  serializeKnowledgeIndex,
} from '../src/domain/knowledge/build';

/** Reads the rules/*.md and scenarios/*.yaml files of a knowledge folder, paths relative to the cwd. */
const readKnowledgeSources = (dir: string): KnowledgeSource[] =>
  ['rules', 'scenarios'].flatMap((sub) => {
    const folder = join(dir, sub);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((f) => /\.(md|ya?ml)$/i.test(f))
      .sort()
      .map((f) => ({
        path: relative(process.cwd(), join(folder, f)),
        text: readFileSync(join(folder, f), 'utf8'),
      }));
  });

const main = (): void => {
  const dir = process.argv[2] ?? 'knowledge';
  const out = join(dir, 'index.json');
  const sources = readKnowledgeSources(dir);
  const result = buildKnowledgeIndex(sources);
  if (!result.ok) {
    console.error(`knowledge build failed: ${result.errors.length} problem(s)`);
    for (const e of result.errors) console.error(`  ${e}`);
    process.exit(1);
  }
  const text = serializeKnowledgeIndex(result.index);
  const previous = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (previous !== text) writeFileSync(out, text);
  const { docs, scenarios, articles } = result.index;
  console.log(
    `${out}: ${docs.size} documents, ${articles.size} articles, ${scenarios.size} scenarios` +
      `${previous === text ? ' (unchanged)' : ''}`,
  );
};

main();
