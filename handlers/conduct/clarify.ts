import type { CardActionHandler } from '../context';

function parseChoices(raw: unknown): Record<number, string> {
  if (typeof raw !== 'string') return {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return {};
    const out: Record<number, string> = {};
    for (const [k, v] of Object.entries(parsed))
      if (/^\d{1,2}$/.test(k) && typeof v === 'string') out[Number(k)] = v;
    return out;
  } catch {
    return {};
  }
}

/** A clarifying button was pressed: re-judge with the answers so far and replace the card. */
export const clarifyHandler: CardActionHandler = async ({ update, ports }) => {
  const { scenario, index, option, question, qid } = update.value;
  if (typeof scenario !== 'string' || typeof option !== 'string' || typeof index !== 'number') {
    return { toast: { type: 'warning', text: '该按钮已失效，请重新提问。' } };
  }
  const choices = { ...parseChoices(update.value.choices), [index]: option };
  const answer = ports.rejudge(scenario, choices);
  if (!answer) return { toast: { type: 'warning', text: '该问题的规则已更新，请重新提问。' } };
  return {
    toast: { type: 'info', text: `已按「${option}」重新判断` },
    card: {
      type: 'conduct',
      question: typeof question === 'string' ? question : answer.title,
      questionId: typeof qid === 'number' && qid > 0 ? qid : null,
      answer,
      choices,
    },
  };
};
