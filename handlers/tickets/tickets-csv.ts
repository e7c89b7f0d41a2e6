// The CSV export of a ticket listing: UTF-8 with a BOM so Excel opens Chinese text correctly, a header
// row, China times, and cells that would start a formula neutralised.
import { formatChinaTime } from './format';
import type { StaffTicketView } from './views';

const COLUMNS: { header: string; value: (t: StaffTicketView) => string | number | null }[] = [
  { header: '工单编号', value: (t) => t.code },
  { header: '类别', value: (t) => t.categoryLabel },
  { header: '类别代码', value: (t) => t.category },
  { header: '状态', value: (t) => t.statusLabel },
  { header: '状态代码', value: (t) => t.status },
  { header: '承办单位', value: (t) => t.handledBy },
  { header: '承办单位编号', value: (t) => t.departmentId },
  { header: '匿名', value: (t) => (t.anonymous ? '是' : '否') },
  {
    header: '反映人',
    value: (t) => ('anonymous' in t.reporter ? '' : (t.reporter.name ?? t.reporter.id ?? '')),
  },
  { header: '联系方式', value: (t) => ('anonymous' in t.reporter ? '' : (t.reporter.contact ?? '')) },
  { header: '企业', value: (t) => t.enterprise },
  { header: '受理时间', value: (t) => formatChinaTime(t.createdAt) },
  { header: '办结期限', value: (t) => (t.deadlineAt ? formatChinaTime(t.deadlineAt) : '') },
  { header: '超期', value: (t) => (t.overdue ? '是' : '否') },
  { header: '办结时间', value: (t) => (t.resolvedAt ? formatChinaTime(t.resolvedAt) : '') },
  { header: '满意度', value: (t) => t.satisfaction?.score ?? '' },
  { header: '重办次数', value: (t) => t.reopenCount },
  { header: '反映内容', value: (t) => t.description },
];

function cell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The listing as CSV text (BOM, header row, CRLF line ends). */
export function ticketsCsv(tickets: StaffTicketView[]): string {
  const lines = [COLUMNS.map((c) => cell(c.header)).join(',')];
  for (const t of tickets) lines.push(COLUMNS.map((c) => cell(c.value(t))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
