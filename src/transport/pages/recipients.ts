// Who an outbox message is for, in words, and who acts when a playground visitor clicks its buttons.
import type { OutboxRow } from '../../db/repositories/outbox-repository';
import type { Org } from '../../domain/org';

/** A playground identity: the visitor chats as an official or as an enterprise. */
export type Identity = 'official' | 'enterprise';

/** The synthetic Lark ids of each identity: one p2p chat and one open_id per identity. */
export const IDENTITIES: Record<
  Identity,
  { label: string; openId: string; chatId: string; eventPrefix: string }
> = {
  official: {
    label: '干部',
    openId: 'ou_playground_official',
    chatId: 'oc_playground_official',
    eventPrefix: 'pg-official-',
  },
  enterprise: {
    label: '企业',
    openId: 'ou_playground_enterprise',
    chatId: 'oc_playground_enterprise',
    eventPrefix: 'pg-enterprise-',
  },
};

/** Reads an identity from a query or form value; the official by default. */
export function parseIdentity(value: unknown): Identity {
  return value === 'enterprise' ? 'enterprise' : 'official';
}

function identityOf(receiveId: string): Identity | null {
  for (const [key, id] of Object.entries(IDENTITIES)) {
    if (id.openId === receiveId || id.chatId === receiveId) return key as Identity;
  }
  return null;
}

/** A human description of a receiver: "示例市住房和城乡建设局 · 经办人", "你（企业）"… */
export function describeRecipient(
  row: Pick<OutboxRow, 'receiveId' | 'receiveIdType'>,
  org: Org | null,
): string {
  const id = row.receiveId;
  const identity = identityOf(id);
  if (identity) return `你（${IDENTITIES[identity].label}）`;
  if (org) {
    const office = org.disciplineOffice;
    if (office.chatId === id) return `${office.name} · 监督群`;
    if (office.handlers.includes(id)) return `${office.name} · 监督人员`;
    for (const d of org.departments) {
      if (d.chatId === id) return `${d.name} · 工作群`;
      if (d.handlers.includes(id)) return `${d.name} · 经办人`;
    }
    if (org.admins.includes(id)) return '管理员';
  }
  return row.receiveIdType === 'chat_id' ? '群聊' : '用户';
}

/**
 * Who clicks a button on this message in the playground: the user it was sent to, or for a group
 * chat a member who would act there (the first handler of the unit that owns the chat).
 */
export function operatorFor(row: Pick<OutboxRow, 'receiveId' | 'receiveIdType'>, org: Org | null): string {
  if (row.receiveIdType === 'open_id') return row.receiveId;
  const identity = identityOf(row.receiveId);
  if (identity) return IDENTITIES[identity].openId;
  if (org) {
    if (org.disciplineOffice.chatId === row.receiveId && org.disciplineOffice.handlers[0]) {
      return org.disciplineOffice.handlers[0];
    }
    const department = org.departments.find((d) => d.chatId === row.receiveId);
    if (department?.handlers[0]) return department.handlers[0];
  }
  return 'ou_playground_observer';
}

const PURPOSES: Record<string, string> = {
  reply: '回复提问人',
  'ticket.new': '新工单通知',
  'ticket.copy': '监督抄送',
  'ticket.status': '进度告知',
  'ticket.info': '补充材料转达',
  'ticket.question': '承办单位提问',
  'ticket.answer': '反映人回复',
  'ticket.returned': '退回重新分办',
  'ticket.extension': '延期审批',
  'ticket.resolved': '办结待确认',
  'ticket.visit': '回访邀请',
  'ticket.visited': '回访结果',
  'ticket.reopened': '重办',
  'ticket.remind': '到期提醒',
  'ticket.urge': '催办',
  'ticket.escalate': '升级督办',
};

/** The Chinese name of an outbox purpose when known, the code otherwise. */
export function describePurpose(purpose: string): string {
  return PURPOSES[purpose] ?? purpose;
}
