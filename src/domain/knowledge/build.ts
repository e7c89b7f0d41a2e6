import {
  INDEX_FORMAT,
  INDEX_VERSION,
  type RuleDoc,
  type Scenario,
  type SerializedIndex,
} from '../conduct/corpus';
import { appendCollection, buildSearchCollections } from '../conduct/index-build';
import { type KnowledgeIndex, loadKnowledgeIndex } from '../conduct/index-store';
import { LEXICON_FINGERPRINT } from '../conduct/lexicon/fingerprint';
import { type KnowledgeSource, problem } from './issues';
import { parseRuleDoc } from './parse-rule-doc';
import { parseScenarioFile } from './parse-scenarios';
import { type Located, validateCorpus } from './validate';

export type { KnowledgeSource } from './issues';

/** The outcome of a build: the loaded index, or every problem found (never just the first). */
export type BuildResult = { ok: true; index: KnowledgeIndex } | { ok: false; errors: string[] };

const RULE_FILE = /(^|\/)rules\/[^/]+\.md$/i;
const SCENARIO_FILE = /(^|\/)scenarios\/[^/]+\.ya?ml$/i;

const parseSources = (sources: readonly KnowledgeSource[]) => {
  const errors: string[] = [];
  const brokenDocIds = new Set<string>();
  const docs: Located<RuleDoc>[] = [];
  const scenarios: Located<Scenario>[] = [];
  const sorted = [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const source of sorted) {
    const path = source.path.replaceAll('\\', '/');
    if (RULE_FILE.test(path)) {
      const r = parseRuleDoc({ path, text: source.text });
      if (r.ok) docs.push({ path, value: r.value });
      else {
        errors.push(...r.errors);
        const id = source.text.match(/^id:\s*["']?([\w-]+)/m)?.[1];
        if (id) brokenDocIds.add(id);
      }
    } else if (SCENARIO_FILE.test(path)) {
      const r = parseScenarioFile({ path, text: source.text });
      if (r.ok) for (const value of r.value) scenarios.push({ path, value });
      else errors.push(...r.errors);
    } else {
      errors.push(problem(path, 'file', 'not a rules/*.md or scenarios/*.yaml file'));
    }
  }
  return { errors, docs, scenarios, brokenDocIds };
};

const assemble = (docs: readonly RuleDoc[], scenarios: readonly Scenario[]): KnowledgeIndex => {
  const sortedDocs = [...docs].sort((a, b) => (a.id < b.id ? -1 : 1));
  const sortedScenarios = [...scenarios].sort((a, b) => (a.id < b.id ? -1 : 1));
  const data: SerializedIndex = {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    lexicon: LEXICON_FINGERPRINT,
    docs: sortedDocs,
    scenarios: sortedScenarios,
    search: buildSearchCollections(sortedDocs, sortedScenarios),
  };
  return loadKnowledgeIndex(data);
};

/**
 * Parses, validates and indexes the corpus files (rules/*.md, scenarios/*.yaml). Pure: the caller
 * reads the files; every problem is reported as "file › entry › what is wrong".
 */
export const buildKnowledgeIndex = (sources: readonly KnowledgeSource[]): BuildResult => {
  const parsed = parseSources(sources);
  const errors = [...parsed.errors, ...validateCorpus(parsed.docs, parsed.scenarios, parsed.brokenDocIds)];
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    index: assemble(
      parsed.docs.map((d) => d.value),
      parsed.scenarios.map((s) => s.value),
    ),
  };
};

const BUILT_IN = '(built-in corpus)';

/**
 * Indexes an organisation's own documents (KNOWLEDGE_DIR) beside a loaded built-in index. They are
 * validated the same way; their scenarios may cite built-in documents; ids must not collide. Only
 * the extra files are tokenized: the built-in postings are reused as they are.
 */
export const mergeKnowledge = (
  base: KnowledgeIndex,
  extraSources: readonly KnowledgeSource[],
): BuildResult => {
  if (!extraSources.length) return { ok: true, index: base };
  const parsed = parseSources(extraSources);
  const docs: Located<RuleDoc>[] = [
    ...base.data.docs.map((value) => ({ path: BUILT_IN, value })),
    ...parsed.docs,
  ];
  const scenarios: Located<Scenario>[] = [
    ...base.data.scenarios.map((value) => ({ path: BUILT_IN, value })),
    ...parsed.scenarios,
  ];
  const errors = [...parsed.errors, ...validateCorpus(docs, scenarios, parsed.brokenDocIds)];
  if (errors.length) return { ok: false, errors };
  const extraDocs = parsed.docs.map((d) => d.value);
  const extraScenarios = parsed.scenarios.map((s) => s.value);
  const extra = buildSearchCollections(extraDocs, extraScenarios, [...base.data.docs, ...extraDocs]);
  const data: SerializedIndex = {
    ...base.data,
    docs: [...base.data.docs, ...extraDocs],
    scenarios: [...base.data.scenarios, ...extraScenarios],
    search: {
      scenarios: appendCollection(base.data.search.scenarios, extra.scenarios),
      articles: appendCollection(base.data.search.articles, extra.articles),
    },
  };
  return { ok: true, index: loadKnowledgeIndex(data) };
};

/** The exact text written to knowledge/index.json (compact, stable key order, trailing newline). */
export const serializeKnowledgeIndex = (index: KnowledgeIndex): string => `${JSON.stringify(index.data)}\n`;
