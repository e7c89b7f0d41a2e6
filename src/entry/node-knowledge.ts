// Node only: loads the built index from disk and, with KNOWLEDGE_DIR, the organisation's own documents.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ConductEngine, createConductEngine } from '../domain/conduct/engine';
import { loadKnowledgeIndex } from '../domain/conduct/index-store';
import { type KnowledgeSource, mergeKnowledge } from '../domain/knowledge/build';

/** Reads the rule and scenario files under a knowledge folder (for KNOWLEDGE_DIR and the index build). */
export function readKnowledgeSources(dir: string): KnowledgeSource[] {
  const out: KnowledgeSource[] = [];
  for (const sub of ['rules', 'scenarios']) {
    const folder = join(dir, sub);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      if (!/\.(md|ya?ml)$/i.test(name)) continue;
      out.push({ path: join(folder, name), text: readFileSync(join(folder, name), 'utf8') });
    }
  }
  return out;
}

/** Loads the built-in index (never rebuilt at start) and merges KNOWLEDGE_DIR when set. */
export function loadNodeKnowledge(
  knowledgeDir: string | undefined,
  indexPath = 'knowledge/index.json',
): ConductEngine {
  const base = loadKnowledgeIndex(JSON.parse(readFileSync(indexPath, 'utf8')));
  if (!knowledgeDir) return createConductEngine(base);
  if (!existsSync(knowledgeDir)) throw new Error(`KNOWLEDGE_DIR ${knowledgeDir} does not exist`);
  const merged = mergeKnowledge(base, readKnowledgeSources(knowledgeDir));
  if (!merged.ok) throw new Error(`KNOWLEDGE_DIR has errors:\n${merged.errors.join('\n')}`);
  return createConductEngine(merged.index);
}
