// The ticket side of a chat message: complaints become tickets at once (direct chats only), 查询 and
// 我的投诉 answer the reporter, and images or files sent after a complaint join the latest open ticket.

import type { MessageResult, Reply } from '../../src/domain/chat/reply';
import type { MessageUpdate } from '../../src/domain/chat/update';
import type { AskResult } from '../../src/domain/conduct/ask';
import { CATEGORY_LABELS, type Category, isCategory } from '../../src/domain/tickets/category';
import { STATUS_LABELS } from '../../src/domain/tickets/labels';
import type { HandlerPorts } from '../ports';
import { attachToTicket } from './add-information';
import type { ComplaintText } from './complaint-text';
import { fileComplaint } from './file-complaint';
import { formatChinaTime } from './format';
import { lookupTicket } from './lookup-ticket';

/** Files and images sent within this time of a ticket's last change join it. */
export const ATTACH_WINDOW_MS = 24 * 60 * 60 * 1000;

const LOOKUP =
  /^\s*(?:查询|查|查进度|查询进度|query)\s*[:：]?\s*(QQ\s*[-－—–]?\s*\d{8}\s*[-－—–]?\s*\d{4})\s*(.*)$/i;
const MINE = /^\s*(?:我的投诉|我的工单|我的反映|我的举报)\s*$/;

const notice = (title: string, lines: string[], tone: 'info' | 'warning' = 'info'): Reply => ({
  type: 'notice',
  tone,
  title,
  lines,
});

/** 查询 / 我的投诉 / attachments; null when the message is none of these. */
export async function ticketCommand(
  ports: HandlerPorts,
  update: MessageUpdate,
  now: number,
): Promise<MessageResult | null> {
  const lookup = LOOKUP.exec(update.text);
  if ((lookup || MINE.test(update.text)) && update.chatType !== 'p2p') {
    return { reply: notice('请私聊查询', ['为保护反映人信息，工单只在与亲清助手的单聊中查询。']) };
  }
  if (lookup) {
    const code = lookup[1]!.replace(/[\s－—–]/g, '').replace(/^QQ(\d{8})(\d{4})$/i, 'QQ-$1-$2');
    const key = lookup[2]!.trim() || null;
    const found = await lookupTicket(ports, { code, key, requesterId: update.senderId }, now);
    return { reply: found.reply };
  }
  if (MINE.test(update.text)) return { reply: await myTickets(ports, update.senderId) };
  if (!update.text && update.attachments.length > 0 && update.chatType === 'p2p') {
    return attach(ports, update, now);
  }
  return null;
}

async function myTickets(ports: HandlerPorts, reporterId: string): Promise<Reply> {
  const mine = await ports.tickets.byReporter(reporterId, 10);
  if (mine.length === 0)
    return notice('我的投诉', ['您还没有通过本助手反映过问题。直接描述遇到的问题即可反映。']);
  return {
    type: 'notice',
    tone: 'info',
    title: `我的投诉（最近 ${mine.length} 件）`,
    lines: mine.map(
      (t) =>
        `**${t.code}** ${CATEGORY_LABELS[t.category]} · ${STATUS_LABELS[t.status]} · ${formatChinaTime(t.createdAt)}`,
    ),
    buttons: mine.slice(0, 5).map((t) => ({
      label: `查看 ${t.code}`,
      value: { action: 'ticket.view', code: t.code, aud: 'reporter' },
    })),
  };
}

async function attach(ports: HandlerPorts, update: MessageUpdate, now: number): Promise<MessageResult> {
  const [latest] = await ports.tickets.byReporter(update.senderId, 1);
  if (!latest || latest.status === 'closed' || now - latest.updatedAt > ATTACH_WINDOW_MS) {
    return {
      reply: notice('收到文件', [
        '如需反映问题，请先用文字描述经过；已有工单的，请在工单卡片上点「补充材料」。',
      ]),
    };
  }
  const attached = await attachToTicket(
    ports,
    {
      code: latest.code,
      reporterId: update.senderId,
      attachments: update.attachments,
      messageId: update.messageId,
    },
    now,
  );
  if (!attached.ok) return { reply: notice('未能附加', [attached.message], 'warning') };
  return {
    reply: notice('已附到工单', [`已作为 ${latest.code} 的补充材料转达承办单位。`]),
    also: attached.also,
  };
}

/** A complaint typed in chat: a ticket in a direct chat; in a group, a pointer to the direct chat (privacy). */
export async function intakeComplaint(
  ports: HandlerPorts,
  update: MessageUpdate,
  asked: AskResult,
  typed: ComplaintText,
  now: number,
): Promise<MessageResult> {
  if (update.chatType !== 'p2p') {
    return {
      reply: notice('请私聊我反映问题', ['为保护您的信息，投诉请在与亲清助手的单聊中发送，可以匿名。']),
    };
  }
  const description = typed.body;
  if (description.length < 4) {
    return {
      reply: notice('请描述遇到的问题', ['例如：「匿名：在某某窗口办营业执照，工作人员暗示要好处费」。']),
    };
  }
  const category: Category = asked.category && isCategory(asked.category) ? asked.category : 'other';
  const filed = await fileComplaint(
    ports,
    {
      channel: 'lark',
      reporterId: update.senderId,
      anonymous: typed.anonymous ?? true,
      description,
      category,
      sourceKey: update.eventId,
    },
    now,
  );
  if (!filed.ok) return { reply: filed.receipt };
  const also = [...filed.also];
  if (update.attachments.length > 0 && !filed.duplicate) {
    const attached = await attachToTicket(
      ports,
      {
        code: filed.code,
        reporterId: update.senderId,
        attachments: update.attachments,
        messageId: update.messageId,
      },
      now,
    );
    if (attached.ok) also.push(...attached.also);
  }
  return { reply: filed.receipt, also };
}
