// Effects of the handling actions: 交办, 签收, 退回, 办结, 催办, 升级督办, 补充说明.
import { findDepartment } from '../org/org-lookup';
import { roundDeadlines, triageDeadline } from './deadlines';
import { type Effect, isRefusal, optionalText, refuse, requiredText } from './effect-support';

/** 交办: hands a received ticket to a department (or to the discipline office itself) and starts the clocks. */
export const assign: Effect = ({ org, ticket, now, input }) => {
  if (input.departmentId === undefined)
    return refuse('invalid_input', '请选择承办单位（或由纪委监委自办）。');
  const note = optionalText(input.note);
  if (isRefusal(note)) return note;
  const departmentId = input.departmentId;
  if (departmentId !== null) {
    const department = findDepartment(org, departmentId);
    if (!department)
      return refuse('unknown_department', `找不到承办单位「${departmentId}」，请检查组织架构配置。`);
    if (departmentId === ticket.accusedDepartmentId) {
      return refuse(
        'conflict_of_interest',
        `该投诉反映的正是「${department.name}」，按回避规定不能交由其办理。`,
      );
    }
  }
  const deadlines = roundDeadlines(org, ticket.category, now);
  return {
    ok: true,
    note,
    data: { departmentId, deadlineAt: deadlines.deadlineAt, signDeadlineAt: deadlines.signDeadlineAt },
    ticket: {
      ...ticket,
      status: 'assigned',
      handlerUnit: departmentId === null ? 'discipline' : 'department',
      departmentId,
      assignedAt: now,
      ...deadlines,
      extensionDays: 0,
      pendingExtension: null,
      escalationLevel: 0,
    },
  };
};

/** 签收: the assigned unit acknowledges the ticket and starts rectifying (整改中). */
export const accept: Effect = ({ ticket, input }) => {
  const note = optionalText(input.note);
  if (isRefusal(note)) return note;
  return { ok: true, note, ticket: { ...ticket, status: 'in_progress' } };
};

/** 退回: the unit says the ticket is not theirs (reason required); it goes back to the discipline office to re-assign. */
export const returnTicket: Effect = ({ org, ticket, now, input }) => {
  const reason = requiredText(input.reason, '退回理由');
  if (isRefusal(reason)) return reason;
  return {
    ok: true,
    note: reason,
    data: { returnedBy: ticket.departmentId },
    ticket: {
      ...ticket,
      status: 'received',
      handlerUnit: 'discipline',
      departmentId: null,
      assignedAt: null,
      signDeadlineAt: triageDeadline(org, now),
      deadlineAt: null,
      extensionDays: 0,
      pendingExtension: null,
      escalationLevel: 0,
    },
  };
};

/** 办结: the unit reports what it rectified (note required); the reporter then confirms (销号). */
export const resolve: Effect = ({ ticket, now, input }) => {
  const note = requiredText(input.note, '办结说明（整改情况）');
  if (isRefusal(note)) return note;
  return {
    ok: true,
    note,
    ticket: { ...ticket, status: 'resolved', resolution: note, resolvedAt: now, pendingExtension: null },
  };
};

/** 催办: a recorded push to the handling unit; the status does not change. */
export const urge: Effect = ({ ticket, input }) => {
  const note = optionalText(input.note);
  if (isRefusal(note)) return note;
  return { ok: true, note, ticket };
};

/** 升级督办: records that the ticket was escalated to a higher level (1 = one level up). */
export const escalate: Effect = ({ ticket, input }) => {
  const note = optionalText(input.note);
  if (isRefusal(note)) return note;
  const level = input.level ?? ticket.escalationLevel + 1;
  if (!Number.isInteger(level) || level < 1 || level > 10)
    return refuse('invalid_input', '升级层级应为 1 到 10 的整数。');
  if (level <= ticket.escalationLevel) {
    return refuse('already_escalated', `该工单已升级到第${ticket.escalationLevel}级，无需重复升级。`);
  }
  return { ok: true, note, data: { level }, ticket: { ...ticket, escalationLevel: level } };
};

/** 补充说明: the reporter adds information or staff add a remark; the status does not change. */
export const comment: Effect = ({ ticket, input }) => {
  const note = requiredText(input.note, '补充内容');
  if (isRefusal(note)) return note;
  return { ok: true, note, ticket };
};
