import { describe, expect, it } from 'vitest';
import { fileComplaint } from '../../handlers/tickets';
import type { TicketReply } from '../../src/domain/chat/reply';
import { verifyQueryKey } from '../../src/domain/tickets/query-key';
import { at, T0 } from '../domain/tickets/fixtures';
import { buttonLabels, file, openDesk, recipients, text } from './support';

const facts = (reply: unknown) =>
  Object.fromEntries((reply as TicketReply).facts.map((f) => [f.label, f.value]));

describe('fileComplaint', () => {
  it('should open, route and store a ticket at once, with a receipt naming code, category, unit and deadline', async () => {
    const { ports } = openDesk();
    const filed = await file(ports, { description: '住建局的施工许可拖了三个月还没办', category: 'delay' });
    expect(filed.code).toMatch(/^QQ-20261116-\d{4}$/);
    expect(filed.queryKey).toBeNull();
    expect(filed.receipt).toMatchObject({ type: 'ticket', title: `已受理：${filed.code}` });
    expect(facts(filed.receipt)).toMatchObject({
      工单编号: filed.code,
      类别: '慢作为',
      承办单位: '测试市住房和城乡建设局',
      期限: '签收 2026-11-17（周二）18:00；办结 2026-11-23（周一）18:00',
    });
    expect(recipients(filed.also)).toEqual(['user:ou_zjj', 'chat:oc_zjj', 'chat:oc_jw']);
    expect(buttonLabels(filed.also[0]!.reply)).toEqual(['签收', '退回', '向反映人提问']);
    const stored = await ports.tickets.find(filed.code);
    expect(stored!.ticket).toMatchObject({ status: 'assigned', departmentId: 'zjj', category: 'delay' });
    expect((await ports.tickets.history(filed.code)).map((e) => [e.action, e.actor])).toEqual([
      ['open', 'reporter'],
      ['assign', 'system'],
    ]);
  });

  it('should classify the text in the SPEC taxonomy when the channel gives no category', async () => {
    const { ports } = openDesk();
    const filed = await file(ports, { description: '我们公司的补贴一直不到账，工信局说再等等' });
    expect(filed.view.category).toBe('policy');
    expect(filed.view.handledBy).toBe('测试市工业和信息化局');
  });

  it('should make one ticket per source event, however often the intake runs', async () => {
    const { ports } = openDesk();
    const input = { description: '住建局的施工许可拖了三个月', sourceKey: 'ev_once', anonymous: true };
    const first = await file(ports, input);
    const again = await file(ports, input);
    const concurrent = await Promise.all([file(ports, input), file(ports, input)]);
    expect(first.duplicate).toBe(false);
    expect(first.queryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    for (const repeat of [again, ...concurrent]) {
      // A re-run (say, after a crash before the receipt was sent) re-issues the same key: only its hash is kept.
      expect(repeat).toMatchObject({ duplicate: true, code: first.code, queryKey: first.queryKey });
      // The same cards under the same keys: re-enqueueing them is a no-op in the outbox.
      expect(repeat.also.map((o) => o.key)).toEqual(first.also.map((o) => o.key));
    }
    expect(await ports.tickets.count({})).toBe(1);
  });

  it('should keep an anonymous reporter out of every staff card, issuing a key only its hash remembers', async () => {
    const { ports } = openDesk();
    const filed = await file(ports, {
      description: '住建局的施工许可拖了三个月',
      anonymous: true,
      enterprise: '示例建材有限公司',
      contact: '13800000000',
    });
    const stored = (await ports.tickets.find(filed.code))!.ticket;
    expect(await verifyQueryKey(filed.queryKey!, stored.queryKeyHash)).toBe(true);
    expect(text(filed.also)).not.toMatch(/ou_reporter|示例建材|13800000000/);
    expect(facts(filed.also[0]!.reply).反映人).toContain('匿名');
    expect((filed.receipt as TicketReply).secret?.value).toBe(filed.queryKey);
    expect(buttonLabels(filed.receipt)).toContain('同意实名反映');
  });

  it('should route 吃拿卡要 naming a department to the discipline office and tell that department nothing', async () => {
    const { ports } = openDesk();
    const filed = await file(ports, {
      description: '住建局窗口的工作人员暗示要给好处费才给办施工许可',
      category: 'extortion',
    });
    expect(recipients(filed.also)).toEqual(['user:ou_jw_1', 'user:ou_jw_2', 'chat:oc_jw']);
    expect(text(filed.also)).not.toMatch(/ou_zjj|oc_zjj/);
    const stored = (await ports.tickets.find(filed.code))!.ticket;
    expect(stored).toMatchObject({
      handlerUnit: 'discipline',
      departmentId: null,
      accusedDepartmentId: 'zjj',
      status: 'assigned',
    });
    expect(text(filed.receipt)).toContain('回避');
    expect(facts(filed.also[0]!.reply).被反映单位).toContain('测试市住房和城乡建设局');
  });

  it('should leave an unmatched complaint to the discipline office to triage, with a 交办 button', async () => {
    const { ports } = openDesk();
    const filed = await file(ports, {
      description: '有个事情想反映一下，办事的时候很不顺利',
      category: 'other',
    });
    expect(filed.view.status).toBe('received');
    expect(recipients(filed.also)).toEqual(['user:ou_jw_1', 'user:ou_jw_2', 'chat:oc_jw']);
    expect(buttonLabels(filed.also[0]!.reply)).toEqual(['交办']);
  });

  it('should issue a query key to every web reporter, real name or not', async () => {
    const { ports } = openDesk();
    const filed = await file(ports, {
      channel: 'web',
      reporterId: null,
      reporterName: '李四',
      contact: '13900000000',
      description: '市场监管局办营业执照超期了',
      category: 'delay',
    });
    expect(filed.queryKey).not.toBeNull();
    expect(facts(filed.also[0]!.reply).反映人).toContain('李四');
  });

  it('should count working days on the real calendar: 国庆 off, the 10-10 调休 Saturday on', async () => {
    const { ports } = openDesk();
    const filed = await file(
      ports,
      { description: '住建局的施工许可拖了三个月', category: 'delay' },
      at('2026-09-30 10:00'),
    );
    const stored = (await ports.tickets.find(filed.code))!.ticket;
    expect(stored.deadlineAt).toBe(at('2026-10-13 18:00'));
    expect(stored.signDeadlineAt).toBe(at('2026-10-08 18:00'));
  });

  it('should refuse an empty complaint without storing anything', async () => {
    const { ports } = openDesk();
    const result = await fileComplaint(
      ports,
      { channel: 'lark', reporterId: 'ou_r', anonymous: false, description: '   ', sourceKey: 'ev_empty' },
      T0,
    );
    expect(result).toMatchObject({ ok: false, code: 'invalid_input' });
    expect(await ports.tickets.count({})).toBe(0);
  });
});
