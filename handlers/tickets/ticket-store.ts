// The port through which ticket use cases persist tickets; src/db/repositories/ticket-repository.ts implements it.
import type { Category } from '../../src/domain/tickets/category';
import type { Ticket, TicketEvent, TicketStatus } from '../../src/domain/tickets/ticket-types';

/** A ticket as loaded, with the version its next write must start from (the number of history events). */
export interface StoredTicket {
  ticket: Ticket;
  version: number;
}

/** The outcome of storing a new ticket: stored, already filed from the same source, or the code was taken. */
export type CreateTicketResult =
  | { ok: true; stored: StoredTicket }
  | { ok: false; reason: 'duplicate_source'; existing: StoredTicket }
  | { ok: false; reason: 'code_taken' };

/** Which tickets a listing wants; every field narrows it. */
export interface TicketFilter {
  status?: TicketStatus;
  category?: Category;
  departmentId?: string;
  /** Tickets created in [from, to) (epoch ms). */
  from?: number;
  to?: number;
  limit?: number;
  offset?: number;
}

/** A scheduler claim: the notification's idempotency key, its ticket and what kind it is. */
export interface NoticeClaim {
  key: string;
  ticketCode: string;
  kind: string;
}

/** Persistence of tickets, their append-only history and the scheduler's sent-notification claims. */
export interface TicketStore {
  /** Stores a new ticket with its first history events, all or nothing; `sourceKey` is unique. */
  create(ticket: Ticket, events: TicketEvent[], sourceKey: string): Promise<CreateTicketResult>;
  /** The ticket with this code, or null. */
  find(code: string): Promise<StoredTicket | null>;
  /** The ticket filed from this source (event id or web request key), or null. */
  findBySource(sourceKey: string): Promise<StoredTicket | null>;
  /**
   * Writes the ticket's new state and appends its events atomically, if nobody wrote in between
   * (optimistic: the version must still match). Null when it lost the race: reload and try again.
   */
  save(before: StoredTicket, after: Ticket, events: TicketEvent[]): Promise<StoredTicket | null>;
  /** The ticket's whole history, oldest first. */
  history(code: string): Promise<TicketEvent[]>;
  /** Tickets matching the filter, newest first. */
  list(filter: TicketFilter): Promise<Ticket[]>;
  /** How many tickets match the filter (ignoring limit and offset). */
  count(filter: TicketFilter): Promise<number>;
  /** A Lark reporter's tickets, newest first. */
  byReporter(reporterId: string, limit: number): Promise<Ticket[]>;
  /** Tickets on a clock (受理, 交办, 整改中) with a deadline at or before `horizon`. */
  onTheClock(horizon: number): Promise<StoredTicket[]>;
  /** Which of these tickets' notification keys were already claimed. */
  claimedNotices(ticketCodes: string[]): Promise<Set<string>>;
  /** Claims a notification key (INSERT … ON CONFLICT DO NOTHING); true only for the one caller that got it. */
  claimNotice(claim: NoticeClaim, now: number): Promise<boolean>;
}
