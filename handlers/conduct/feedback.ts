import type { CardActionHandler } from '../context';

/** 👍/👎 on an answer: stored once per person (a second vote replaces the first). */
export const feedbackHandler: CardActionHandler = async ({ update, ports, now }) => {
  const { qid, vote } = update.value;
  if (typeof qid !== 'number' || (vote !== 1 && vote !== -1)) {
    return { toast: { type: 'warning', text: '该按钮已失效。' } };
  }
  const stored = await ports.conductLog.vote(qid, update.operatorId, vote, now);
  if (!stored) return { toast: { type: 'warning', text: '没有找到这条回答。' } };
  return {
    toast: { type: 'success', text: vote === 1 ? '感谢反馈！' : '感谢反馈，纪检监察机构会复核这条回答。' },
  };
};
