import { createConductEngine } from '../../../src/domain/conduct/engine';
import { buildKnowledgeIndex } from '../../../src/domain/knowledge/build';
import { fixtureSources } from '../knowledge/fixture-sources';

/** An engine over the small fixture corpus. */
export const fixtureEngine = () => {
  const result = buildKnowledgeIndex(fixtureSources());
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return createConductEngine(result.index);
};
