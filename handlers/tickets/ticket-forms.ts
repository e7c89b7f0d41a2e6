// The card forms behind the buttons that need input: 退回 reason, 延期 days, 办结 note, 交办 department,
// 回访 score, 重办 reason, a question to the reporter, the reporter's answer and 补充材料.
import type { FormField, ReplyForm } from '../../src/domain/chat/reply';
import type { Org } from '../../src/domain/org/org-types';
import { MAX_NOTE_LENGTH } from '../../src/domain/tickets/effect-support';
import type { Ticket } from '../../src/domain/tickets/ticket-types';
import type { Audience } from './recipients';
import type { CardOp } from './ticket-buttons';

/** The select value meaning "the discipline office handles it itself" in the 交办 form. */
export const SELF_HANDLED = '__discipline';

const text = (name: string, label: string, required: boolean, placeholder?: string): FormField => ({
  kind: 'text',
  name,
  label,
  required,
  multiline: true,
  maxLength: MAX_NOTE_LENGTH,
  ...(placeholder ? { placeholder } : {}),
});

const SCORES = [
  { label: '5 分 非常满意', value: '5' },
  { label: '4 分 满意', value: '4' },
  { label: '3 分 基本满意', value: '3' },
  { label: '2 分 不满意', value: '2' },
  { label: '1 分 很不满意', value: '1' },
];

function fields(
  org: Org,
  ticket: Ticket,
  op: CardOp,
): { title: string; submit: string; fields: FormField[] } | null {
  switch (op) {
    case 'return':
      return {
        title: '退回工单',
        submit: '确认退回',
        fields: [text('reason', '退回理由', true, '说明为何不属于本单位办理')],
      };
    case 'request_extension': {
      const left = org.deadlines.extensionMaxWorkingDays - ticket.extensionDays;
      const options = Array.from({ length: Math.max(0, Math.min(left, 10)) }, (_, i) => ({
        label: `${i + 1} 个工作日`,
        value: String(i + 1),
      }));
      return {
        title: '申请延期（由纪委监委审批）',
        submit: '提交申请',
        fields: [
          { kind: 'select', name: 'days', label: '延期天数', options, required: true },
          text('reason', '延期理由', true),
        ],
      };
    }
    case 'resolve':
      return {
        title: '办结：填写整改情况',
        submit: '确认办结',
        fields: [text('note', '整改情况', true, '做了什么、结果如何，反映人将据此确认')],
      };
    case 'reject_extension':
      return { title: '驳回延期申请', submit: '确认驳回', fields: [text('reason', '驳回理由', true)] };
    case 'assign': {
      const options = [
        { label: `${org.disciplineOffice.name}（自办）`, value: SELF_HANDLED },
        ...org.departments
          .filter((d) => d.id !== ticket.accusedDepartmentId)
          .map((d) => ({ label: d.name, value: d.id })),
      ];
      return {
        title: '交办：选择承办单位',
        submit: '确认交办',
        fields: [
          { kind: 'select', name: 'department', label: '承办单位', options, required: true },
          text('note', '交办意见（可不填）', false),
        ],
      };
    }
    case 'visit':
      return {
        title: '回访：对办理结果的满意度',
        submit: '提交评价',
        fields: [
          { kind: 'select', name: 'score', label: '满意度', options: SCORES, required: true },
          text('reason', '意见（3 分及以下请说明原因）', false),
        ],
      };
    case 'reopen':
      return { title: '要求重办', submit: '确认重办', fields: [text('reason', '不满意之处', true)] };
    case 'ask':
      return {
        title: '向反映人提问（经亲清助手转达，不显示双方身份）',
        submit: '发送',
        fields: [text('question', '问题', true)],
      };
    case 'reply':
      return {
        title: '回复承办单位（经亲清助手转达）',
        submit: '发送回复',
        fields: [text('answer', '回复内容', true)],
      };
    case 'supplement': {
      const identity: FormField[] = ticket.anonymous
        ? []
        : [
            { kind: 'text', name: 'enterprise', label: '企业名称', required: false, maxLength: 200 },
            { kind: 'text', name: 'contact', label: '联系方式', required: false, maxLength: 100 },
          ];
      return {
        title: ticket.anonymous ? '补充材料（匿名，不要填写能认出您的信息）' : '补充材料',
        submit: '提交补充材料',
        fields: [
          ...identity,
          text('when_where', '时间、地点', false, '例如：11月10日上午，市政务服务中心3号窗口'),
          text(
            'details',
            '经过和证据',
            false,
            '经过、涉及人员，有无聊天记录、票据等；图片和文件可直接发给我',
          ),
        ],
      };
    }
    default:
      return null;
  }
}

/** The form an operation needs on this ticket, or null when it runs without input. */
export function formFor(org: Org, ticket: Ticket, op: CardOp, aud: Audience): ReplyForm | null {
  const spec = fields(org, ticket, op);
  if (!spec) return null;
  return {
    name: `ticket_${op}`,
    title: spec.title,
    fields: spec.fields,
    submit: {
      label: spec.submit,
      style: 'primary',
      value: { action: 'ticket.act', code: ticket.code, op, aud },
    },
    cancel: { label: '取消', value: { action: 'ticket.view', code: ticket.code, aud } },
  };
}
