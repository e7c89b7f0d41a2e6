import type { AskResult } from '../../src/domain/conduct/ask';
import type { EvalCase } from './questions';

/** The floors the evaluation must meet (the held-out set uses the same). */
export const EVAL_FLOORS = { verdict: 0.85, clause: 0.7, complaint: 0.9, category: 0.75 } as const;

/** One case's outcome. */
export interface CaseOutcome {
  case: EvalCase;
  result: AskResult;
  verdictOk: boolean | null;
  clauseOk: boolean | null;
  recognisedOk: boolean | null;
  categoryOk: boolean | null;
  dangerous: boolean;
}

/** The aggregate numbers of an evaluation run. */
export interface EvalReport {
  verdict: number;
  clause: number;
  complaint: number;
  category: number;
  other: number;
  dangerous: CaseOutcome[];
  failures: CaseOutcome[];
  counts: { conduct: number; clause: number; complaint: number; other: number; total: number };
}

const cited = (r: AskResult): string[] => (r.conduct?.citations ?? []).map((c) => `${c.docId}#${c.article}`);

/** Scores one case against the asker's result. */
export const scoreCase = (c: EvalCase, result: AskResult): CaseOutcome => {
  const conduct = c.kind === 'conduct';
  const verdictOk = conduct ? result.kind === 'conduct' && result.verdict === c.verdict : null;
  const clauseOk = conduct && c.clause ? cited(result).some((x) => c.clause!.includes(x)) : null;
  const recognisedOk =
    c.kind === 'complaint'
      ? result.kind === 'complaint'
      : c.kind === 'other'
        ? result.kind === 'other'
        : null;
  const categoryOk = c.kind === 'complaint' ? result.category === c.category : null;
  const dangerous =
    result.verdict === 'allowed' && (c.verdict === 'forbidden' || c.verdict === 'conditional');
  return { case: c, result, verdictOk, clauseOk, recognisedOk, categoryOk, dangerous };
};

const rate = (xs: (boolean | null)[]): { rate: number; n: number } => {
  const scored = xs.filter((x): x is boolean => x !== null);
  return { rate: scored.length ? scored.filter(Boolean).length / scored.length : 1, n: scored.length };
};

/** Aggregates case outcomes into the report's numbers. */
export const summarise = (outcomes: readonly CaseOutcome[]): EvalReport => {
  const verdict = rate(outcomes.map((o) => o.verdictOk));
  const clause = rate(outcomes.map((o) => o.clauseOk));
  const complaint = rate(outcomes.filter((o) => o.case.kind === 'complaint').map((o) => o.recognisedOk));
  const category = rate(outcomes.map((o) => o.categoryOk));
  const other = rate(outcomes.filter((o) => o.case.kind === 'other').map((o) => o.recognisedOk));
  return {
    verdict: verdict.rate,
    clause: clause.rate,
    complaint: complaint.rate,
    category: category.rate,
    other: other.rate,
    dangerous: outcomes.filter((o) => o.dangerous),
    failures: outcomes.filter(
      (o) =>
        o.verdictOk === false || o.clauseOk === false || o.recognisedOk === false || o.categoryOk === false,
    ),
    counts: {
      conduct: verdict.n,
      clause: clause.n,
      complaint: complaint.n,
      other: other.n,
      total: outcomes.length,
    },
  };
};

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** The printed report: the numbers, then every dangerous answer and failure with what was said. */
export const formatReport = (r: EvalReport): string => {
  const lines = [
    `evaluation: ${r.counts.total} questions`,
    `  verdict accuracy      ${pct(r.verdict)} of ${r.counts.conduct} (floor ${pct(EVAL_FLOORS.verdict)})`,
    `  clause accuracy       ${pct(r.clause)} of ${r.counts.clause} (floor ${pct(EVAL_FLOORS.clause)})`,
    `  complaints recognised ${pct(r.complaint)} of ${r.counts.complaint} (floor ${pct(EVAL_FLOORS.complaint)})`,
    `  category accuracy     ${pct(r.category)} of ${r.counts.complaint} (floor ${pct(EVAL_FLOORS.category)})`,
    `  small talk / help     ${pct(r.other)} of ${r.counts.other}`,
    `  dangerous answers     ${r.dangerous.length} (must be 0)`,
  ];
  for (const o of r.dangerous)
    lines.push(`  DANGEROUS: ${o.case.q} → allowed (${o.result.scenarioId}), expected ${o.case.verdict}`);
  for (const o of r.failures) {
    const got =
      o.result.kind === 'complaint'
        ? `complaint/${o.result.category}`
        : o.result.kind === 'conduct'
          ? `${o.result.verdict} ${o.result.scenarioId ?? ''} [${cited(o.result).slice(0, 3).join(' ')}]`
          : o.result.kind;
    const want =
      o.case.kind === 'complaint'
        ? `complaint/${o.case.category}`
        : o.case.kind === 'conduct'
          ? `${o.case.verdict}`
          : 'other';
    const what = [
      o.verdictOk === false && 'verdict',
      o.clauseOk === false && 'clause',
      o.recognisedOk === false && 'kind',
      o.categoryOk === false && 'category',
    ]
      .filter(Boolean)
      .join('+');
    lines.push(`  miss (${what}): ${o.case.q}\n      want ${want}; got ${got}`);
  }
  return lines.join('\n');
};
