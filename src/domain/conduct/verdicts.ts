import type { RuleVerdict, Verdict } from './types';

const STRICTNESS: Record<Verdict, number> = { allowed: 0, conditional: 1, forbidden: 2, unknown: -1 };

/** The stricter of two rule verdicts (forbidden > conditional > allowed). */
export const stricter = (a: RuleVerdict, b: RuleVerdict): RuleVerdict =>
  STRICTNESS[a] >= STRICTNESS[b] ? a : b;

/** Whether verdict `a` is strictly stricter than `b`. */
export const isStricter = (a: Verdict, b: Verdict): boolean => STRICTNESS[a] > STRICTNESS[b];

/** The Chinese word a user reads for each verdict. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  forbidden: '禁止',
  allowed: '可以',
  conditional: '视情况',
  unknown: '未找到依据',
};
