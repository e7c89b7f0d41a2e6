// The benchmark's one table, for the terminal and as markdown for the README.

/** One line of the table; `pass` is null when the figure has no target. */
export interface Row {
  id: string;
  measure: string;
  result: string;
  baseline: string;
  ratio: string;
  target: string;
  pass: boolean | null;
}

const HEADERS = ['#', 'measure', 'result', 'baseline (same run)', 'ratio', 'target', 'pass'];

const cells = (row: Row): string[] => [
  row.id,
  row.measure,
  row.result,
  row.baseline,
  row.ratio,
  row.target,
  row.pass === null ? '—' : row.pass ? 'PASS' : 'FAIL',
];

/** Width of a string in terminal columns (CJK characters take two). */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}

/** A plain-text table with aligned columns. */
export function textTable(rows: readonly Row[]): string {
  const grid = [HEADERS, ...rows.map(cells)];
  const widths = HEADERS.map((_, i) => Math.max(...grid.map((r) => width(r[i]!))));
  const line = (r: string[]) => r.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(HEADERS), rule, ...rows.map((r) => line(cells(r)))].join('\n');
}

/** The same table in GitHub markdown. */
export function markdownTable(rows: readonly Row[]): string {
  const cell = (c: string) => c.replaceAll('|', '\\|');
  return [
    `| ${HEADERS.join(' | ')} |`,
    `| ${HEADERS.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${cells(r).map(cell).join(' | ')} |`),
  ].join('\n');
}
