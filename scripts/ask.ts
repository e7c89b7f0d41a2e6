// `npm run ask -- "<question>" [--json]`: answers as the bot does; without a question, one per stdin line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createAsker, toSpecJson } from '../src/domain/conduct/ask.js';
import { createConductEngine } from '../src/domain/conduct/engine.js';
import { loadKnowledgeIndex } from '../src/domain/conduct/index-store.js';
import { type KnowledgeSource, mergeKnowledge } from '../src/domain/knowledge/build.js';

const readSources = (dir: string): KnowledgeSource[] =>
  ['rules', 'scenarios'].flatMap((sub) => {
    const folder = join(dir, sub);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((f) => /\.(md|ya?ml)$/i.test(f))
      .sort()
      .map((f) => ({ path: join(folder, f), text: readFileSync(join(folder, f), 'utf8') }));
  });

const loadIndex = () => {
  const path = join(process.cwd(), 'knowledge', 'index.json');
  if (!existsSync(path)) {
    console.error('knowledge/index.json is missing: run npm run build:knowledge');
    process.exit(1);
  }
  const base = loadKnowledgeIndex(JSON.parse(readFileSync(path, 'utf8')));
  const extraDir = process.env.KNOWLEDGE_DIR?.trim();
  if (!extraDir) return base;
  const merged = mergeKnowledge(base, readSources(extraDir));
  if (!merged.ok) {
    console.error(`KNOWLEDGE_DIR ${extraDir}: ${merged.errors.length} problem(s)`);
    for (const e of merged.errors) console.error(`  ${e}`);
    process.exit(1);
  }
  return merged.index;
};

const main = async (): Promise<void> => {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const question = args.filter((a) => a !== '--json').join(' ').trim();
  const ask = createAsker({ engine: createConductEngine(loadIndex()) });
  const print = (q: string, separate: boolean): void => {
    const result = ask(q);
    if (json) console.log(JSON.stringify(toSpecJson(result)));
    else console.log(separate ? `> ${q}\n${result.answer}\n` : result.answer);
  };
  if (question) {
    print(question, false);
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) if (line.trim()) print(line.trim(), true);
};

await main();
