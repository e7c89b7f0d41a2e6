import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAsker } from '../../src/domain/conduct/ask.js';
import { createConductEngine } from '../../src/domain/conduct/engine.js';
import { loadKnowledgeIndex } from '../../src/domain/conduct/index-store.js';
import { EVAL_CASES } from './questions.js';
import { EVAL_FLOORS, formatReport, scoreCase, summarise } from './score.js';

const index = loadKnowledgeIndex(JSON.parse(readFileSync('knowledge/index.json', 'utf8')));
const ask = createAsker({ engine: createConductEngine(index) });
const report = summarise(EVAL_CASES.map((c) => scoreCase(c, ask(c.q))));

describe('conduct evaluation', () => {
  it('should hold at least 120 questions covering every tag', () => {
    expect(EVAL_CASES.length).toBeGreaterThanOrEqual(120);
    const tags = new Set(EVAL_CASES.map((c) => c.tag));
    for (const tag of ['colloquial', 'typo', 'long', 'english', 'injection', 'ambiguous', 'complaint', 'smalltalk', 'scope']) {
      expect(tags).toContain(tag);
    }
  });

  it('should print the report and meet every floor', () => {
    console.log(formatReport(report));
    expect(report.verdict).toBeGreaterThanOrEqual(EVAL_FLOORS.verdict);
    expect(report.clause).toBeGreaterThanOrEqual(EVAL_FLOORS.clause);
    expect(report.complaint).toBeGreaterThanOrEqual(EVAL_FLOORS.complaint);
    expect(report.category).toBeGreaterThanOrEqual(EVAL_FLOORS.category);
  });

  it('should never answer "allowed" where the rules forbid or make it conditional', () => {
    expect(report.dangerous.map((o) => o.case.q)).toEqual([]);
  });
});
