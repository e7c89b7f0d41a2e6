// The complaint taxonomy fixed by SPEC.md: six codes, their Chinese names and who handles them.

/** Every complaint category code, in the order SPEC.md lists them. */
export const CATEGORIES = ['extortion', 'shirking', 'delay', 'abuse', 'policy', 'other'] as const;

/** One complaint category code (吃拿卡要, 推诿扯皮, 慢作为, 乱作为, 惠企政策不兑现, 其他). */
export type Category = (typeof CATEGORIES)[number];

/** The Chinese name of each category, as shown to users. */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  extortion: '吃拿卡要',
  shirking: '推诿扯皮',
  delay: '慢作为',
  abuse: '乱作为',
  policy: '惠企政策不兑现',
  other: '其他',
};

/** Categories about an official's own misconduct: handled by the discipline office, never by the accused unit. */
export const MISCONDUCT_CATEGORIES: readonly Category[] = ['extortion', 'abuse'];

/** Tells whether a string is a category code (for validating input at the edge). */
export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

/** Tells whether a category goes to the discipline office (吃拿卡要, 乱作为) rather than a department. */
export function isMisconductCategory(category: Category): boolean {
  return MISCONDUCT_CATEGORIES.includes(category);
}
