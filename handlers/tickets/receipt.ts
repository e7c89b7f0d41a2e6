// The reporter's receipt (受理回执): code, category, who handles it, the deadline, the query key once,
// and what is still missing from the complaint.
import type { TicketReply } from '../../src/domain/chat/reply';
import type { Org } from '../../src/domain/org/org-types';
import type { Route } from '../../src/domain/tickets/routing';
import type { Ticket } from '../../src/domain/tickets/ticket-types';
import { ticketCard } from './ticket-cards';

const HINTS: { what: string; pattern: RegExp }[] = [
  {
    what: '时间',
    pattern:
      /\d{1,2}\s*[月日号]|\d{4}\s*年|昨天|前天|今天|上周|本周|上个月|这个月|最近|[上下]午|\d{1,2}[:：]\d{2}/,
  },
  { what: '地点', pattern: /窗口|大厅|中心|现场|办公室|[局委办院所站队镇乡区县市]/ },
  {
    what: '证据（聊天记录、票据、照片等）',
    pattern: /截图|录音|录像|照片|票据|收据|发票|聊天记录|转账|凭证|证据|合同|回执/,
  },
];

/** What a complaint does not say yet: enterprise and contact (real name only), time, place, evidence. */
export function missingInformation(ticket: Ticket): string[] {
  const missing: string[] = [];
  if (!ticket.anonymous && !ticket.enterprise) missing.push('企业名称');
  if (!ticket.anonymous && !ticket.reporter.contact) missing.push('联系方式');
  for (const hint of HINTS) if (!hint.pattern.test(ticket.description)) missing.push(hint.what);
  return missing;
}

function routeLine(org: Org, route: Route | null, ticket: Ticket): string {
  if (route?.reason === 'misconduct') {
    return `反映干部本人作风问题，依回避规定由 ${org.disciplineOffice.name} 直接办理，不会转交被反映的单位。`;
  }
  if (ticket.status === 'received') return `${org.disciplineOffice.name} 将尽快确定承办单位（分办）。`;
  return '已点对点交办承办单位，限期整改，纪委监委全程监督。';
}

/** The receipt card for the reporter; `queryKey` is shown once (null on a repeated intake or a real-name Lark report). */
export function receiptCard(
  org: Org,
  ticket: Ticket,
  route: Route | null,
  queryKey: string | null,
): TicketReply {
  const missing = missingInformation(ticket);
  const lines = [routeLine(org, route, ticket)];
  if (ticket.anonymous && ticket.reporter.channel === 'lark') {
    lines.push(
      '本件按**匿名**办理：承办单位看不到您的身份，双方沟通经亲清助手转达。实名反映便于核实和反馈，如愿意实名，请点「同意实名反映」。',
    );
  }
  if (missing.length > 0)
    lines.push(
      `为便于核查，请点「补充材料」补充：${missing.join('、')}。图片、文件可直接发给我，会附到本工单。`,
    );
  lines.push(
    `查询进度：发送「查询 ${ticket.code}」${ticket.anonymous ? '（其他设备上请附查询密钥）' : ''}，或「我的投诉」。`,
  );
  return ticketCard(org, ticket, 'reporter', {
    title: `已受理：${ticket.code}`,
    tone: 'success',
    lines,
    ...(queryKey
      ? {
          secret: {
            label: '查询密钥',
            value: queryKey,
            hint: `只显示这一次，请截图或抄下保存。查询时发送「查询 ${ticket.code} ${queryKey}」，或在网页查询页输入。`,
          },
        }
      : {}),
  });
}
