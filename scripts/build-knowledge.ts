// Validates knowledge/rules and knowledge/scenarios and writes knowledge/index.json (deterministic).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildKnowledgeIndex, serializeKnowledgeIndex } from '../src/domain/knowledge/build';
import { readKnowledgeSources } from '../src/entry/node-knowledge';

const main = (): void => {
  const dir = process.argv[2] ?? 'knowledge';
  const out = join(dir, 'index.json');
  // Paths relative to the working directory, so problems name the files as the user typed them.
  const sources = readKnowledgeSources(dir).map((s) => ({ ...s, path: relative(process.cwd(), s.path) }));
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
