import { CATEGORIES, type Category } from '../tickets/category';

/** A complaint category code of the SPEC taxonomy (the same codes tickets use). */
export type ComplaintCategory = Category;

/** The SPEC taxonomy with its Chinese labels, in SPEC order. */
export const COMPLAINT_CATEGORIES: readonly { code: ComplaintCategory; label: string }[] = [
  { code: 'extortion', label: '吃拿卡要 / 索贿' },
  { code: 'shirking', label: '推诿扯皮 / 不作为' },
  { code: 'delay', label: '慢作为 / 审批超时' },
  { code: 'abuse', label: '乱作为 / 违规执法' },
  { code: 'policy', label: '惠企政策不兑现' },
  { code: 'other', label: '其他' },
];

/** The Chinese label of a complaint category. */
export const complaintLabel = (code: ComplaintCategory): string =>
  COMPLAINT_CATEGORIES.find((c) => c.code === code)?.label ?? code;

/** Whether a string is a complaint category code. */
export const isComplaintCategory = (value: string): value is ComplaintCategory =>
  (CATEGORIES as readonly string[]).includes(value);
