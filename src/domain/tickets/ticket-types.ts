import type { EpochMs } from '../calendar/china-time';
import type { Category } from './category';

/** Every ticket status, in the loop's order (the order filters, charts and error messages list them in). */
export const TICKET_STATUSES = [
  'received',
  'assigned',
  'in_progress',
  'resolved',
  'verified',
  'visited',
  'closed',
] as const;

/**
 * Where a ticket is in the closed loop 受理 → 交办 → 限期整改 → 对账销号 → 回访:
 * received 受理（待分办）, assigned 已交办（待签收）, in_progress 整改中, resolved 已办结（待销号）,
 * verified 已销号（待回访）, visited 已回访, closed 已归档.
 */
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Tells whether a string is a status code (for validating input at the edge). */
export function isTicketStatus(value: string): value is TicketStatus {
  return (TICKET_STATUSES as readonly string[]).includes(value);
}

/** Everything that can be done to a ticket; see action-rules.ts for who may do what, and when. */
export type TicketAction =
  | 'assign'
  | 'accept'
  | 'return'
  | 'request_extension'
  | 'approve_extension'
  | 'reject_extension'
  | 'resolve'
  | 'verify'
  | 'visit'
  | 'reopen'
  | 'close'
  | 'urge'
  | 'escalate'
  | 'comment';

/** Who handles a ticket: the discipline office (纪委监委) or a department (承办部门). */
export type HandlerUnit = 'discipline' | 'department';

/** Who filed the complaint; `id` is the Lark open_id for channel 'lark', null for the web form. */
export interface Reporter {
  id: string | null;
  name?: string;
  contact?: string;
  channel: 'lark' | 'web';
}

/** An extension request (申请延期) waiting for a supervisor's decision. */
export interface PendingExtension {
  days: number;
  reason: string;
  requestedBy: string;
  requestedAt: EpochMs;
}

/** The 回访 result: a 1–5 rating and, when not satisfied (≤ 3), the reason. */
export interface Satisfaction {
  score: number;
  reason: string | null;
}

/** One complaint ticket. All instants are epoch milliseconds. */
export interface Ticket {
  /** Human-friendly code such as QQ-20261121-4821. */
  code: string;
  category: Category;
  status: TicketStatus;
  handlerUnit: HandlerUnit;
  /** The assigned department; null while the discipline office triages or handles it itself. */
  departmentId: string | null;
  /** The department a 吃拿卡要/乱作为 complaint names: kept for the record, never shown to or routed to it. */
  accusedDepartmentId: string | null;
  anonymous: boolean;
  reporter: Reporter;
  /** The enterprise the complaint is about or from, when given. */
  enterprise: string | null;
  description: string;
  createdAt: EpochMs;
  updatedAt: EpochMs;
  /** When the current handling round was assigned (交办). */
  assignedAt: EpochMs | null;
  /** 签收 deadline while assigned, or the triage deadline while received. */
  signDeadlineAt: EpochMs | null;
  /** 整改 deadline of the current handling round (extensions included). */
  deadlineAt: EpochMs | null;
  /** Working days added by approved extensions in the current round. */
  extensionDays: number;
  pendingExtension: PendingExtension | null;
  reopenCount: number;
  /** Highest escalation level reached in the current round (0 = none). */
  escalationLevel: number;
  /** The 办结 note: what was rectified. */
  resolution: string | null;
  resolvedAt: EpochMs | null;
  satisfaction: Satisfaction | null;
  closedAt: EpochMs | null;
  /** SHA-256 (hex) of the anonymous reporter's secret query key; the key itself is never stored. */
  queryKeyHash: string | null;
}

/** One entry of a ticket's history: every state change and every recorded act (催办, 升级, 补充). */
export interface TicketEvent {
  ticketCode: string;
  action: TicketAction | 'open';
  /** An open_id, 'reporter' (never the reporter's own id, to protect anonymity) or 'system'. */
  actor: string;
  /** The role under which the actor acted. */
  actorRole: Role;
  at: EpochMs;
  fromStatus: TicketStatus | null;
  toStatus: TicketStatus;
  note: string | null;
  /** Structured details: department, days, score, level, deadline. */
  data: Readonly<Record<string, string | number | null>>;
}

/** The roles an actor can hold on one ticket. */
export type Role = 'handler' | 'supervisor' | 'admin' | 'reporter' | 'system';

/**
 * Who is acting: a Lark user (roles come from the org file and the ticket), a reporter already
 * authenticated by code + query key on the web, or the system (routing, scheduler).
 */
export type Actor = { type: 'user'; openId: string } | { type: 'reporter' } | { type: 'system' };

/** Free-form input of an action; each action reads and validates the fields it needs. */
export interface ActionInput {
  /** 办结 note, comment text, or an optional remark on other actions. */
  note?: string;
  /** Required for 退回, 申请延期, 驳回延期, 重办 and an unsatisfied 回访. */
  reason?: string;
  /** Working days requested by 申请延期. */
  days?: number;
  /** 1–5 rating given at 回访. */
  satisfaction?: number;
  /** 交办 target; null means the discipline office handles the ticket itself. */
  departmentId?: string | null;
  /** Escalation level reached (升级), 1 = one level up. */
  level?: number;
}

/** An expected failure: a stable code for programs and a Chinese sentence for people. */
export interface Refusal {
  ok: false;
  code: string;
  message: string;
}

/** The result of applying an action: the new ticket and its history event, or a refusal (nothing changes). */
export type ActionResult = { ok: true; ticket: Ticket; event: TicketEvent } | Refusal;
