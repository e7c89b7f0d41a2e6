import { describe, expect, it } from 'vitest';
import type { HandlerPorts } from '../../handlers/ports';
import { runTicketScheduler } from '../../handlers/tickets';
import { outbox } from '../../src/db/schema';
import type { TicketReply } from '../../src/domain/chat/reply';
import { createHandlerPorts } from '../../src/handler-ports';
import { createRuntime } from '../../src/runtime';
import { at, org } from '../domain/tickets/fixtures';
import { createTestClock } from '../support/clock';
import { buildTestApp, builtInEngine } from '../support/node-app';
import { act, file, openDesk, recipients } from './support';

const system = async (ports: HandlerPorts, code: string) =>
  (await ports.tickets.history(code))
    .filter((e) => e.actor === 'system' && e.action !== 'assign')
    .map((e) => `${e.action}${e.data.level ? `:${e.data.level}` : ''}`);

describe('the ticket scheduler', () => {
  it('should send each reminder, 催办 and escalation once, however often it runs or restarts', async () => {
    const { ports, database } = openDesk();
    const { code } = await file(
      ports,
      { description: '测试县住建局的施工许可拖了三个月', category: 'delay' },
      at('2026-11-16 10:00'),
    );
    expect((await ports.tickets.find(code))!.ticket).toMatchObject({
      departmentId: 'xian-zjj',
      signDeadlineAt: at('2026-11-17 18:00'),
      deadlineAt: at('2026-11-23 18:00'),
    });
    expect(await runTicketScheduler(ports, at('2026-11-17 17:00'))).toEqual([]);

    const signOverdue = await runTicketScheduler(ports, at('2026-11-17 19:00'));
    expect(signOverdue.map((o) => o.purpose)).toEqual(['ticket.overdue', 'ticket.overdue']);
    expect(recipients(signOverdue)).toEqual(['user:ou_xzjj', 'chat:oc_jw']);
    expect(await runTicketScheduler(ports, at('2026-11-17 19:00'))).toEqual([]);
    // A restart: new ports over the same database remember what was claimed.
    const restarted = createHandlerPorts({ database, engine: builtInEngine(), org });
    expect(await runTicketScheduler(restarted, at('2026-11-17 19:05'))).toEqual([]);

    await act(ports, 'ou_xzjj', code, 'accept', {}, at('2026-11-18 09:00'));
    expect(await runTicketScheduler(ports, at('2026-11-23 13:59'))).toEqual([]);
    const remind = await runTicketScheduler(ports, at('2026-11-23 14:00'));
    expect(remind.map((o) => o.reply.type === 'ticket' && o.reply.title)).toEqual([
      '即将到期：请在 2026-11-23（周一）18:00 前办结',
    ]);
    expect(recipients(remind)).toEqual(['user:ou_xzjj']);
    expect(await runTicketScheduler(ports, at('2026-11-23 15:00'))).toEqual([]);

    const overdue = await runTicketScheduler(ports, at('2026-11-24 09:30'));
    expect(overdue.map((o) => o.purpose)).toEqual(['ticket.overdue', 'ticket.overdue']);
    // Two working days after the deadline: one level up (the city bureau), then the discipline office.
    const level1 = await runTicketScheduler(ports, at('2026-11-25 18:00'));
    expect(recipients(level1)).toEqual(['user:ou_zjj', 'chat:oc_zjj', 'chat:oc_jw']);
    // The level above only watches (no buttons); the supervision copy can 催办.
    const buttons = Object.fromEntries(
      level1.map((o) => [o.to.id, (o.reply as TicketReply).buttons.map((b) => b.label)]),
    );
    expect(buttons).toEqual({ ou_zjj: [], oc_zjj: [], oc_jw: ['催办'] });
    const level2 = await runTicketScheduler(ports, at('2026-11-27 18:00'));
    expect(recipients(level2)).toEqual(['user:ou_jw_1', 'user:ou_jw_2', 'chat:oc_jw']);
    expect(await runTicketScheduler(ports, at('2026-11-30 18:00'))).toEqual([]);

    expect(await system(ports, code)).toEqual(['urge', 'urge', 'escalate:1', 'escalate:2']);
    expect((await ports.tickets.find(code))!.ticket.escalationLevel).toBe(2);
  });

  it('should never notify the accused department, even when escalating', async () => {
    const { ports } = openDesk();
    const { code } = await file(
      ports,
      { description: '测试县住建局的人索要好处费', category: 'extortion' },
      at('2026-11-16 10:00'),
    );
    const all = [
      ...(await runTicketScheduler(ports, at('2026-11-24 10:00'))),
      ...(await runTicketScheduler(ports, at('2026-12-10 10:00'))),
    ];
    expect(all.length).toBeGreaterThan(0);
    expect(recipients(all).filter((r) => /xzjj/.test(r))).toEqual([]);
    expect((await ports.tickets.find(code))!.ticket.accusedDepartmentId).toBe('xian-zjj');
  });

  it('should be run by runtime.tick, its messages enqueued once across ticks and a restarted runtime', async () => {
    const clock = createTestClock(at('2026-11-16 10:00'));
    const t = buildTestApp({ now: clock.now, org });
    try {
      await file(
        t.runtime.ports,
        { description: '住建局的施工许可拖了三个月', category: 'delay' },
        clock.now(),
      );
      clock.set(at('2026-11-17 19:00'));
      await t.runtime.tick();
      clock.advance(61_000);
      await t.runtime.tick();
      const again = createRuntime({
        config: t.config,
        database: t.database,
        lark: null,
        now: clock.now,
        ports: t.runtime.ports,
      });
      await again.tick();
      const rows = (await t.database.db.select().from(outbox)).filter((r) => r.purpose === 'ticket.overdue');
      expect(rows.map((r) => r.receiveId)).toEqual(['ou_zjj', 'oc_zjj', 'oc_jw']);
      expect(rows.every((r) => r.status === 'local' && r.ticketCode !== null)).toBe(true);
    } finally {
      await t.close();
    }
  });
});
