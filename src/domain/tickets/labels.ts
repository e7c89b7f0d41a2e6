import type { Role, TicketAction, TicketStatus } from './ticket-types';

/** The Chinese name of each status, as shown on cards and the status page. */
export const STATUS_LABELS: Readonly<Record<TicketStatus, string>> = {
  received: '已受理（待分办）',
  assigned: '已交办（待签收）',
  in_progress: '整改中',
  resolved: '已办结（待销号）',
  verified: '已销号（待回访）',
  visited: '已回访',
  closed: '已归档',
};

/** The Chinese name of each action, as shown on buttons and in the history. */
export const ACTION_LABELS: Readonly<Record<TicketAction | 'open', string>> = {
  open: '受理',
  assign: '交办',
  accept: '签收',
  return: '退回',
  request_extension: '申请延期',
  approve_extension: '批准延期',
  reject_extension: '驳回延期',
  resolve: '办结',
  verify: '对账销号',
  visit: '回访',
  reopen: '重办',
  close: '归档',
  urge: '催办',
  escalate: '升级督办',
  comment: '补充说明',
};

/** The Chinese name of each role, for refusal messages. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  handler: '承办单位经办人',
  supervisor: '纪检监察监督人员',
  admin: '管理员',
  reporter: '反映人',
  system: '系统',
};
