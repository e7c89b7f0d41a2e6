import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeIndex, serializeKnowledgeIndex } from '../../../src/domain/knowledge/build';
import { readKnowledgeSources } from '../../../src/entry/node-knowledge';

describe('knowledge/index.json', () => {
  it('should match a fresh build of knowledge/rules and knowledge/scenarios (run npm run build:knowledge)', () => {
    const result = buildKnowledgeIndex(readKnowledgeSources('knowledge'));
    if (!result.ok) throw new Error(`the corpus does not build:\n${result.errors.join('\n')}`);
    expect(existsSync('knowledge/index.json'), 'knowledge/index.json is missing').toBe(true);
    const fresh = serializeKnowledgeIndex(result.index);
    const onDisk = readFileSync('knowledge/index.json', 'utf8');
    expect(onDisk === fresh, 'knowledge/index.json is stale: run npm run build:knowledge').toBe(true);
  });
});
