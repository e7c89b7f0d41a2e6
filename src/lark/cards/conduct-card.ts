import type { ConductReply } from '../../domain/chat/reply';
import type { Verdict } from '../../domain/conduct/types';
import { buttonRow, type Card, card, md } from '../card-parts';

const BANNER: Record<Verdict, { label: string; template: string }> = {
  forbidden: { label: '禁止', template: 'red' },
  allowed: { label: '可以', template: 'green' },
  conditional: { label: '视情况', template: 'orange' },
  unknown: { label: '未找到明确规定', template: 'grey' },
};

/** Lark refuses cards over 30 KB; stay well below with room for the envelope. */
const MAX_CARD_BYTES = 28_000;
const MAX_QUOTE_CHARS = 360;

const quote = (text: string) =>
  text.length > MAX_QUOTE_CHARS ? `${text.slice(0, MAX_QUOTE_CHARS)}……` : text;

function build(reply: ConductReply, citationCount: number): Card {
  const { answer, question, questionId, choices } = reply;
  const banner = BANNER[answer.verdict];
  const elements: unknown[] = [
    md(`**问：** ${question}`),
    md(`**结论：${banner.label}。** ${answer.answer}`),
  ];

  const citations = answer.citations.slice(0, citationCount);
  if (citations.length > 0) {
    elements.push({ tag: 'hr' });
    elements.push(md('**依据**'));
    for (const c of citations) elements.push(md(`**《${c.doc}》${c.article}**\n> ${quote(c.text)}`));
  }
  if (answer.actions.length > 0) {
    elements.push({ tag: 'hr' });
    elements.push(md(`**现在怎么做**\n${answer.actions.map((a, i) => `${i + 1}. ${a}`).join('\n')}`));
  }
  if (answer.scenarioId && answer.clarify.length > 0) {
    elements.push({ tag: 'hr' });
    elements.push(md('**结论取决于以下情况，请选择：**'));
    for (const q of answer.clarify) {
      elements.push(md(q.question));
      elements.push(
        buttonRow(
          q.options.map((option) => ({
            label: option,
            value: {
              action: 'conduct.clarify',
              scenario: answer.scenarioId!,
              index: q.index,
              option,
              choices: JSON.stringify(choices),
              question: question.slice(0, 200),
              qid: questionId ?? 0,
            },
          })),
        ),
      );
    }
  }
  if (answer.notes.length > 0) elements.push(md(answer.notes.map((n) => `· ${n}`).join('\n')));
  elements.push({ tag: 'hr' });
  if (questionId !== null) {
    elements.push(
      buttonRow([
        { label: '👍 有帮助', value: { action: 'conduct.feedback', qid: questionId, vote: 1 } },
        { label: '👎 没帮助', value: { action: 'conduct.feedback', qid: questionId, vote: -1 } },
      ]),
    );
  }
  elements.push(
    md(
      "<font color='grey'>依据已收录的党纪法规和政商交往清单作答；情况复杂时请向本单位纪检监察机构咨询。</font>",
    ),
  );
  return card(`【${banner.label}】${answer.title || '廉洁问答'}`, banner.template, elements);
}

/** The answer card: verdict banner, quoted clauses best first, what to do, clarifying buttons, 👍/👎. */
export function renderConductCard(reply: ConductReply): Card {
  for (let count = reply.answer.citations.length; count >= 1; count--) {
    const built = build(reply, count);
    if (new TextEncoder().encode(JSON.stringify(built)).length <= MAX_CARD_BYTES) return built;
  }
  return build(reply, 0);
}
