// `npm run ask -- "<question>" [--json]`: answers as the bot does; without a question, one per stdin line.
import { createInterface } from 'node:readline';
import { createAsker, toSpecJson } from '../src/domain/conduct/ask';
import type { ConductEngine } from '../src/domain/conduct/engine';
import { loadNodeKnowledge } from '../src/entry/node-knowledge';

const loadEngine = (): ConductEngine => {
  try {
    return loadNodeKnowledge(process.env.KNOWLEDGE_DIR?.trim() || undefined);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    console.error(message);
    if (message.includes('index.json'))
      console.error('(knowledge/index.json is written by npm run build:knowledge)');
    process.exit(1);
  }
};

const main = async (): Promise<void> => {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const question = args
    .filter((a) => a !== '--json')
    .join(' ')
    .trim();
  const ask = createAsker({ engine: loadEngine() });
  const print = (q: string, many: boolean): void => {
    const result = ask(q);
    if (json) console.log(JSON.stringify(toSpecJson(result)));
    else console.log(many ? `> ${q}\n${result.answer}\n` : result.answer);
  };
  if (question) {
    print(question, false);
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) if (line.trim()) print(line.trim(), true);
};

await main();
