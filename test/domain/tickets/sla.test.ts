import { describe, expect, it } from 'vitest';
import {
  type DueNotification,
  dueNotifications,
  escalationChain,
  recipientsOf,
} from '../../../src/domain/tickets/sla';
import type { Ticket } from '../../../src/domain/tickets/ticket-types';
import { act, at, open, org, ticketIn, users } from './fixtures';

const kinds = (list: DueNotification[]) => list.map((n) => `${n.clock}:${n.kind}:${n.level}`);

describe('dueNotifications', () => {
  // Opened Monday 2026-11-16 10:00: 签收 by Tue 11-17 18:00, 办结 by Mon 11-23 18:00.
  const assigned = () => ticketIn('assigned');
  const inProgress = () => ticketIn('in_progress');

  it('should have nothing due right after assignment', () => {
    expect(dueNotifications(assigned(), at('2026-11-16 10:01'), org)).toEqual([]);
  });

  it('should flag a missed 签收 deadline only while the ticket is unsigned', () => {
    expect(kinds(dueNotifications(assigned(), at('2026-11-17 18:00'), org))).toEqual(['sign:overdue:0']);
    expect(dueNotifications(inProgress(), at('2026-11-17 18:00'), org)).toEqual([]);
  });

  it('should remind four office hours before the deadline', () => {
    expect(dueNotifications(inProgress(), at('2026-11-23 13:59'), org)).toEqual([]);
    const [remind] = dueNotifications(inProgress(), at('2026-11-23 14:00'), org);
    expect(remind).toMatchObject({
      kind: 'remind',
      clock: 'resolve',
      level: 0,
      target: { unit: 'department', departmentId: 'zjj' },
      dueAt: at('2026-11-23 14:00'),
      deadlineAt: at('2026-11-23 18:00'),
    });
  });

  it('should count the reminder in office hours across a weekend', () => {
    // Deadline Monday 11-23 18:00, reminder 12 office hours before: 9 h on Monday + 3 h on Friday.
    const t: Ticket = inProgress();
    const early = { ...org, deadlines: { ...org.deadlines, remindBeforeWorkingHours: 12 } };
    const list = dueNotifications(t, at('2026-11-23 14:00'), early);
    expect(list[0]?.dueAt).toBe(at('2026-11-20 15:00'));
  });

  it('should replace the reminder with 催办 once the deadline passes', () => {
    expect(kinds(dueNotifications(inProgress(), at('2026-11-23 18:00'), org))).toEqual(['resolve:overdue:0']);
  });

  it('should escalate a city bureau to the discipline office after two further working days', () => {
    expect(kinds(dueNotifications(inProgress(), at('2026-11-25 17:59'), org))).toEqual(['resolve:overdue:0']);
    const list = dueNotifications(inProgress(), at('2026-11-25 18:00'), org);
    expect(kinds(list)).toEqual(['resolve:overdue:0', 'resolve:escalate:1']);
    expect(list[1]?.target).toEqual({ unit: 'discipline' });
  });

  it('should escalate a town ticket town → county → city → discipline office, one level per breach', () => {
    let t = open('delay', '青石镇的事情拖着不办');
    expect(t.departmentId).toBe('qingshi');
    t = act(t, 'accept', users.admin);
    expect(escalationChain(org, t)).toEqual([
      { unit: 'department', departmentId: 'xian' },
      { unit: 'department', departmentId: 'szf' },
      { unit: 'discipline' },
    ]);
    // deadline Mon 11-23; +2 → Wed 11-25, +4 → Fri 11-27, +6 → Tue 12-01
    expect(kinds(dueNotifications(t, at('2026-11-27 18:00'), org))).toEqual([
      'resolve:overdue:0',
      'resolve:escalate:1',
      'resolve:escalate:2',
    ]);
    expect(dueNotifications(t, at('2026-12-01 18:00'), org).map((n) => n.target)).toContainEqual({
      unit: 'discipline',
    });
  });

  it('should escalate a ticket the discipline office keeps to the admins', () => {
    const t = act(open('extortion', '有人索要红包'), 'accept', users.supervisor);
    expect(escalationChain(org, t)).toEqual([{ unit: 'admins' }]);
    const last = dueNotifications(t, at('2026-11-25 18:00'), org).at(-1);
    expect(last).toMatchObject({ kind: 'escalate', level: 1, target: { unit: 'admins' } });
  });

  it('should chase the discipline office on an untriaged ticket and then the admins', () => {
    const t = ticketIn('received'); // triage deadline Tue 11-17 18:00
    expect(dueNotifications(t, at('2026-11-17 17:00'), org)).toEqual([]);
    const list = dueNotifications(t, at('2026-11-19 18:00'), org);
    expect(list.map((n) => [n.kind, n.target])).toEqual([
      ['overdue', { unit: 'discipline' }],
      ['escalate', { unit: 'admins' }],
    ]);
  });

  it('should stay silent once a ticket is resolved, verified, visited or closed', () => {
    for (const status of ['resolved', 'verified', 'visited', 'closed'] as const) {
      expect(dueNotifications(ticketIn(status), at('2027-06-01 10:00'), org)).toEqual([]);
    }
  });

  it('should skip the accused department when escalating', () => {
    let t = open('extortion', '测试县政府的人吃拿卡要');
    expect(t.accusedDepartmentId).toBe('xian');
    t = act(t, 'return', users.supervisor, { reason: '转属地乡镇整改' });
    t = act(t, 'assign', users.supervisor, { departmentId: 'qingshi' });
    expect(escalationChain(org, t)).toEqual([
      { unit: 'department', departmentId: 'szf' },
      { unit: 'discipline' },
    ]);
    expect(recipientsOf(org, { unit: 'department', departmentId: 'xian' }, t).userIds).toEqual([]);
  });

  it('should name recipients: handlers and group of a unit, the office, the admins', () => {
    const t = inProgress();
    expect(recipientsOf(org, { unit: 'department', departmentId: 'qingshi' }, t)).toEqual({
      userIds: ['ou_qs'],
      chatIds: ['oc_qs'],
    });
    expect(recipientsOf(org, { unit: 'discipline' }, t)).toEqual({
      userIds: ['ou_jw_1', 'ou_jw_2'],
      chatIds: ['oc_jw'],
    });
    expect(recipientsOf(org, { unit: 'admins' }, t)).toEqual({ userIds: ['ou_admin'], chatIds: [] });
  });
});

describe('idempotency keys', () => {
  it('should give the same keys on every run, so a scheduler that runs twice sends each once', () => {
    const t = ticketIn('in_progress');
    const sent = new Set<string>();
    const sends: string[] = [];
    for (const now of [
      '2026-11-23 14:00',
      '2026-11-23 14:05',
      '2026-11-23 18:00',
      '2026-11-23 18:00',
      '2026-11-25 18:00',
      '2026-11-26 09:00',
    ]) {
      for (const n of dueNotifications(t, at(now), org)) {
        if (!sent.has(n.idempotencyKey)) {
          sent.add(n.idempotencyKey);
          sends.push(`${n.kind}:${n.level}`);
        }
      }
    }
    expect(sends).toEqual(['remind:0', 'overdue:0', 'escalate:1']);
    expect([...sent][0]).toBe(`${t.code}:r0:resolve:remind:0:${at('2026-11-23 18:00')}`);
  });

  it('should change the keys when an extension moves the deadline', () => {
    const t = ticketIn('in_progress');
    const before = dueNotifications(t, at('2026-11-23 14:00'), org)[0]!.idempotencyKey;
    let extended = act(t, 'request_extension', users.zjj, { days: 2, reason: '核查' });
    extended = act(extended, 'approve_extension', users.supervisor);
    const after = dueNotifications(extended, at('2026-11-25 14:00'), org)[0]!;
    expect(after.kind).toBe('remind');
    expect(after.idempotencyKey).not.toBe(before);
  });

  it('should change the keys in a reopened round even when the deadline coincides', () => {
    const first = ticketIn('in_progress');
    const resolved = act(first, 'resolve', users.zjj, { note: '已办' });
    const reopened = act(resolved, 'reopen', users.reporter, { reason: '没办好' }); // same T0 → same deadline
    expect(reopened.deadlineAt).toBe(first.deadlineAt);
    const a = dueNotifications(first, at('2026-11-23 18:00'), org).map((n) => n.idempotencyKey);
    const b = dueNotifications(reopened, at('2026-11-23 18:00'), org).map((n) => n.idempotencyKey);
    expect(b.some((k) => a.includes(k))).toBe(false);
  });
});
