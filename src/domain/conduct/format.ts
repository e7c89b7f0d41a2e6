import type { ConductAnswer } from './types';
import { VERDICT_LABELS } from './verdicts';

const quote = (text: string, max = 120): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max).join('')}……` : flat;
};

/** The answer to a conduct question as a person reads it: verdict, reasons, questions, clauses, steps. */
export const formatConductAnswer = (a: ConductAnswer): string => {
  const lines: string[] = [`【${VERDICT_LABELS[a.verdict]}】${a.title}`, a.answer];
  for (const note of a.notes) lines.push(`提示：${note}`);
  if (a.clarify.length) {
    lines.push('', '结论取决于以下情况，请告诉我：');
    for (const [i, c] of a.clarify.entries())
      lines.push(`${i + 1}. ${c.question}（${c.options.join(' / ')}）`);
  }
  if (a.citations.length) {
    lines.push('', '依据：');
    for (const c of a.citations) lines.push(`· 《${c.doc}》${c.article}：${quote(c.text)}`);
  }
  if (a.actions.length) {
    lines.push('', '现在怎么做：');
    for (const [i, step] of a.actions.entries()) lines.push(`${i + 1}. ${step}`);
  }
  return lines.join('\n');
};
