import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Every conduct question answered, for the dashboard: what is asked, what the rules did not cover. */
export const conductQuestions = sqliteTable('conduct_questions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  askedBy: text('asked_by').notNull(),
  question: text('question').notNull(),
  verdict: text('verdict').notNull(),
  scenarioId: text('scenario_id'),
  confidence: integer('confidence_pct').notNull(),
  sourceKey: text('source_key').notNull().unique(),
  createdAt: integer('created_at').notNull(),
});

/** 👍/👎 on an answer: one vote per person per answer, the last one wins. */
export const conductFeedback = sqliteTable(
  'conduct_feedback',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    questionId: integer('question_id').notNull(),
    voter: text('voter').notNull(),
    vote: integer('vote').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('conduct_feedback_voter').on(t.questionId, t.voter)],
);
