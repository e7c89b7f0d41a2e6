import { eq } from 'drizzle-orm';
import type { ConductLog, LoggedQuestion } from '../../../handlers/ports';
import type { Db } from '../database';
import { conductFeedback, conductQuestions } from '../schema';

/** Conduct questions and the 👍/👎 votes on their answers over drizzle: the ConductLog port on both drivers. */
export function createConductRepository(db: Db): ConductLog {
  return {
    /** Records a question once per source and returns its id. */
    async record(q: LoggedQuestion, now: number): Promise<number> {
      const inserted = await db
        .insert(conductQuestions)
        .values({ ...q, confidence: Math.round(q.confidence * 100), createdAt: now })
        .onConflictDoNothing()
        .returning({ id: conductQuestions.id });
      if (inserted[0]) return inserted[0].id;
      const [existing] = await db
        .select({ id: conductQuestions.id })
        .from(conductQuestions)
        .where(eq(conductQuestions.sourceKey, q.sourceKey));
      return existing!.id;
    },

    /** Stores a vote (+1 / −1); a second vote by the same person replaces the first. */
    async vote(questionId: number, voter: string, vote: 1 | -1, now: number): Promise<boolean> {
      const [question] = await db
        .select({ id: conductQuestions.id })
        .from(conductQuestions)
        .where(eq(conductQuestions.id, questionId));
      if (!question) return false;
      await db
        .insert(conductFeedback)
        .values({ questionId, voter, vote, createdAt: now })
        .onConflictDoUpdate({
          target: [conductFeedback.questionId, conductFeedback.voter],
          set: { vote, createdAt: now },
        });
      return true;
    },
  };
}
