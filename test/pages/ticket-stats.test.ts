import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WEEK_MS, weekStart } from '../../src/db/repositories/stats-series';
import { createTicketRepository } from '../../src/db/repositories/ticket-repository';
import { createTicketStatsRepository } from '../../src/db/repositories/ticket-stats-repository';
import { applyAction } from '../../src/domain/tickets/apply-action';
import { openTicket } from '../../src/domain/tickets/open-ticket';
import type { Actor, Ticket, TicketAction, TicketEvent } from '../../src/domain/tickets/ticket-types';
import { at, fixedRandom, org, users } from '../domain/tickets/fixtures';
import { openTestDatabase } from '../support/test-database';

const HOUR = 3600_000;

describe('dashboard ticket figures', () => {
  let database: ReturnType<typeof openTestDatabase>;
  beforeEach(() => {
    database = openTestDatabase();
  });
  afterEach(() => database.close());

  /** Opens a ticket at `now` and walks it through actions, storing every step like the handlers do. */
  async function file(
    text: string,
    category: Ticket['category'],
    now: number,
    steps: [TicketAction, Actor, number, Record<string, unknown>?][],
    seed: number,
  ) {
    const store = createTicketRepository(database);
    const opened = openTicket(
      org,
      { category, description: text, anonymous: true, reporter: { id: null, channel: 'web' } },
      now,
      fixedRandom(seed),
    );
    if (!opened.ok) throw new Error(opened.message);
    const created = await store.create(opened.ticket, opened.events, `src-${seed}`);
    if (!created.ok) throw new Error(created.reason);
    let stored = created.stored;
    for (const [action, actor, when, input] of steps) {
      const result = applyAction(stored.ticket, action, actor, when, input ?? {}, org);
      if (!result.ok) throw new Error(`${action}: ${result.message}`);
      const saved = await store.save(stored, result.ticket, [result.event as TicketEvent]);
      if (!saved) throw new Error('lost a race');
      stored = saved;
    }
    return stored.ticket;
  }

  it('should count by status, category and unit, with 签收/办结 times, overdue rate and satisfaction', async () => {
    const t0 = at('2026-11-16 10:00');
    const done = await file(
      '住建局的施工许可拖了三个月还没批',
      'delay',
      t0,
      [
        ['accept', users.zjj, t0 + 2 * HOUR],
        ['resolve', users.zjj, t0 + 26 * HOUR, { note: '已办结' }],
        ['verify', users.supervisor, t0 + 27 * HOUR],
        ['visit', users.supervisor, t0 + 28 * HOUR, { satisfaction: 5 }],
      ],
      1,
    );
    const late = await file(
      '办营业执照被推来推去没人管',
      'shirking',
      t0,
      [['accept', users.scj, t0 + 4 * HOUR]],
      2,
    );
    const fresh = await file('窗口人员暗示要好处费', 'extortion', t0 + 3 * 24 * HOUR, [], 3);
    expect(done.departmentId).toBe('zjj');
    expect(late.departmentId).toBe('scjgj');

    const stats = createTicketStatsRepository(database.db);
    const range = { from: at('2026-11-01 00:00'), to: at('2026-12-01 00:00') };
    const now = late.deadlineAt! + HOUR; // the shirking ticket is past its deadline, still in progress
    expect(fresh.deadlineAt!).toBeGreaterThan(now);
    const figures = await stats.ticketFigures({ range }, now);

    expect(figures.total).toBe(3);
    expect(figures.byCategory.map((c) => c.key).sort()).toEqual(['delay', 'extortion', 'shirking']);
    expect(Object.fromEntries(figures.byStatus.map((s) => [s.key, s.count]))).toMatchObject({
      visited: 1,
      in_progress: 1,
    });
    expect(Object.fromEntries(figures.byDepartment.map((d) => [d.key, d.count]))).toMatchObject({
      zjj: 1,
      scjgj: 1,
      discipline: 1,
    });
    expect(figures.overdue).toBe(1);
    expect(figures.withDeadline).toBeGreaterThanOrEqual(2);
    expect(figures.meanToAccept).toBe(3 * HOUR);
    expect(figures.meanToResolve).toBe(26 * HOUR);
    expect(figures).toMatchObject({ rated: 1, meanScore: 5, satisfied: 1 });
    const week = weekStart(t0);
    expect(figures.filedPerWeek.find((p) => p.week === week)?.count).toBe(3);
    expect(figures.resolvedPerWeek.find((p) => p.week === week)?.count).toBe(1);
    expect(figures.filedPerWeek.every((p, i, all) => i === 0 || p.week - all[i - 1]!.week === WEEK_MS)).toBe(
      true,
    );

    const onlyZjj = await stats.ticketFigures({ range, department: 'zjj' }, now);
    expect(onlyZjj.total).toBe(1);
    const onlyDiscipline = await stats.recentTickets({ range, department: 'discipline' }, now, 10);
    expect(onlyDiscipline.map((r) => r.category)).toEqual(['extortion']);
    const none = await stats.ticketFigures({ range: { from: 0, to: 1 } }, now);
    expect(none).toMatchObject({ total: 0, overdue: 0, meanToAccept: null, meanScore: null });
  });

  it('should start weeks on Monday, China time', () => {
    expect(weekStart(at('2026-11-22 23:59'))).toBe(at('2026-11-16 00:00'));
    expect(weekStart(at('2026-11-23 00:00'))).toBe(at('2026-11-23 00:00'));
  });
});
