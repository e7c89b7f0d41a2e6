import { describe, expect, it } from 'vitest';
import type { Category } from '../../../src/domain/tickets/category';
import { type ComplaintDraft, openTicket } from '../../../src/domain/tickets/open-ticket';
import { at, fixedRandom, org, T0 } from './fixtures';

const draft = (over: Partial<ComplaintDraft> = {}): ComplaintDraft => ({
  category: 'delay',
  description: '住建局的施工许可拖了三个月',
  anonymous: true,
  reporter: { id: null, channel: 'web' },
  queryKeyHash: 'f'.repeat(64),
  ...over,
});

describe('openTicket', () => {
  it('should create a 受理 event and a system 交办 event for a routable complaint', () => {
    const r = openTicket(org, draft(), T0, fixedRandom());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.ticket.code).toMatch(/^QQ-20261116-\d{4}$/);
    expect(r.ticket).toMatchObject({
      status: 'assigned',
      reopenCount: 0,
      extensionDays: 0,
      queryKeyHash: 'f'.repeat(64),
    });
    expect(r.events.map((e) => [e.action, e.actor, e.fromStatus, e.toStatus])).toEqual([
      ['open', 'reporter', null, 'received'],
      ['assign', 'system', 'received', 'assigned'],
    ]);
    expect(r.events.every((e) => e.ticketCode === r.ticket.code)).toBe(true);
  });

  it('should leave an unroutable complaint received with a triage deadline', () => {
    const r = openTicket(
      org,
      draft({ category: 'other', description: '想反映个情况' }),
      at('2026-09-30 19:00'),
      fixedRandom(),
    );
    expect(r).toMatchObject({
      ok: true,
      ticket: { status: 'received', handlerUnit: 'discipline', deadlineAt: null },
    });
    // after 18:00 on 09-30 → receipt day 10-08 (国庆), one working day → 10-09 18:00
    if (r.ok) expect(r.ticket.signDeadlineAt).toBe(at('2026-10-09 18:00'));
    if (r.ok) expect(r.events).toHaveLength(1);
  });

  it('should refuse an empty or oversized description and an unknown category', () => {
    expect(openTicket(org, draft({ description: '  ' }), T0, fixedRandom())).toMatchObject({
      ok: false,
      code: 'invalid_input',
    });
    expect(openTicket(org, draft({ description: '字'.repeat(5001) }), T0, fixedRandom())).toMatchObject({
      ok: false,
      code: 'invalid_input',
    });
    expect(openTicket(org, draft({ category: 'bribery' as Category }), T0, fixedRandom())).toMatchObject({
      ok: false,
      code: 'invalid_input',
    });
  });

  it('should trim the description and the enterprise name', () => {
    const r = openTicket(org, draft({ description: '  住建局拖着  ', enterprise: '  ' }), T0, fixedRandom());
    expect(r).toMatchObject({ ok: true, ticket: { description: '住建局拖着', enterprise: null } });
  });
});
