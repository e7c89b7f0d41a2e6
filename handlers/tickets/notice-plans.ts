// The notification matrix: after each kind of change, which audience hears what. Each entry is a
// card (title, tone, lines, maybe a form) and the targets it goes to; notices.ts turns them into Outgoing.
import type { Org } from '../../src/domain/org/org-types';
import type { Ticket, TicketEvent } from '../../src/domain/tickets/ticket-types';
import { formatDeadline } from './format';
import { handlingTargets, reporterTargets, supervisionTargets, type Target } from './recipients';
import { type CardOptions, safeText } from './ticket-cards';
import { formFor } from './ticket-forms';
import { commentKind, handledBy } from './views';

/** Cards to send, each to a list of targets. */
export type Plan = { targets: Target[]; options: CardOptions; purpose: string }[];

const supervisedByOthers = (event: TicketEvent) =>
  event.actorRole !== 'supervisor' && event.actorRole !== 'admin';

/** Who hears about a saved change, and what each audience’s card says. */
export function changePlan(org: Org, before: Ticket, ticket: Ticket, event: TicketEvent): Plan {
  const handling = handlingTargets(org, ticket);
  const supervision = supervisionTargets(org, ticket);
  const reporter = reporterTargets(ticket);
  const unit = handledBy(org, ticket);
  const deadline = ticket.deadlineAt ? formatDeadline(ticket.deadlineAt) : '—';
  const note = event.note ? safeText(event.note) : null;
  const copy = supervisedByOthers(event) ? supervision : [];
  switch (event.action) {
    case 'assign':
      return [
        {
          targets: handling,
          options: { title: '新工单待签收', tone: 'warning', lines: note ? [`交办意见：${note}`] : [] },
          purpose: 'ticket.new',
        },
        {
          targets: reporter,
          options: {
            title: '您的反映已交办',
            tone: 'info',
            lines: [`已交 ${unit} 办理，办结期限 ${deadline}。`],
            noButtons: false,
          },
          purpose: 'ticket.status',
        },
      ];
    case 'accept':
      return [
        {
          targets: reporter,
          options: { title: '承办单位已签收', lines: [`${unit} 已签收，正在整改，办结期限 ${deadline}。`] },
          purpose: 'ticket.status',
        },
        {
          targets: copy,
          options: { title: `已签收：${ticket.code}`, noButtons: true },
          purpose: 'ticket.copy',
        },
      ];
    case 'return':
      return [
        {
          targets: handling,
          options: { title: '工单被退回，请重新分办', tone: 'warning', lines: [`退回理由：${note ?? '—'}`] },
          purpose: 'ticket.returned',
        },
      ];
    case 'request_extension':
      return [
        {
          targets: supervision,
          options: { title: '延期申请待审批', tone: 'warning', lines: [`${unit} 申请延期，请审批。`] },
          purpose: 'ticket.extension',
        },
      ];
    case 'approve_extension':
      return [
        {
          targets: handling,
          options: { title: '延期已批准', tone: 'success', lines: [`新的办结期限：${deadline}。`] },
          purpose: 'ticket.extension',
        },
        {
          targets: reporter,
          options: { title: '办理期限已延长', lines: [`经纪委监委批准，办结期限延至 ${deadline}。`] },
          purpose: 'ticket.status',
        },
      ];
    case 'reject_extension':
      return [
        {
          targets: handling,
          options: {
            title: '延期申请未获批准',
            tone: 'danger',
            lines: [`理由：${note ?? '—'}`, `请在 ${deadline} 前办结。`],
          },
          purpose: 'ticket.extension',
        },
      ];
    case 'resolve':
      return [
        {
          targets: reporter,
          options: {
            title: '承办单位已办结，请您确认',
            tone: 'success',
            lines: ['如问题已解决，请点「确认办结（销号）」；未解决请点「不满意，要求重办」。'],
          },
          purpose: 'ticket.resolved',
        },
        {
          targets: copy,
          options: {
            title: `已办结，待销号：${ticket.code}`,
            lines: ticket.reporter.channel === 'web' ? ['网页反映的工单，请电话核实后「代为销号」。'] : [],
          },
          purpose: 'ticket.copy',
        },
      ];
    case 'verify':
      return [
        {
          targets: reporter,
          options: {
            title: '请评价办理结果（回访）',
            lines: ['请给本次办理打分（1–5 分），3 分及以下请说明原因。'],
          },
          purpose: 'ticket.visit',
        },
        {
          targets: copy,
          options: { title: `反映人已确认办结：${ticket.code}`, noButtons: true },
          purpose: 'ticket.copy',
        },
      ];
    case 'visit': {
      const score = ticket.satisfaction?.score ?? 0;
      return [
        {
          targets: handling,
          options: {
            title: `回访结果：${score} 分`,
            tone: score <= 3 ? 'warning' : 'success',
            noButtons: true,
          },
          purpose: 'ticket.visited',
        },
        {
          targets: copy,
          options: { title: `回访结果：${score} 分`, tone: score <= 3 ? 'warning' : 'success' },
          purpose: 'ticket.visited',
        },
      ];
    }
    case 'reopen':
      return [
        {
          targets: handling,
          options: { title: '工单重办，请重新签收', tone: 'danger', lines: [`重办原因：${note ?? '—'}`] },
          purpose: 'ticket.reopened',
        },
        {
          targets: reporter,
          options: { title: '已安排重办', lines: [`已重新交 ${unit} 办理，办结期限 ${deadline}。`] },
          purpose: 'ticket.status',
        },
        {
          targets: copy,
          options: { title: `工单重办：${ticket.code}`, noButtons: true },
          purpose: 'ticket.copy',
        },
      ];
    case 'close':
      return before.reporter.channel === 'lark'
        ? [
            {
              targets: reporter,
              options: { title: '工单已归档', tone: 'success', lines: ['感谢您的监督！'] },
              purpose: 'ticket.status',
            },
          ]
        : [];
    case 'comment':
      return commentPlan(org, handling, reporter, ticket, event);
    default:
      return [];
  }
}

function commentPlan(
  org: Org,
  handling: Target[],
  reporter: Target[],
  ticket: Ticket,
  event: TicketEvent,
): Plan {
  const note = event.note ? safeText(event.note) : '';
  switch (commentKind(event)) {
    case 'question':
      return [
        {
          targets: reporter,
          options: {
            title: '承办单位向您提问',
            tone: 'warning',
            lines: [`**问题**：${note}`, '请在下方作答，回复经亲清助手转达，不显示您的身份。'],
            form: formFor(org, ticket, 'reply', 'reporter'),
          },
          purpose: 'ticket.question',
        },
      ];
    case 'answer':
      return [
        {
          targets: handling,
          options: { title: '反映人回复了您的提问', lines: [`**回复**：${note}`] },
          purpose: 'ticket.answer',
        },
      ];
    case 'reveal':
      return [
        {
          targets: handling,
          options: { title: '反映人同意实名反映', lines: ['反映人身份已在下方显示，请注意保护反映人信息。'] },
          purpose: 'ticket.info',
        },
      ];
    case 'info':
    case 'attachment':
      return [
        { targets: handling, options: { title: '反映人补充了材料', lines: [note] }, purpose: 'ticket.info' },
      ];
    default:
      return [];
  }
}
