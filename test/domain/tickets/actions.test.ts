import { describe, expect, it } from 'vitest';
import { applyAction } from '../../../src/domain/tickets/apply-action';
import type { ActionInput, Actor, Ticket, TicketAction } from '../../../src/domain/tickets/ticket-types';
import { act, at, open, org, T0, ticketIn, users } from './fixtures';

function attempt(t: Ticket, action: TicketAction, actor: Actor, input: ActionInput = {}, now = T0) {
  return applyAction(t, action, actor, now, input, org);
}

describe('交办 assign', () => {
  it('should auto-assign a matched 慢作为 complaint with deadlines counted in working days', () => {
    const t = open('delay', '住建局的施工许可拖了三个月');
    expect(t).toMatchObject({
      status: 'assigned',
      handlerUnit: 'department',
      departmentId: 'zjj',
      assignedAt: T0,
    });
    expect(t.signDeadlineAt).toBe(at('2026-11-17 18:00'));
    expect(t.deadlineAt).toBe(at('2026-11-23 18:00'));
  });

  it('should let a supervisor assign a triaged ticket to a department', () => {
    const t = act(ticketIn('received'), 'assign', users.supervisor, {
      departmentId: 'scjgj',
      note: '请市场监管局办理',
    });
    expect(t).toMatchObject({ status: 'assigned', handlerUnit: 'department', departmentId: 'scjgj' });
    expect(t.deadlineAt).toBe(at('2026-11-30 18:00')); // other: 10 working days
  });

  it('should let the discipline office keep a ticket itself when assigned to null', () => {
    const t = act(ticketIn('received'), 'assign', users.supervisor, { departmentId: null });
    expect(t).toMatchObject({ status: 'assigned', handlerUnit: 'discipline', departmentId: null });
  });

  it('should refuse an assignment without a target', () => {
    expect(attempt(ticketIn('received'), 'assign', users.supervisor)).toMatchObject({
      ok: false,
      code: 'invalid_input',
    });
  });

  it('should refuse an unknown department', () => {
    const r = attempt(ticketIn('received'), 'assign', users.supervisor, { departmentId: 'nope' });
    expect(r).toMatchObject({ ok: false, code: 'unknown_department' });
  });

  it('should refuse to assign a 吃拿卡要 complaint to the department it accuses', () => {
    const t = act(open('extortion', '住建局办事员暗示要红包'), 'return', users.supervisor, {
      reason: '重新分办',
    });
    expect(t.accusedDepartmentId).toBe('zjj');
    const r = attempt(t, 'assign', users.supervisor, { departmentId: 'zjj' });
    expect(r).toMatchObject({ ok: false, code: 'conflict_of_interest' });
    expect(attempt(t, 'assign', users.supervisor, { departmentId: 'scjgj' }).ok).toBe(true);
  });
});

describe('签收 accept and 退回 return', () => {
  it('should move an assigned ticket to 整改中 when its handler signs for it', () => {
    const r = attempt(ticketIn('assigned'), 'accept', users.zjj);
    expect(r).toMatchObject({
      ok: true,
      ticket: { status: 'in_progress' },
      event: { actor: 'ou_zjj', actorRole: 'handler' },
    });
  });

  it('should send a returned ticket back to the discipline office for re-assignment', () => {
    const r = attempt(
      ticketIn('in_progress'),
      'return',
      users.zjj,
      { reason: '施工许可已划转行政审批局' },
      at('2026-11-17 09:00'),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.ticket).toMatchObject({
      status: 'received',
      handlerUnit: 'discipline',
      departmentId: null,
      deadlineAt: null,
    });
    expect(r.ticket.signDeadlineAt).toBe(at('2026-11-18 18:00'));
    expect(r.event).toMatchObject({ note: '施工许可已划转行政审批局', data: { returnedBy: 'zjj' } });
  });

  it('should refuse a return without a reason', () => {
    for (const reason of [undefined, '', '   ']) {
      expect(attempt(ticketIn('assigned'), 'return', users.zjj, { reason })).toMatchObject({
        ok: false,
        code: 'invalid_input',
        message: '请填写退回理由。',
      });
    }
  });
});

describe('延期 extensions', () => {
  const inProgress = () => ticketIn('in_progress');

  it('should record a request and let a supervisor approve it, moving the deadline by working days', () => {
    const requested = act(inProgress(), 'request_extension', users.zjj, { days: 3, reason: '需要现场核查' });
    expect(requested.pendingExtension).toMatchObject({ days: 3, requestedBy: 'ou_zjj' });
    expect(requested.deadlineAt).toBe(at('2026-11-23 18:00'));
    const approved = attempt(requested, 'approve_extension', users.supervisor);
    expect(approved).toMatchObject({ ok: true, ticket: { extensionDays: 3, pendingExtension: null } });
    if (approved.ok) expect(approved.ticket.deadlineAt).toBe(at('2026-11-26 18:00'));
  });

  it('should let a supervisor reject a request with a reason and keep the deadline', () => {
    const requested = act(inProgress(), 'request_extension', users.zjj, { days: 3, reason: '需要现场核查' });
    expect(attempt(requested, 'reject_extension', users.supervisor)).toMatchObject({
      ok: false,
      code: 'invalid_input',
    });
    const r = attempt(requested, 'reject_extension', users.supervisor, { reason: '材料齐全，无需延期' });
    expect(r).toMatchObject({
      ok: true,
      ticket: { pendingExtension: null, extensionDays: 0, deadlineAt: requested.deadlineAt },
    });
  });

  it('should refuse bad day counts and a missing reason', () => {
    for (const days of [undefined, 0, -1, 1.5]) {
      expect(attempt(inProgress(), 'request_extension', users.zjj, { days, reason: 'x' })).toMatchObject({
        code: 'invalid_input',
      });
    }
    expect(attempt(inProgress(), 'request_extension', users.zjj, { days: 2 })).toMatchObject({
      code: 'invalid_input',
    });
  });

  it('should refuse extensions beyond the configured maximum in one round', () => {
    expect(attempt(inProgress(), 'request_extension', users.zjj, { days: 11, reason: 'x' })).toMatchObject({
      code: 'extension_too_long',
    });
    let t = act(inProgress(), 'request_extension', users.zjj, { days: 8, reason: '复杂' });
    t = act(t, 'approve_extension', users.supervisor);
    expect(attempt(t, 'request_extension', users.zjj, { days: 3, reason: '还要' })).toMatchObject({
      code: 'extension_too_long',
    });
  });

  it('should refuse a second request while one is pending', () => {
    const t = act(inProgress(), 'request_extension', users.zjj, { days: 2, reason: 'x' });
    expect(attempt(t, 'request_extension', users.zjj, { days: 2, reason: 'y' })).toMatchObject({
      code: 'extension_pending',
    });
  });

  it('should refuse a request after the deadline has passed', () => {
    const r = attempt(
      inProgress(),
      'request_extension',
      users.zjj,
      { days: 2, reason: 'x' },
      at('2026-11-23 18:00'),
    );
    expect(r).toMatchObject({ ok: false, code: 'deadline_passed' });
  });

  it('should refuse approval or rejection when nothing is pending', () => {
    expect(attempt(inProgress(), 'approve_extension', users.supervisor)).toMatchObject({
      code: 'no_pending_extension',
    });
    expect(attempt(inProgress(), 'reject_extension', users.supervisor, { reason: 'x' })).toMatchObject({
      code: 'no_pending_extension',
    });
  });

  it('should refuse a supervisor approving their own request, but let another supervisor approve it', () => {
    let t = act(ticketIn('received'), 'assign', users.supervisor, { departmentId: null });
    t = act(t, 'accept', users.supervisor);
    t = act(t, 'request_extension', users.supervisor, { days: 2, reason: '需调取录像' });
    expect(attempt(t, 'approve_extension', users.supervisor)).toMatchObject({
      ok: false,
      code: 'self_approval',
    });
    expect(attempt(t, 'approve_extension', users.supervisor2).ok).toBe(true);
  });
});

describe('办结 resolve, 销号 verify, 回访 visit, 归档 close', () => {
  it('should require a rectification note to resolve', () => {
    expect(attempt(ticketIn('in_progress'), 'resolve', users.zjj, { note: ' ' })).toMatchObject({
      code: 'invalid_input',
    });
    expect(attempt(ticketIn('in_progress'), 'resolve', users.zjj, { note: '长'.repeat(2001) })).toMatchObject(
      {
        code: 'invalid_input',
      },
    );
    const r = attempt(ticketIn('in_progress'), 'resolve', users.zjj, { note: ' 已发放施工许可证 ' });
    expect(r).toMatchObject({
      ok: true,
      ticket: { status: 'resolved', resolution: '已发放施工许可证', resolvedAt: T0 },
    });
  });

  it('should record the reporter confirming 销号 as "reporter", never by open_id', () => {
    const r = attempt(ticketIn('resolved'), 'verify', users.reporter, { note: '确认已解决' });
    expect(r).toMatchObject({
      ok: true,
      ticket: { status: 'verified' },
      event: { actor: 'reporter', actorRole: 'reporter' },
    });
  });

  it('should accept a 1–5 rating and require a reason at 3 or below', () => {
    for (const satisfaction of [undefined, 0, 6, 3.5]) {
      expect(attempt(ticketIn('verified'), 'visit', users.reporter, { satisfaction })).toMatchObject({
        code: 'invalid_input',
      });
    }
    expect(attempt(ticketIn('verified'), 'visit', users.reporter, { satisfaction: 3 })).toMatchObject({
      code: 'invalid_input',
      message: '请填写不满意的原因。',
    });
    expect(
      attempt(ticketIn('verified'), 'visit', users.reporter, { satisfaction: 2, reason: '态度敷衍' }),
    ).toMatchObject({
      ok: true,
      ticket: { satisfaction: { score: 2, reason: '态度敷衍' } },
    });
    expect(attempt(ticketIn('verified'), 'visit', users.reporter, { satisfaction: 5 })).toMatchObject({
      ok: true,
      ticket: { status: 'visited', satisfaction: { score: 5, reason: null } },
    });
  });

  it('should close a visited ticket with a timestamp', () => {
    expect(attempt(ticketIn('visited'), 'close', users.system, {}, T0 + 5)).toMatchObject({
      ok: true,
      ticket: { status: 'closed', closedAt: T0 + 5 },
      event: { actor: 'system', actorRole: 'system' },
    });
  });
});

describe('重办 reopen', () => {
  it('should give the same unit a new round: assigned, reopenCount + 1, new deadline, rating cleared', () => {
    const visited = act(ticketIn('verified'), 'visit', users.reporter, { satisfaction: 1, reason: '没解决' });
    const r = attempt(
      visited,
      'reopen',
      users.reporter,
      { reason: '许可证仍未发放' },
      at('2026-11-20 16:00'),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.ticket).toMatchObject({
      status: 'assigned',
      departmentId: 'zjj',
      reopenCount: 1,
      satisfaction: null,
      resolution: null,
      extensionDays: 0,
      assignedAt: at('2026-11-20 16:00'),
    });
    expect(r.ticket.deadlineAt).toBe(at('2026-11-27 18:00'));
    expect(r.event).toMatchObject({ fromStatus: 'visited', toStatus: 'assigned', data: { reopenCount: 1 } });
  });

  it('should require a reason', () => {
    expect(attempt(ticketIn('resolved'), 'reopen', users.reporter)).toMatchObject({ code: 'invalid_input' });
  });

  it('should send the ticket to triage when its department has left the org file', () => {
    const orphan = { ...ticketIn('resolved'), departmentId: 'gone' };
    const r = applyAction(orphan, 'reopen', users.supervisor, T0, { reason: '重办' }, org);
    expect(r).toMatchObject({
      ok: true,
      ticket: { status: 'received', handlerUnit: 'discipline', departmentId: null },
    });
  });
});

describe('催办 urge, 升级 escalate, 补充 comment', () => {
  it('should record 催办 without changing the status', () => {
    const r = attempt(ticketIn('in_progress'), 'urge', users.system, { note: '已超期，请尽快办理' });
    expect(r).toMatchObject({
      ok: true,
      ticket: { status: 'in_progress' },
      event: { action: 'urge', note: '已超期，请尽快办理' },
    });
  });

  it('should raise the escalation level and refuse going back down or repeating', () => {
    const once = act(ticketIn('in_progress'), 'escalate', users.system);
    expect(once.escalationLevel).toBe(1);
    const twice = act(once, 'escalate', users.system, { level: 3 });
    expect(twice.escalationLevel).toBe(3);
    expect(attempt(twice, 'escalate', users.system, { level: 2 })).toMatchObject({
      code: 'already_escalated',
    });
    expect(attempt(once, 'escalate', users.system, { level: 0 })).toMatchObject({ code: 'invalid_input' });
  });

  it('should let the web reporter add information, and require text', () => {
    expect(
      attempt(ticketIn('in_progress'), 'comment', users.webReporter, { note: '补充：已提交全部材料' }),
    ).toMatchObject({
      ok: true,
      event: { actor: 'reporter', note: '补充：已提交全部材料' },
    });
    expect(attempt(ticketIn('in_progress'), 'comment', users.webReporter, {})).toMatchObject({
      code: 'invalid_input',
    });
  });
});
