// The ports handlers may use; src/handler-ports.ts supplies them (drizzle, the corpus, the org file).
import type { AskResult } from '../src/domain/conduct/ask';
import type { ConductAnswer } from '../src/domain/conduct/types';
import type { Org } from '../src/domain/org/org-types';
import type { RandomBytes } from '../src/domain/tickets/ticket-code';
import type { TicketStore } from './tickets/ticket-store';

/** A conduct question as logged for the dashboard. */
export interface LoggedQuestion {
  askedBy: string;
  question: string;
  verdict: string;
  scenarioId: string | null;
  confidence: number;
  /** The event (or page request) it came from: recording the same one twice keeps one row. */
  sourceKey: string;
}

/** Where conduct questions and 👍/👎 votes are kept. */
export interface ConductLog {
  record(question: LoggedQuestion, now: number): Promise<number>;
  vote(questionId: number, voter: string, vote: 1 | -1, now: number): Promise<boolean>;
}

/** Everything handlers can reach; each feature adds its port here. */
export interface HandlerPorts {
  /** Classifies a message and answers it exactly as `npm run ask` does. */
  ask(question: string): AskResult;
  /** Re-judges a scenario with the clarify answers picked so far. */
  rejudge(scenarioId: string, choices: Record<number, string>): ConductAnswer | null;
  conductLog: ConductLog;
  /** The organisation file: departments, handlers, deadlines, calendar. */
  org: Org;
  /** Tickets, their history and the scheduler's claims. */
  tickets: TicketStore;
  /** Random bytes for ticket codes and query keys (crypto.getRandomValues in production). */
  random: RandomBytes;
  /** This installation's secret for deriving query keys; made once, kept in the database. */
  queryKeySecret(): Promise<string>;
}
