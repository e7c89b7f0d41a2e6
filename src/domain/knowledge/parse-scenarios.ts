import { parse as parseYaml } from 'yaml';
import type { Scenario } from '../conduct/corpus';
import { describeIssues, type KnowledgeSource, problem } from './issues';
import type { ParseResult } from './parse-rule-doc';
import { scenarioFileSchema, scenarioSchema } from './schemas';

const entryName = (raw: unknown, position: number): string => {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.trim() ? id.trim() : `scenario #${position + 1}`;
};

/** Parses one scenarios/<topic>.yaml file into scenarios carrying their file's topic. */
export const parseScenarioFile = (source: KnowledgeSource): ParseResult<Scenario[]> => {
  const { path } = source;
  let raw: unknown;
  try {
    raw = parseYaml(source.text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { ok: false, errors: [problem(path, 'file', `not valid YAML: ${message}`)] };
  }
  const file = scenarioFileSchema.safeParse(raw ?? {});
  if (!file.success) {
    return { ok: false, errors: describeIssues(file.error.issues).map((m) => problem(path, 'file', m)) };
  }
  const errors: string[] = [];
  const scenarios: Scenario[] = [];
  file.data.scenarios.forEach((entry, i) => {
    const parsed = scenarioSchema.safeParse(entry);
    if (!parsed.success) {
      for (const m of describeIssues(parsed.error.issues)) errors.push(problem(path, entryName(entry, i), m));
      return;
    }
    scenarios.push({ ...parsed.data, topic: file.data.topic });
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: scenarios };
};
