// (c) The conduct engine in process: search and ask latency over the real corpus and over the same
// corpus cloned ×20 with distinct ids, and how long the built index takes to load.
import { readFileSync } from 'node:fs';
import { type ConductEngine, createConductEngine } from '../../src/domain/conduct/engine';
import { loadKnowledgeIndex } from '../../src/domain/conduct/index-store';
import { buildKnowledgeIndex } from '../../src/domain/knowledge/build';
import { readCorpus, scaleCorpus } from '../lib/corpus';
import { median, ms, percentile } from '../lib/stats';
import type { Row } from '../lib/table';
import { CONDUCT_QUESTIONS } from '../lib/texts';

const PASSES = 6;
const SCALE = 20;

function timeEach(questions: readonly string[], fn: (q: string) => unknown): number[] {
  for (const q of questions) fn(q);
  const samples: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    for (const q of questions) {
      const t0 = performance.now();
      fn(q);
      samples.push(performance.now() - t0);
    }
  }
  return samples;
}

function measure(engine: ConductEngine) {
  return {
    search: timeEach(CONDUCT_QUESTIONS, (q) => engine.search(q)),
    ask: timeEach(CONDUCT_QUESTIONS, (q) => engine.ask(q)),
  };
}

const pair = (samples: number[]) => `${ms(percentile(samples, 50))} / ${ms(percentile(samples, 99))}`;

/** Loads, builds and queries the corpus; every figure from this process. */
export function benchSearch(): Row[] {
  const loads: number[] = [];
  let base = null as ReturnType<typeof loadKnowledgeIndex> | null;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    base = loadKnowledgeIndex(JSON.parse(readFileSync('knowledge/index.json', 'utf8')));
    loads.push(performance.now() - t0);
  }
  const real = measure(createConductEngine(base!));
  const t0 = performance.now();
  const built = buildKnowledgeIndex(scaleCorpus(readCorpus(), SCALE));
  const buildMs = performance.now() - t0;
  if (!built.ok) throw new Error(`×${SCALE} corpus does not build: ${built.errors.slice(0, 3).join('; ')}`);
  const scaled = measure(createConductEngine(built.index));
  const p99 = percentile(scaled.search, 99);
  const { docs, articles, scenarios } = built.index;
  return [
    {
      id: 'c',
      measure: `search p50 / p99 (${CONDUCT_QUESTIONS.length} questions ×${PASSES})`,
      result: `×${SCALE}: ${pair(scaled.search)}`,
      baseline: `×1: ${pair(real.search)}`,
      ratio: `${(percentile(scaled.search, 50) / percentile(real.search, 50)).toFixed(1)}× p50`,
      target: `p99 ≤ 5 ms at ×${SCALE}`,
      pass: p99 <= 5,
    },
    {
      id: 'c',
      measure: 'ask (search + verdict) p50 / p99',
      result: `×${SCALE}: ${pair(scaled.ask)}`,
      baseline: `×1: ${pair(real.ask)}`,
      ratio: `${(percentile(scaled.ask, 50) / percentile(real.ask, 50)).toFixed(1)}× p50`,
      target: '',
      pass: null,
    },
    {
      id: 'c',
      measure: 'index load (read + parse + loadKnowledgeIndex), median of 5',
      result: ms(median(loads)),
      baseline: `×${SCALE} build ${ms(buildMs)} (${docs.size} docs, ${articles.size} articles, ${scenarios.size} scenarios)`,
      ratio: '',
      target: '',
      pass: null,
    },
  ];
}
