import { answerConductQuestion } from './conduct/answer-question';
import type { MessageHandler } from './context';
import { intakeComplaint, ticketCommand } from './tickets/chat';
import { parseComplaintText } from './tickets/complaint-text';

/** Every message addressed to the bot: ticket commands, complaints, conduct questions, small talk and help. */
export const messageHandler: MessageHandler = async ({ update, ports, now }) => {
  const command = await ticketCommand(ports, update, now);
  if (command) return command;
  if (!update.text) return { reply: { type: 'help', reason: 'fallback' } };
  const typed = parseComplaintText(update.text);
  const asked = ports.ask(typed.body || update.text);
  if (typed.marked || asked.intent === 'complaint') return intakeComplaint(ports, update, asked, typed, now);
  // A prefix that did not make a complaint (匿名举报会被报复吗) is part of the question.
  const whole = typed.body === update.text.trim() ? asked : ports.ask(update.text);
  switch (whole.intent) {
    case 'conduct':
      return answerConductQuestion(ports, update, whole, now);
    case 'smalltalk':
      return { reply: { type: 'help', reason: 'greeting' } };
    default:
      return { reply: { type: 'help', reason: whole.injection ? 'fallback' : 'help' } };
  }
};
