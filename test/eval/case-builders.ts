// The vocabulary every evaluation set is written in: the case shape, clause ids and case builders.
// The sets themselves stay in separate files, written at different times (see batches.ts).
import type { Verdict } from '../../src/domain/conduct/types';
import type { ComplaintCategory } from '../../src/domain/intent/categories';

/** One evaluation question with what a correct answer must say. */
export interface EvalCase {
  q: string;
  kind: 'conduct' | 'complaint' | 'other';
  verdict?: Verdict;
  /** Acceptable governing clauses as `docId#article`; one of them must be among the citations. */
  clause?: string[];
  category?: ComplaintCategory;
  tag:
    | 'colloquial'
    | 'typo'
    | 'long'
    | 'english'
    | 'injection'
    | 'ambiguous'
    | 'complaint'
    | 'smalltalk'
    | 'scope';
}

/** An article of the 纪律处分条例 as `docId#article`. */
export const J = (article: string) => `jlcf-2023#${article}`;
export const J94 = J('第九十四条');
export const J95 = J('第九十五条');
export const J96 = J('第九十六条');
export const J97 = J('第九十七条');
export const J98 = J('第九十八条');
export const J99 = J('第九十九条');
export const J100 = J('第一百条');
export const J101 = J('第一百零一条');
export const J102 = J('第一百零二条');
export const J103 = J('第一百零三条');
export const J104 = J('第一百零四条');
export const J105 = J('第一百零五条');
export const J107 = J('第一百零七条');
export const J111 = J('第一百一十一条');
export const J113 = J('第一百一十三条');
export const J115 = J('第一百一十五条');
export const J116 = J('第一百一十六条');
/** 政务处分法 第三十四条 (gifts and banquets). */
export const Z34 = 'zwcf#第三十四条';
export const G44 = 'gwyf#第四十四条';
export const G59 = 'gwyf#第五十九条';
export const G107 = 'gwyf#第一百零七条';
/** An item of the 广州 guide. */
export const GZ = (item: string) => `gz-guide#${item}`;
/** An item of the 四川 list. */
export const SC = (item: string) => `sc-list#${item}`;

/** A conduct case with its verdict and acceptable governing clauses. */
export const c = (
  q: string,
  verdict: Verdict,
  clause: string[],
  tag: EvalCase['tag'] = 'colloquial',
): EvalCase => ({
  q,
  kind: 'conduct',
  verdict,
  clause,
  tag,
});
/** A conduct case scored on the verdict only. */
export const v = (q: string, verdict: Verdict, tag: EvalCase['tag'] = 'colloquial'): EvalCase => ({
  q,
  kind: 'conduct',
  verdict,
  tag,
});
/** A question no rule covers: the answer must say so. */
export const unknown = (q: string): EvalCase => ({ q, kind: 'conduct', verdict: 'unknown', tag: 'scope' });
/** A complaint with its category. */
export const complaint = (q: string, category: ComplaintCategory): EvalCase => ({
  q,
  kind: 'complaint',
  category,
  tag: 'complaint',
});
/** Small talk or a help request. */
export const other = (q: string): EvalCase => ({ q, kind: 'other', tag: 'smalltalk' });
