import { describe, expect, it } from 'vitest';
import { actionsFrom, isTicketAction, TICKET_ACTIONS } from '../../../src/domain/tickets/action-rules';
import { applyAction } from '../../../src/domain/tickets/apply-action';
import {
  type ActionInput,
  TICKET_STATUSES,
  type Ticket,
  type TicketAction,
  type TicketStatus,
} from '../../../src/domain/tickets/ticket-types';
import { org, T0, ticketIn, users } from './fixtures';

// The expected table, written out by hand (not derived from ACTION_RULES): action → from → to.
const LEGAL: Record<TicketAction, Partial<Record<TicketStatus, TicketStatus>>> = {
  assign: { received: 'assigned' },
  accept: { assigned: 'in_progress' },
  return: { assigned: 'received', in_progress: 'received' },
  request_extension: { in_progress: 'in_progress' },
  approve_extension: { in_progress: 'in_progress' },
  reject_extension: { in_progress: 'in_progress' },
  resolve: { in_progress: 'resolved' },
  verify: { resolved: 'verified' },
  visit: { verified: 'visited' },
  reopen: { resolved: 'assigned', verified: 'assigned', visited: 'assigned' },
  close: { visited: 'closed' },
  urge: { received: 'received', assigned: 'assigned', in_progress: 'in_progress' },
  escalate: { received: 'received', assigned: 'assigned', in_progress: 'in_progress' },
  comment: {
    received: 'received',
    assigned: 'assigned',
    in_progress: 'in_progress',
    resolved: 'resolved',
    verified: 'verified',
    visited: 'visited',
  },
};

const INPUT: Record<TicketAction, ActionInput> = {
  assign: { departmentId: 'zjj' },
  accept: {},
  return: { reason: '不属于本单位职责' },
  request_extension: { days: 3, reason: '需要现场核查' },
  approve_extension: {},
  reject_extension: { reason: '理由不充分' },
  resolve: { note: '已完成整改' },
  verify: {},
  visit: { satisfaction: 4 },
  reopen: { reason: '问题依旧' },
  close: {},
  urge: { note: '请抓紧办理' },
  escalate: {},
  comment: { note: '补充一份材料' },
};

function prepared(status: TicketStatus, action: TicketAction): Ticket {
  const t = ticketIn(status);
  if (action !== 'approve_extension' && action !== 'reject_extension') return t;
  return { ...t, pendingExtension: { days: 2, reason: '核查', requestedBy: 'ou_zjj', requestedAt: T0 } };
}

describe('applyAction: the table of legal moves', () => {
  it('should cover every action in the expected table', () => {
    expect([...TICKET_ACTIONS].sort()).toEqual(Object.keys(LEGAL).sort());
  });

  for (const action of Object.keys(LEGAL) as TicketAction[]) {
    for (const status of TICKET_STATUSES) {
      const to = LEGAL[action][status];
      if (to) {
        it(`should allow ${action} from ${status} and lead to ${to}`, () => {
          const before = prepared(status, action);
          const result = applyAction(before, action, users.admin, T0 + 1000, INPUT[action], org);
          expect(result.ok, result.ok ? '' : result.message).toBe(true);
          if (!result.ok) return;
          expect(result.ticket.status).toBe(to);
          expect(result.ticket.updatedAt).toBe(T0 + 1000);
          expect(result.event).toMatchObject({
            action,
            actor: 'ou_admin',
            actorRole: 'admin',
            fromStatus: status,
            toStatus: to,
          });
        });
      } else {
        it(`should refuse ${action} from ${status} and change nothing`, () => {
          const before = prepared(status, action);
          const snapshot = structuredClone(before);
          const result = applyAction(before, action, users.admin, T0, INPUT[action], org);
          expect(result).toMatchObject({ ok: false, code: 'illegal_transition' });
          if (!result.ok) expect(result.message).toMatch(/^工单当前状态为「.+」，不能执行「.+」。$/);
          expect(before).toEqual(snapshot);
        });
      }
    }
  }

  it('should list the actions a status offers', () => {
    expect(actionsFrom('in_progress').sort()).toEqual(
      [
        'approve_extension',
        'comment',
        'escalate',
        'reject_extension',
        'request_extension',
        'resolve',
        'return',
        'urge',
      ].sort(),
    );
    expect(actionsFrom('closed')).toEqual([]);
  });

  it('should refuse an unknown action with a clear message', () => {
    const result = applyAction(ticketIn('assigned'), 'delete', users.admin, T0, {}, org);
    expect(result).toMatchObject({ ok: false, code: 'unknown_action' });
    expect(isTicketAction('delete')).toBe(false);
    expect(isTicketAction('accept')).toBe(true);
  });
});
