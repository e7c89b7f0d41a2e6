// A small deterministic bot for page tests: a conduct answer card (the real renderer), a complaint
// receipt that also notifies a handler and the supervision chat, and card actions with toasts.
import type { Routes } from '../../handlers/routes';
import type { ConductAnswer } from '../../src/domain/conduct/types';

/** The conduct answer the fake bot gives to any question. */
export const FAKE_ANSWER: ConductAnswer = {
  verdict: 'conditional',
  scenarioId: 'banquet',
  title: '接受宴请',
  answer: '取决于请客的是不是管理服务对象。',
  citations: [
    {
      docId: 'rules',
      doc: '中国共产党纪律处分条例',
      short: '处分条例',
      article: '第一百零一条',
      text: '接受、提供可能影响公正执行公务的宴请……',
    },
  ],
  actions: ['婉拒', '事前报告'],
  clarify: [{ index: 0, question: '请客的老板是否是您或您单位的管理服务对象？', options: ['是', '不是'] }],
  confidence: 0.9,
  notes: [],
};

/** Routes for the fake bot: questions get a conduct card, "投诉…" opens a fake ticket. */
export function fakeRoutes(): Routes {
  let qid = 0;
  return {
    message: async ({ update }) => {
      if (update.text.startsWith('投诉')) {
        const code = 'QQ-20260105-0001';
        return {
          reply: { type: 'notice', tone: 'success', title: '已受理', lines: [`工单编号 **${code}**`] },
          also: [
            {
              to: { type: 'user', id: 'ou_zjj_1' },
              key: 'handler',
              purpose: 'ticket.assigned',
              ticketCode: code,
              reply: {
                type: 'notice',
                tone: 'warning',
                title: '新工单待签收',
                lines: [update.text],
                buttons: [{ label: '签收', style: 'primary', value: { action: 'test.accept', code } }],
              },
            },
            {
              to: { type: 'chat', id: 'oc_supervision' },
              key: 'supervision',
              purpose: 'ticket.copy',
              ticketCode: code,
              reply: { type: 'notice', tone: 'info', title: '抄送：新工单', lines: [code] },
            },
          ],
        };
      }
      qid += 1;
      return {
        reply: { type: 'conduct', question: update.text, questionId: qid, answer: FAKE_ANSWER, choices: {} },
      };
    },
    cardActions: {
      'conduct.feedback': async () => ({ toast: { type: 'success', text: '感谢反馈' } }),
      'conduct.clarify': async ({ update }) => ({
        toast: { type: 'info', text: `已选择：${String(update.value.option)}` },
        card: { type: 'notice', tone: 'danger', title: '【禁止】接受宴请', lines: ['不得接受。'] },
      }),
      'test.accept': async ({ update }) => ({
        toast: { type: 'success', text: `${update.operatorId} 已签收` },
        card: { type: 'notice', tone: 'success', title: '已签收', lines: [String(update.value.code)] },
      }),
    },
  };
}
