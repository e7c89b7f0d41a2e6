import type { MessageResult } from '../../src/domain/chat/reply';
import type { MessageUpdate } from '../../src/domain/chat/update';
import type { AskResult } from '../../src/domain/conduct/ask';
import type { HandlerPorts } from '../ports';

/** Answers a conduct question with the verdict card and logs it for the dashboard. */
export async function answerConductQuestion(
  ports: HandlerPorts,
  update: MessageUpdate,
  asked: AskResult,
  now: number,
): Promise<MessageResult> {
  const answer = asked.conduct!;
  const questionId = await ports.conductLog.record(
    {
      askedBy: update.senderId,
      question: update.text.slice(0, 2000),
      verdict: answer.verdict,
      scenarioId: answer.scenarioId,
      confidence: answer.confidence,
      sourceKey: update.eventId,
    },
    now,
  );
  return { reply: { type: 'conduct', question: update.text, questionId, answer, choices: {} } };
}
