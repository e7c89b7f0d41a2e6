import { describe, expect, it } from 'vitest';
import type { Org } from '../../../src/domain/org/org-types';
import { applyAction } from '../../../src/domain/tickets/apply-action';
import { resolveRoles } from '../../../src/domain/tickets/permissions';
import type {
  ActionInput,
  Actor,
  Ticket,
  TicketAction,
  TicketStatus,
} from '../../../src/domain/tickets/ticket-types';
import { act, open, org, T0, ticketIn, users } from './fixtures';

const INPUT: Partial<Record<TicketAction, ActionInput>> = {
  assign: { departmentId: 'zjj' },
  return: { reason: '不归我们管' },
  request_extension: { days: 2, reason: '核查' },
  reject_extension: { reason: '不同意' },
  resolve: { note: '已整改' },
  visit: { satisfaction: 5 },
  reopen: { reason: '不满意' },
  comment: { note: '补充' },
};

// Each action, a status it is legal from, and the ticket prepared for it.
const CASES: [TicketAction, TicketStatus][] = [
  ['assign', 'received'],
  ['accept', 'assigned'],
  ['return', 'in_progress'],
  ['request_extension', 'in_progress'],
  ['approve_extension', 'in_progress'],
  ['reject_extension', 'in_progress'],
  ['resolve', 'in_progress'],
  ['verify', 'resolved'],
  ['visit', 'verified'],
  ['reopen', 'resolved'],
  ['close', 'visited'],
  ['urge', 'in_progress'],
  ['escalate', 'in_progress'],
  ['comment', 'in_progress'],
];

function ticketFor(action: TicketAction, status: TicketStatus): Ticket {
  const t = ticketIn(status);
  return action.endsWith('_extension') && action !== 'request_extension'
    ? { ...t, pendingExtension: { days: 2, reason: '核查', requestedBy: 'ou_zjj', requestedAt: T0 } }
    : t;
}

// Who may do what on a department ticket (zjj assigned); everyone else must be refused.
const ALLOWED: Record<TicketAction, (keyof typeof users)[]> = {
  assign: ['supervisor', 'admin', 'system'],
  accept: ['zjj', 'supervisor', 'admin'],
  return: ['zjj', 'supervisor', 'admin'],
  request_extension: ['zjj', 'supervisor', 'admin'],
  approve_extension: ['supervisor', 'admin'],
  reject_extension: ['supervisor', 'admin'],
  resolve: ['zjj', 'supervisor', 'admin'],
  verify: ['reporter', 'webReporter', 'supervisor', 'admin'],
  visit: ['reporter', 'webReporter', 'supervisor', 'admin'],
  reopen: ['reporter', 'webReporter', 'supervisor', 'admin'],
  close: ['supervisor', 'admin', 'system'],
  urge: ['supervisor', 'admin', 'system'],
  escalate: ['supervisor', 'admin', 'system'],
  comment: ['zjj', 'reporter', 'webReporter', 'supervisor', 'admin'],
};

describe('permissions', () => {
  for (const [action, status] of CASES) {
    for (const who of Object.keys(users) as (keyof typeof users)[]) {
      const allowed = ALLOWED[action].includes(who === 'supervisor2' ? 'supervisor' : who);
      it(`should ${allowed ? 'allow' : 'refuse'} ${who} to ${action}`, () => {
        const before = ticketFor(action, status);
        const snapshot = structuredClone(before);
        const result = applyAction(before, action, users[who], T0, INPUT[action] ?? {}, org);
        if (allowed) {
          expect(result.ok, result.ok ? '' : result.message).toBe(true);
        } else {
          expect(result).toMatchObject({ ok: false, code: 'forbidden' });
          if (!result.ok) expect(result.message).toMatch(/^您无权对该工单执行「.+」，只有.+可以操作。$/);
        }
        expect(before).toEqual(snapshot);
      });
    }
  }

  it('should give handlers no role while the discipline office triages', () => {
    expect(resolveRoles(org, ticketIn('received'), users.zjj).roles).toEqual([]);
  });

  it('should take the handler role away from a department once the ticket moves elsewhere', () => {
    const returned = act(ticketIn('assigned'), 'return', users.zjj, { reason: '不归我们管' });
    const moved = act(returned, 'assign', users.supervisor, { departmentId: 'scjgj' });
    expect(applyAction(moved, 'accept', users.zjj, T0, {}, org)).toMatchObject({ code: 'forbidden' });
    expect(applyAction(moved, 'accept', users.scj, T0, {}, org).ok).toBe(true);
  });

  it('should make the discipline office the handler of a ticket it keeps', () => {
    const kept = act(ticketIn('received'), 'assign', users.supervisor, { departmentId: null });
    expect(resolveRoles(org, kept, users.supervisor2).roles).toEqual(['handler', 'supervisor']);
    expect(applyAction(kept, 'accept', users.zjj, T0, {}, org)).toMatchObject({ code: 'forbidden' });
  });

  it('should not treat a Lark user with the same id as the reporter of a web ticket', () => {
    const web = { ...ticketIn('resolved'), reporter: { id: 'ou_reporter', channel: 'web' as const } };
    expect(resolveRoles(org, web, users.reporter).roles).toEqual([]);
  });
});

describe('conflict of interest (回避)', () => {
  const accused = () => open('extortion', '住建局的人办施工许可时索要红包');

  it('should bar every handler of the accused department from every action, even commenting', () => {
    const t = accused();
    for (const [action, input] of [
      ['accept', {}],
      ['comment', { note: '解释一下' }],
      ['resolve', { note: '已处理' }],
    ] as [TicketAction, ActionInput][]) {
      expect(applyAction(t, action, users.zjj, T0, input, org)).toMatchObject({
        ok: false,
        code: 'conflict_of_interest',
      });
    }
  });

  it('should bar an accused handler even when the org file also makes them an admin', () => {
    const both: Org = { ...org, admins: [...org.admins, 'ou_zjj'] };
    const r = applyAction(accused(), 'close', users.zjj as Actor, T0, {}, both);
    expect(r).toMatchObject({ ok: false, code: 'conflict_of_interest' });
    expect(resolveRoles(both, accused(), users.zjj)).toEqual({ roles: [], conflict: true });
  });

  it('should still let the discipline office handle it', () => {
    expect(applyAction(accused(), 'accept', users.supervisor, T0, {}, org).ok).toBe(true);
  });
});
