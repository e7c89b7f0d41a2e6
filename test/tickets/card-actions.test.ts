import { describe, expect, it } from 'vitest';
import type { HandlerPorts } from '../../handlers/ports';
import type { TicketReply } from '../../src/domain/chat/reply';
import { at, T0 } from '../domain/tickets/fixtures';
import { act, buttonLabels, file, openDesk, press, recipients } from './support';

const history = async (ports: HandlerPorts, code: string) =>
  (await ports.tickets.history(code)).map((e) => `${e.action}:${e.actor}:${e.toStatus}`);

const ticket = async (ports: HandlerPorts, code: string) => (await ports.tickets.find(code))!.ticket;

async function delayTicket(ports: HandlerPorts, anonymous = false) {
  return file(ports, { description: '住建局的施工许可拖了三个月还没办', category: 'delay', anonymous });
}

describe('ticket card actions: the closed loop', () => {
  it('should persist every step from 签收 to 归档, each by its actor, and tell whom it concerns', async () => {
    const { ports } = openDesk();
    const { code } = await delayTicket(ports);

    const accepted = await act(ports, 'ou_zjj', code, 'accept');
    expect(accepted.toast).toEqual({ type: 'success', text: '已签收' });
    expect((accepted.card as TicketReply).buttons.map((b) => b.label)).toEqual([
      '办结',
      '申请延期',
      '退回',
      '向反映人提问',
    ]);
    expect(recipients(accepted.also)).toEqual(['user:ou_reporter', 'chat:oc_jw']);

    const form = await press(ports, 'ou_zjj', {
      action: 'ticket.form',
      code,
      op: 'request_extension',
      aud: 'handler',
    });
    expect((form.card as TicketReply).form?.fields.map((f) => f.name)).toEqual(['days', 'reason']);
    const requested = await act(ports, 'ou_zjj', code, 'request_extension', {
      days: '3',
      reason: '需要现场核查',
    });
    expect(recipients(requested.also)).toEqual(['chat:oc_jw']);
    expect(buttonLabels(requested.also![0]!.reply)).toEqual(['催办', '批准延期', '驳回延期']);
    const approved = await act(ports, 'ou_jw_1', code, 'approve_extension', {}, T0, 'supervisor');
    expect(recipients(approved.also)).toEqual(['user:ou_zjj', 'chat:oc_zjj', 'user:ou_reporter']);
    expect((await ticket(ports, code)).deadlineAt).toBe(at('2026-11-26 18:00'));

    await act(ports, 'ou_zjj', code, 'resolve', { note: '已于11月20日核发施工许可证' });
    const resolved = await ticket(ports, code);
    expect(resolved).toMatchObject({ status: 'resolved', resolution: '已于11月20日核发施工许可证' });

    const verified = await act(ports, 'ou_reporter', code, 'verify', {}, T0, 'reporter');
    expect(verified.toast?.type).toBe('success');
    expect(buttonLabels(verified.also!.find((o) => o.to.id === 'ou_reporter')!.reply)).toContain(
      '评价办理结果',
    );
    await act(ports, 'ou_reporter', code, 'visit', { score: '2', reason: '拖得太久' }, T0, 'reporter');
    await act(ports, 'ou_reporter', code, 'reopen', { reason: '后续手续仍未办完' }, T0, 'reporter');
    expect(await ticket(ports, code)).toMatchObject({
      status: 'assigned',
      reopenCount: 1,
      departmentId: 'zjj',
    });

    await act(ports, 'ou_zjj', code, 'accept');
    await act(ports, 'ou_zjj', code, 'resolve', { note: '后续手续已全部办完' });
    await act(ports, 'ou_jw_1', code, 'verify', {}, T0, 'supervisor');
    await act(ports, 'ou_jw_2', code, 'visit', { score: '5' }, T0, 'supervisor');
    const closed = await act(ports, 'ou_jw_1', code, 'close', {}, T0, 'supervisor');
    expect(recipients(closed.also)).toEqual(['user:ou_reporter']);

    expect(await history(ports, code)).toEqual([
      'open:reporter:received',
      'assign:system:assigned',
      'accept:ou_zjj:in_progress',
      'request_extension:ou_zjj:in_progress',
      'approve_extension:ou_jw_1:in_progress',
      'resolve:ou_zjj:resolved',
      'verify:reporter:verified',
      'visit:reporter:visited',
      'reopen:reporter:assigned',
      'accept:ou_zjj:in_progress',
      'resolve:ou_zjj:resolved',
      'verify:ou_jw_1:verified',
      'visit:ou_jw_2:visited',
      'close:ou_jw_1:closed',
    ]);
  });

  it('should send a returned ticket back to triage and 交办 it to the department picked in the form', async () => {
    const { ports } = openDesk();
    const { code } = await delayTicket(ports);
    const noReason = await act(ports, 'ou_zjj', code, 'return', { reason: '  ' });
    expect(noReason).toEqual({ toast: { type: 'error', text: '请填写退回理由。' } });
    expect(await history(ports, code)).toHaveLength(2);

    const returned = await act(ports, 'ou_zjj', code, 'return', { reason: '属于市场监管局职责' });
    expect(returned.card).toMatchObject({ type: 'notice', title: '已退回' });
    expect(recipients(returned.also)).toEqual(['user:ou_jw_1', 'user:ou_jw_2', 'chat:oc_jw']);
    expect(buttonLabels(returned.also![0]!.reply)).toEqual(['交办']);

    const form = await press(ports, 'ou_jw_1', {
      action: 'ticket.form',
      code,
      op: 'assign',
      aud: 'supervisor',
    });
    const select = (form.card as TicketReply).form!.fields[0]!;
    expect(select.kind === 'select' && select.options.map((o) => o.value)).toContain('scjgj');
    const assigned = await act(
      ports,
      'ou_jw_1',
      code,
      'assign',
      { department: 'scjgj', note: '请核实' },
      T0,
      'supervisor',
    );
    expect(assigned.toast?.text).toBe('已交办');
    expect(recipients(assigned.also)).toEqual(['user:ou_scj', 'user:ou_reporter']);
    expect(await ticket(ports, code)).toMatchObject({ status: 'assigned', departmentId: 'scjgj' });
  });

  it('should reject an extension with a reason and keep the deadline', async () => {
    const { ports } = openDesk();
    const { code } = await delayTicket(ports);
    await act(ports, 'ou_zjj', code, 'accept');
    await act(ports, 'ou_zjj', code, 'request_extension', { days: '2', reason: '人手不足' });
    const before = (await ticket(ports, code)).deadlineAt;
    const rejected = await act(
      ports,
      'ou_jw_2',
      code,
      'reject_extension',
      { reason: '理由不充分' },
      T0,
      'supervisor',
    );
    expect(recipients(rejected.also)).toEqual(['user:ou_zjj', 'chat:oc_zjj']);
    expect(await ticket(ports, code)).toMatchObject({ pendingExtension: null, deadlineAt: before });
  });
});

describe('ticket card actions: refusals change nothing', () => {
  it('should answer an illegal move with a clear toast and leave ticket and history alone', async () => {
    const { ports } = openDesk();
    const { code } = await delayTicket(ports);
    await act(ports, 'ou_zjj', code, 'accept');
    const before = await ticket(ports, code);
    const twice = await act(ports, 'ou_zjj', code, 'accept');
    expect(twice.toast).toEqual({ type: 'error', text: '工单当前状态为「整改中」，不能执行「签收」。' });
    expect(twice.card).toBeUndefined();
    const closeEarly = await act(ports, 'ou_jw_1', code, 'close', {}, T0, 'supervisor');
    expect(closeEarly.toast?.type).toBe('error');
    const formEarly = await press(ports, 'ou_jw_1', {
      action: 'ticket.form',
      code,
      op: 'visit',
      aud: 'supervisor',
    });
    expect(formEarly.toast?.text).toContain('不能执行「回访」');
    expect(await ticket(ports, code)).toEqual(before);
    expect(await history(ports, code)).toHaveLength(3);
  });

  it('should refuse people without a role on the ticket, and the accused department, with nothing changed', async () => {
    const { ports } = openDesk();
    const { code } = await delayTicket(ports);
    for (const [who, op] of [
      ['ou_stranger', 'accept'],
      ['ou_scj', 'accept'],
      ['ou_reporter', 'accept'],
      ['ou_zjj', 'close'],
      ['ou_zjj', 'approve_extension'],
    ] as const) {
      const result = await act(ports, who, code, op);
      expect(result.toast?.type, `${who} ${op}`).toBe('error');
      expect(result.toast?.text).toMatch(/无权|不能/);
      expect(result.also).toBeUndefined();
    }
    expect(await history(ports, code)).toHaveLength(2);

    const misconduct = await file(ports, {
      description: '住建局的人暗示要给好处费才办施工许可',
      category: 'extortion',
    });
    const barred = await act(ports, 'ou_zjj', misconduct.code, 'accept');
    expect(barred.toast?.text).toContain('回避');
    const peek = await press(ports, 'ou_zjj', {
      action: 'ticket.view',
      code: misconduct.code,
      aud: 'supervisor',
    });
    expect(peek.card).toBeUndefined();
    const steer = await act(
      ports,
      'ou_jw_1',
      misconduct.code,
      'return',
      { reason: '交住建局自查' },
      T0,
      'supervisor',
    );
    expect(steer.toast?.type).toBe('success');
    const toAccused = await act(
      ports,
      'ou_jw_1',
      misconduct.code,
      'assign',
      { department: 'zjj' },
      T0,
      'supervisor',
    );
    expect(toAccused.toast?.text).toContain('回避');
    expect((await ticket(ports, misconduct.code)).status).toBe('received');
  });

  it('should not draw a card for an audience the presser does not belong to', async () => {
    const { ports } = openDesk();
    const { code } = await delayTicket(ports);
    const forged = await press(ports, 'ou_stranger', { action: 'ticket.view', code, aud: 'supervisor' });
    expect(forged.card).toBeUndefined();
    expect(forged.toast?.type).toBe('error');
    const stale = await press(ports, 'ou_zjj', {
      action: 'ticket.act',
      code: 'nonsense',
      op: 'accept',
      aud: 'handler',
    });
    expect(stale.toast?.type).toBe('warning');
  });
});
