import { describe, expect, it } from 'vitest';
import type { HandlerPorts } from '../../handlers/ports';
import type { TicketReply } from '../../src/domain/chat/reply';
import { verifyQueryKey } from '../../src/domain/tickets/query-key';
import { T0 } from '../domain/tickets/fixtures';
import { act, file, openDesk, press, recipients, text } from './support';

const ticket = async (ports: HandlerPorts, code: string) => (await ports.tickets.find(code))!.ticket;

async function delayTicket(ports: HandlerPorts, anonymous = false) {
  return file(ports, { description: '住建局的施工许可拖了三个月还没办', category: 'delay', anonymous });
}

describe('ticket card actions: relaying through the bot', () => {
  it('should relay a handler’s question and the anonymous reporter’s answer without naming either side', async () => {
    const { ports } = openDesk();
    const { code } = await delayTicket(ports, true);
    const asked = await act(ports, 'ou_zjj', code, 'ask', { question: '请问是哪一天去办理的？' });
    expect(asked.toast?.text).toBe('问题已转达反映人');
    expect(recipients(asked.also)).toEqual(['user:ou_reporter']);
    const relayed = asked.also![0]!.reply as TicketReply;
    expect(relayed.form?.submit.value).toMatchObject({ action: 'ticket.act', op: 'reply', aud: 'reporter' });
    expect(text(relayed)).not.toContain('ou_zjj');

    const answered = await act(
      ports,
      'ou_reporter',
      code,
      'reply',
      { answer: '11月10日上午' },
      T0,
      'reporter',
    );
    expect(answered.toast?.text).toBe('已转达承办单位');
    expect(recipients(answered.also)).toEqual(['user:ou_zjj', 'chat:oc_zjj']);
    expect(text(answered.also)).not.toContain('ou_reporter');
    expect(text(answered.also)).toContain('11月10日上午');

    const stranger = await act(ports, 'ou_stranger', code, 'reply', { answer: '冒充' }, T0, 'reporter');
    expect(stranger.toast?.type).toBe('error');
    const reporterAsks = await act(ports, 'ou_reporter', code, 'ask', { question: '?' }, T0, 'reporter');
    expect(reporterAsks.toast?.type).toBe('error');

    const events = await ports.tickets.history(code);
    expect(events.slice(2).map((e) => [e.actor, e.data.kind, e.note])).toEqual([
      ['ou_zjj', 'question', '请问是哪一天去办理的？'],
      ['reporter', 'answer', '11月10日上午'],
    ]);
  });

  it('should attach 补充材料 from the form to the ticket and relay it', async () => {
    const { ports } = openDesk();
    const { code } = await delayTicket(ports);
    const form = await press(ports, 'ou_reporter', {
      action: 'ticket.form',
      code,
      op: 'supplement',
      aud: 'reporter',
    });
    expect((form.card as TicketReply).form?.fields.map((f) => f.name)).toEqual([
      'enterprise',
      'contact',
      'when_where',
      'details',
    ]);
    const added = await act(
      ports,
      'ou_reporter',
      code,
      'supplement',
      {
        enterprise: '示例建材有限公司',
        contact: '13800000000',
        when_where: '11月10日，政务中心',
        details: '有聊天记录',
      },
      T0,
      'reporter',
    );
    expect(recipients(added.also)).toEqual(['user:ou_zjj', 'chat:oc_zjj']);
    expect(await ticket(ports, code)).toMatchObject({
      enterprise: '示例建材有限公司',
      reporter: { contact: '13800000000' },
    });
  });

  it('should let the anonymous reporter agree to real name, or replace the query key', async () => {
    const { ports } = openDesk();
    const { code, queryKey } = await delayTicket(ports, true);
    const renewed = await act(ports, 'ou_reporter', code, 'rekey', {}, T0, 'reporter');
    const fresh = (renewed.card as TicketReply).secret!.value;
    const hash = (await ticket(ports, code)).queryKeyHash;
    expect(await verifyQueryKey(fresh, hash)).toBe(true);
    expect(await verifyQueryKey(queryKey!, hash)).toBe(false);
    expect(renewed.also).toBeUndefined();
    expect((await act(ports, 'ou_stranger', code, 'rekey', {}, T0, 'reporter')).toast?.type).toBe('error');

    const revealed = await act(ports, 'ou_reporter', code, 'reveal', {}, T0, 'reporter');
    expect(revealed.toast?.text).toBe('已改为实名反映');
    expect(recipients(revealed.also)).toEqual(['user:ou_zjj', 'chat:oc_zjj']);
    expect(text(revealed.also)).toContain('<at id=ou_reporter></at>');
    expect((await ticket(ports, code)).anonymous).toBe(false);
  });
});
