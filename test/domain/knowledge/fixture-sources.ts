import type { KnowledgeSource } from '../../../src/domain/knowledge/build';
import { readKnowledgeSources } from '../../../src/entry/node-knowledge';

/** The small fixture corpus the unit tests build. */
export const fixtureSources = (): KnowledgeSource[] => readKnowledgeSources('test/fixtures/knowledge');
