// The ticket repository's contract, run on every driver (better-sqlite3 and Miniflare's D1): what the
// ticket use cases rely on, including the unique source key, the optimistic version check and the
// one-claim-per-key scheduler table.
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoredTicket, TicketStore } from '../../handlers/tickets/ticket-store';
import type { Database } from '../../src/db/database';
import { createTicketRepository } from '../../src/db/repositories/ticket-repository';
import { applyAction } from '../../src/domain/tickets/apply-action';
import { openTicket } from '../../src/domain/tickets/open-ticket';
import type { Ticket, TicketEvent } from '../../src/domain/tickets/ticket-types';
import { fixedRandom, org, T0, users } from '../domain/tickets/fixtures';

/** A fresh migrated database for one test, and how to get rid of it. */
export interface OpenedTicketDatabase {
  database: Database;
  close(): Promise<void> | void;
}

let seed = 1;

function draft(text: string, extra: { anonymous?: boolean; now?: number } = {}) {
  seed += 1;
  const opened = openTicket(
    org,
    {
      category: 'delay',
      description: text,
      anonymous: extra.anonymous ?? false,
      reporter: { id: 'ou_reporter', name: '王经理', contact: '13800000000', channel: 'lark' },
      enterprise: '示例建材有限公司',
      queryKeyHash: extra.anonymous ? 'ab'.repeat(32) : null,
    },
    extra.now ?? T0,
    fixedRandom(seed),
  );
  if (!opened.ok) throw new Error(opened.message);
  return opened;
}

function accept(stored: StoredTicket, now = T0 + 1000): { ticket: Ticket; events: TicketEvent[] } {
  const result = applyAction(stored.ticket, 'accept', users.zjj, now, {}, org);
  if (!result.ok) throw new Error(result.message);
  return { ticket: result.ticket, events: [result.event] };
}

/** Registers the ticket repository contract for one driver. */
export function ticketRepositoryContract(driver: string, open: () => Promise<OpenedTicketDatabase>) {
  describe(`ticket repository on ${driver}`, () => {
    let repo: TicketStore;

    beforeEach(async () => {
      const opened = await open();
      repo = createTicketRepository(opened.database);
      return async () => {
        await opened.close();
      };
    });

    it('should store a ticket with its first events and read both back unchanged', async () => {
      const opened = draft('住建局的施工许可拖了三个月', { anonymous: true });
      const created = await repo.create(opened.ticket, opened.events, 'ev_1');
      expect(created).toEqual({ ok: true, stored: { ticket: opened.ticket, version: 2 } });
      expect(await repo.find(opened.ticket.code)).toEqual({ ticket: opened.ticket, version: 2 });
      expect(await repo.findBySource('ev_1')).toEqual({ ticket: opened.ticket, version: 2 });
      expect(await repo.history(opened.ticket.code)).toEqual(opened.events);
      expect(await repo.find('QQ-20991231-0000')).toBeNull();
    });

    it('should keep one ticket per source key and report a taken code', async () => {
      const first = draft('住建局的施工许可拖了三个月');
      await repo.create(first.ticket, first.events, 'ev_same');
      const again = draft('住建局的施工许可拖了三个月');
      const duplicate = await repo.create(again.ticket, again.events, 'ev_same');
      expect(duplicate).toMatchObject({
        ok: false,
        reason: 'duplicate_source',
        existing: { ticket: { code: first.ticket.code } },
      });
      const clash = { ...again.ticket, code: first.ticket.code };
      const events = again.events.map((e) => ({ ...e, ticketCode: first.ticket.code }));
      expect(await repo.create(clash, events, 'ev_other')).toEqual({ ok: false, reason: 'code_taken' });
      expect(await repo.history(first.ticket.code)).toHaveLength(2);
      expect(await repo.count({})).toBe(1);
    });

    it('should append history in order and refuse a write based on a stale version', async () => {
      const opened = draft('住建局的施工许可拖了三个月');
      const created = await repo.create(opened.ticket, opened.events, 'ev_2');
      if (!created.ok) throw new Error('not created');
      const change = accept(created.stored);
      const saved = await repo.save(created.stored, change.ticket, change.events);
      expect(saved).toEqual({ ticket: change.ticket, version: 3 });
      // A second writer that read version 2 loses: nothing of its change is kept.
      const stale = accept(created.stored, T0 + 2000);
      expect(
        await repo.save(created.stored, { ...stale.ticket, description: 'changed' }, stale.events),
      ).toBeNull();
      expect((await repo.find(opened.ticket.code))!.ticket).toEqual(change.ticket);
      expect((await repo.history(opened.ticket.code)).map((e) => e.action)).toEqual([
        'open',
        'assign',
        'accept',
      ]);
    });

    it('should list newest first with filters, count, and list a reporter’s tickets', async () => {
      const a = draft('住建局的施工许可拖了三个月', { now: T0 });
      const b = draft('有个事情想反映一下', { now: T0 + 60_000 });
      const c = draft('住建局的竣工验收拖了很久', { now: T0 + 120_000 });
      await repo.create(a.ticket, a.events, 'ev_a');
      await repo.create(b.ticket, b.events, 'ev_b');
      await repo.create(c.ticket, c.events, 'ev_c');
      expect((await repo.list({})).map((t) => t.code)).toEqual([c.ticket.code, b.ticket.code, a.ticket.code]);
      expect((await repo.list({ status: 'assigned' })).map((t) => t.code)).toEqual([
        c.ticket.code,
        a.ticket.code,
      ]);
      expect((await repo.list({ departmentId: 'zjj', limit: 1 })).map((t) => t.code)).toEqual([
        c.ticket.code,
      ]);
      expect((await repo.list({ departmentId: 'zjj', limit: 1, offset: 1 })).map((t) => t.code)).toEqual([
        a.ticket.code,
      ]);
      expect(await repo.list({ category: 'policy' })).toEqual([]);
      expect(await repo.count({ status: 'assigned' })).toBe(2);
      expect(await repo.count({ from: T0 + 1, to: T0 + 120_000 })).toBe(1);
      expect((await repo.byReporter('ou_reporter', 2)).map((t) => t.code)).toEqual([
        c.ticket.code,
        b.ticket.code,
      ]);
      expect(await repo.byReporter('ou_nobody', 5)).toEqual([]);
    });

    it('should find the tickets on the clock up to a horizon', async () => {
      const assigned = draft('住建局的施工许可拖了三个月');
      await repo.create(assigned.ticket, assigned.events, 'ev_clock');
      const horizon = assigned.ticket.signDeadlineAt!;
      expect((await repo.onTheClock(horizon)).map((s) => s.ticket.code)).toEqual([assigned.ticket.code]);
      expect(await repo.onTheClock(horizon - 1)).toEqual([]);
    });

    it('should give a notification key to exactly one claimer', async () => {
      const claim = { key: 'QQ-1:r0:resolve:remind:0:123', ticketCode: 'QQ-1', kind: 'remind' };
      const results = await Promise.all([
        repo.claimNotice(claim, 1),
        repo.claimNotice(claim, 2),
        repo.claimNotice(claim, 3),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await repo.claimNotice(claim, 4)).toBe(false);
      expect(await repo.claimNotice({ ...claim, key: 'other' }, 5)).toBe(true);
      expect(await repo.claimedNotices(['QQ-1', 'QQ-2'])).toEqual(new Set([claim.key, 'other']));
      expect(await repo.claimedNotices([])).toEqual(new Set());
    });
  });
}
