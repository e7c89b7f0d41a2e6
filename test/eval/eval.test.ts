import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAsker } from '../../src/domain/conduct/ask';
import { createConductEngine } from '../../src/domain/conduct/engine';
import { loadKnowledgeIndex } from '../../src/domain/conduct/index-store';
import { FRESH_BATCHES } from './batches';
import { HOLDOUT_CASES } from './holdout';
import { EVAL_CASES } from './questions';
import { EVAL_FLOORS, formatReport, scoreCase, summarise } from './score';

const index = loadKnowledgeIndex(JSON.parse(readFileSync('knowledge/index.json', 'utf8')));
const ask = createAsker({ engine: createConductEngine(index) });
const main = summarise(EVAL_CASES.map((c) => scoreCase(c, ask(c.q))));
const holdout = summarise(HOLDOUT_CASES.map((c) => scoreCase(c, ask(c.q))));
const fresh = summarise(FRESH_BATCHES.flatMap((b) => b.cases).map((c) => scoreCase(c, ask(c.q))));

describe('conduct evaluation', () => {
  it('should hold at least 120 questions covering every tag', () => {
    expect(EVAL_CASES.length).toBeGreaterThanOrEqual(120);
    const tags = new Set(EVAL_CASES.map((c) => c.tag));
    for (const tag of [
      'colloquial',
      'typo',
      'long',
      'english',
      'injection',
      'ambiguous',
      'complaint',
      'smalltalk',
      'scope',
    ]) {
      expect(tags).toContain(tag);
    }
  });

  it('should meet every floor on the main set', () => {
    console.log(`main set\n${formatReport(main)}`);
    expect(main.verdict).toBeGreaterThanOrEqual(EVAL_FLOORS.verdict);
    expect(main.clause).toBeGreaterThanOrEqual(EVAL_FLOORS.clause);
    expect(main.complaint).toBeGreaterThanOrEqual(EVAL_FLOORS.complaint);
    expect(main.category).toBeGreaterThanOrEqual(EVAL_FLOORS.category);
  });

  it('should meet every floor on the later, untuned set', () => {
    console.log(`later set\n${formatReport(holdout)}`);
    expect(holdout.verdict).toBeGreaterThanOrEqual(EVAL_FLOORS.verdict);
    expect(holdout.clause).toBeGreaterThanOrEqual(EVAL_FLOORS.clause);
    expect(holdout.complaint).toBeGreaterThanOrEqual(EVAL_FLOORS.complaint);
    expect(holdout.category).toBeGreaterThanOrEqual(EVAL_FLOORS.category);
  });

  it("should meet every floor on the fresh batches written after the lead's check", () => {
    console.log(`fresh batches\n${formatReport(fresh)}`);
    expect(FRESH_BATCHES.flatMap((b) => b.cases).length).toBeGreaterThanOrEqual(150);
    expect(fresh.verdict).toBeGreaterThanOrEqual(EVAL_FLOORS.verdict);
    expect(fresh.clause).toBeGreaterThanOrEqual(EVAL_FLOORS.clause);
    expect(fresh.complaint).toBeGreaterThanOrEqual(EVAL_FLOORS.complaint);
    expect(fresh.category).toBeGreaterThanOrEqual(EVAL_FLOORS.category);
  });

  it('should never answer "allowed" where the rules forbid or make it conditional', () => {
    expect([...main.dangerous, ...holdout.dangerous, ...fresh.dangerous].map((o) => o.case.q)).toEqual([]);
  });
});
