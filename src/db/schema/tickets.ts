import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * One complaint ticket (工单), the current state of the closed loop; its history is ticket_events.
 * `source_key` (the Lark event id or the web request's key) is unique, so re-running an intake never
 * makes a second ticket; `version` counts the history events and guards concurrent writes.
 */
export const tickets = sqliteTable(
  'tickets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull().unique(),
    sourceKey: text('source_key').notNull().unique(),
    category: text('category').notNull(),
    status: text('status').notNull(),
    handlerUnit: text('handler_unit').notNull(),
    departmentId: text('department_id'),
    accusedDepartmentId: text('accused_department_id'),
    anonymous: integer('anonymous', { mode: 'boolean' }).notNull(),
    // The Lark open_id of a Lark reporter (kept even when anonymous, to relay messages; never shown to staff).
    reporterId: text('reporter_id'),
    reporterName: text('reporter_name'),
    reporterContact: text('reporter_contact'),
    reporterChannel: text('reporter_channel').notNull(),
    enterprise: text('enterprise'),
    description: text('description').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    assignedAt: integer('assigned_at'),
    signDeadlineAt: integer('sign_deadline_at'),
    deadlineAt: integer('deadline_at'),
    extensionDays: integer('extension_days').notNull().default(0),
    pendingExtension: text('pending_extension_json'),
    reopenCount: integer('reopen_count').notNull().default(0),
    escalationLevel: integer('escalation_level').notNull().default(0),
    resolution: text('resolution'),
    resolvedAt: integer('resolved_at'),
    satisfactionScore: integer('satisfaction_score'),
    satisfactionReason: text('satisfaction_reason'),
    closedAt: integer('closed_at'),
    queryKeyHash: text('query_key_hash'),
    version: integer('version').notNull(),
  },
  (t) => [
    index('tickets_created').on(t.createdAt),
    index('tickets_status').on(t.status, t.createdAt),
    index('tickets_reporter').on(t.reporterId, t.createdAt),
  ],
);

/**
 * The append-only history of every ticket: each state change and recorded act, in order. `seq` is
 * unique per ticket, so two writers racing on one ticket cannot both append the same step.
 */
export const ticketEvents = sqliteTable(
  'ticket_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketCode: text('ticket_code').notNull(),
    seq: integer('seq').notNull(),
    action: text('action').notNull(),
    actor: text('actor').notNull(),
    actorRole: text('actor_role').notNull(),
    at: integer('at').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    note: text('note'),
    data: text('data_json').notNull().default('{}'),
  },
  (t) => [uniqueIndex('ticket_events_seq').on(t.ticketCode, t.seq)],
);

/**
 * Scheduler notifications already claimed (reminder, 催办, escalation): the unique key is the claim,
 * so a notification goes out once however often or concurrently the scheduler runs.
 */
export const ticketNotices = sqliteTable(
  'ticket_notices',
  {
    key: text('key').primaryKey(),
    ticketCode: text('ticket_code').notNull(),
    kind: text('kind').notNull(),
    claimedAt: integer('claimed_at').notNull(),
  },
  (t) => [index('ticket_notices_ticket').on(t.ticketCode)],
);
