import { describe, expect, it } from 'vitest';
import type { HandlerPorts } from '../../handlers/ports';
import { createRoutes } from '../../handlers/routes';
import { lookupTicket } from '../../handlers/tickets';
import type { TicketReply } from '../../src/domain/chat/reply';
import type { Attachment, MessageUpdate } from '../../src/domain/chat/update';
import { T0 } from '../domain/tickets/fixtures';
import { act, file, openDesk, recipients, text } from './support';

let sequence = 0;

function say(
  ports: HandlerPorts,
  senderId: string,
  words: string,
  extra: Partial<MessageUpdate> = {},
  now = T0,
) {
  sequence += 1;
  const update: MessageUpdate = {
    kind: 'message',
    eventId: `ev_chat_${sequence}`,
    messageId: `om_chat_${sequence}`,
    chatId: `oc_dm_${senderId}`,
    chatType: 'p2p',
    threadId: null,
    senderId,
    text: words,
    attachments: [],
    sentAt: now,
    ...extra,
  };
  return createRoutes().message({ update, ports, now });
}

const codeOf = (reply: unknown) => (reply as TicketReply).code;

describe('complaints in chat', () => {
  it('should turn a complaint in a direct chat into a ticket with a receipt, anonymous unless real name is chosen', async () => {
    const { ports } = openDesk();
    const plain = await say(ports, 'ou_a', '住建局的施工许可审批拖了三个月还没办结');
    const anonymous = await say(ports, 'ou_b', '匿名：住建局的施工许可审批拖了三个月');
    const named = await say(ports, 'ou_c', '实名反映：住建局的施工许可审批拖了三个月');
    for (const [result, isAnonymous] of [
      [plain, true],
      [anonymous, true],
      [named, false],
    ] as const) {
      const receipt = result.reply as TicketReply;
      expect(receipt.type).toBe('ticket');
      const stored = (await ports.tickets.find(receipt.code))!.ticket;
      expect(stored).toMatchObject({ anonymous: isAnonymous, category: 'delay', departmentId: 'zjj' });
      expect(Boolean(receipt.secret)).toBe(isAnonymous);
      expect(recipients(result.also)).toEqual(['user:ou_zjj', 'chat:oc_zjj', 'chat:oc_jw']);
    }
    expect((await ports.tickets.find(codeOf(anonymous.reply)))!.ticket.description).toBe(
      '住建局的施工许可审批拖了三个月',
    );
  });

  it('should not open tickets or show them in group chats, pointing to the direct chat instead', async () => {
    const { ports } = openDesk();
    const result = await say(ports, 'ou_a', '住建局的施工许可审批拖了三个月', { chatType: 'group' });
    expect(result.reply).toMatchObject({ type: 'notice', title: '请私聊我反映问题' });
    expect(await ports.tickets.count({})).toBe(0);
    const filed = await file(ports, { description: '住建局的施工许可拖了三个月', category: 'delay' });
    const lookup = await say(ports, 'ou_reporter', `查询 ${filed.code}`, { chatType: 'group' });
    expect(lookup.reply).toMatchObject({ type: 'notice', title: '请私聊查询' });
  });

  it('should answer a question about reporting instead of filing it', async () => {
    const { ports } = openDesk();
    const result = await say(ports, 'ou_a', '匿名举报会被打击报复吗');
    expect(result.reply?.type).not.toBe('ticket');
    expect(await ports.tickets.count({})).toBe(0);
  });

  it('should attach images sent after a complaint to the latest open ticket', async () => {
    const { ports } = openDesk();
    const filed = await say(ports, 'ou_a', '实名反映：住建局的施工许可审批拖了三个月');
    const image: Attachment = { type: 'image', key: 'img_v3_1', name: null };
    const sent = await say(ports, 'ou_a', '', { attachments: [image] }, T0 + 60_000);
    expect(sent.reply).toMatchObject({ title: '已附到工单' });
    expect(recipients(sent.also)).toEqual(['user:ou_zjj', 'chat:oc_zjj']);
    const last = (await ports.tickets.history(codeOf(filed.reply))).at(-1)!;
    expect(last).toMatchObject({
      action: 'comment',
      actor: 'reporter',
      data: { kind: 'attachment', attachments: 'image:img_v3_1' },
    });
    const lonely = await say(ports, 'ou_nobody', '', { attachments: [image] });
    expect(lonely.reply).toMatchObject({ title: '收到文件' });
  });
});

describe('查询 and 我的投诉', () => {
  it('should show the reporter their ticket, by identity or by key, and a stranger exactly what a bad code gets', async () => {
    const { ports } = openDesk();
    const filed = await file(ports, {
      description: '住建局的施工许可拖了三个月',
      category: 'delay',
      anonymous: true,
    });
    const own = await say(ports, 'ou_reporter', `查询 ${filed.code}`);
    expect(own.reply).toMatchObject({ type: 'ticket', code: filed.code });
    const withKey = await say(
      ports,
      'ou_other_device',
      `查询 ${filed.code.toLowerCase()} ${filed.queryKey!.toLowerCase()}`,
    );
    expect(withKey.reply).toMatchObject({ type: 'ticket', code: filed.code });

    const stranger = await say(ports, 'ou_stranger', `查询 ${filed.code}`);
    const wrongKey = await say(ports, 'ou_stranger', `查询 ${filed.code} AAAA-BBBB-CCCC-DDDD`);
    const missing = await say(ports, 'ou_stranger', '查询 QQ-20261116-9999');
    expect(stranger.reply).toEqual(missing.reply);
    expect(wrongKey.reply).toEqual(missing.reply);
    expect(text(stranger)).not.toMatch(/住建局|施工许可|慢作为/);
  });

  it('should show staff on the ticket their card, and hide it from the accused department', async () => {
    const { ports } = openDesk();
    const delay = await file(ports, { description: '住建局的施工许可拖了三个月', category: 'delay' });
    const staff = await lookupTicket(ports, { code: delay.code, requesterId: 'ou_zjj' }, T0);
    expect(staff).toMatchObject({ ok: true, as: 'staff' });
    const misconduct = await file(ports, { description: '住建局的人暗示要给好处费', category: 'extortion' });
    const accused = await lookupTicket(ports, { code: misconduct.code, requesterId: 'ou_zjj' }, T0);
    expect(accused).toMatchObject({ ok: false, code: 'not_found' });
    const web = await lookupTicket(ports, { code: misconduct.code, key: 'wrong' }, T0);
    expect(web.reply).toEqual(accused.reply);
  });

  it('should give a web reporter the timeline with the handler’s replies but no internal notes', async () => {
    const { ports } = openDesk();
    const filed = await file(ports, {
      channel: 'web',
      reporterId: null,
      description: '住建局的施工许可拖了三个月',
      category: 'delay',
      anonymous: true,
    });
    await act(ports, 'ou_zjj', filed.code, 'ask', { question: '请提供受理回执编号' });
    await act(ports, 'ou_zjj', filed.code, 'return', { reason: '内部：不归我们管' });
    const found = await lookupTicket(ports, { code: filed.code, key: filed.queryKey }, T0);
    if (!found.ok || found.as !== 'reporter') throw new Error('not found');
    expect(found.view.timeline.map((e) => e.label)).toEqual([
      '受理',
      '交办：测试市住房和城乡建设局',
      '承办单位提问',
      '重新分办',
    ]);
    expect(text(found.view)).not.toContain('内部');
    expect(text(found.view)).not.toContain('ou_zjj');
  });

  it('should list the sender’s own tickets for 我的投诉', async () => {
    const { ports } = openDesk();
    const a = await file(ports, { description: '住建局的施工许可拖了三个月', category: 'delay' });
    await file(ports, { description: '别人的投诉', category: 'other', reporterId: 'ou_someone_else' });
    const mine = await say(ports, 'ou_reporter', '我的投诉');
    expect(mine.reply).toMatchObject({ type: 'notice', title: '我的投诉（最近 1 件）' });
    expect(text(mine.reply)).toContain(a.code);
  });
});
