// Effects of the extension actions: 申请延期, 批准延期, 驳回延期.
import { extendDeadline } from '../calendar/working-days';
import { calendarOf } from '../org/org-lookup';
import { type Effect, isRefusal, optionalText, refuse, requiredText } from './effect-support';

/** 申请延期: the unit asks for more working days before the deadline, with a reason; a supervisor decides. */
export const requestExtension: Effect = ({ org, ticket, auth, now, input }) => {
  if (ticket.pendingExtension) return refuse('extension_pending', '已有一项延期申请等待审批，请勿重复申请。');
  if (ticket.deadlineAt !== null && now >= ticket.deadlineAt) {
    return refuse('deadline_passed', '已超过办理期限，不能再申请延期，请尽快办结。');
  }
  const days = input.days;
  if (days === undefined || !Number.isInteger(days) || days < 1) {
    return refuse('invalid_input', '请填写延期天数（工作日，正整数）。');
  }
  const max = org.deadlines.extensionMaxWorkingDays;
  if (ticket.extensionDays + days > max) {
    return refuse(
      'extension_too_long',
      `延期累计不得超过${max}个工作日（本轮已延期${ticket.extensionDays}个工作日）。`,
    );
  }
  const reason = requiredText(input.reason, '延期理由');
  if (isRefusal(reason)) return reason;
  return {
    ok: true,
    note: reason,
    data: { days },
    ticket: { ...ticket, pendingExtension: { days, reason, requestedBy: auth.actorLabel, requestedAt: now } },
  };
};

/** 批准延期: a supervisor (not the requester) moves the deadline by the requested working days. */
export const approveExtension: Effect = ({ org, ticket, auth, input }) => {
  const pending = ticket.pendingExtension;
  if (!pending) return refuse('no_pending_extension', '该工单没有待审批的延期申请。');
  if (pending.requestedBy === auth.actorLabel && auth.role !== 'admin') {
    return refuse('self_approval', '不能审批自己提出的延期申请，请由其他监督人员或管理员审批。');
  }
  const base = ticket.deadlineAt;
  if (base === null) return refuse('no_deadline', '该工单没有办理期限，无法延期。');
  const note = optionalText(input.note);
  if (isRefusal(note)) return note;
  const deadlineAt = extendDeadline(calendarOf(org), base, pending.days);
  return {
    ok: true,
    note,
    data: { days: pending.days, deadlineAt },
    ticket: {
      ...ticket,
      deadlineAt,
      extensionDays: ticket.extensionDays + pending.days,
      pendingExtension: null,
    },
  };
};

/** 驳回延期: a supervisor refuses the extension (reason required); the deadline stays. */
export const rejectExtension: Effect = ({ ticket, input }) => {
  const pending = ticket.pendingExtension;
  if (!pending) return refuse('no_pending_extension', '该工单没有待审批的延期申请。');
  const reason = requiredText(input.reason, '驳回理由');
  if (isRefusal(reason)) return reason;
  return {
    ok: true,
    note: reason,
    data: { days: pending.days },
    ticket: { ...ticket, pendingExtension: null },
  };
};
