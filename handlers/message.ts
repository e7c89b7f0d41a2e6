import type { MessageHandler } from './context';
import { answerConductQuestion } from './conduct/answer-question';

/** Every message addressed to the bot: conduct questions, complaints, small talk and help. */
export const messageHandler: MessageHandler = async ({ update, ports, now }) => {
  if (!update.text) return { reply: { type: 'help', reason: 'fallback' } };
  const asked = ports.ask(update.text);
  switch (asked.intent) {
    case 'conduct':
      return answerConductQuestion(ports, update, asked, now);
    case 'complaint':
      return {
        reply: { type: 'notice', tone: 'info', title: `已收到：${asked.title}`, lines: asked.answer.split('\n') },
      };
    case 'smalltalk':
      return { reply: { type: 'help', reason: 'greeting' } };
    default:
      return { reply: { type: 'help', reason: asked.injection ? 'fallback' : 'help' } };
  }
};
