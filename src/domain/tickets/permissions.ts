import { isDepartmentHandler } from '../org/org-lookup';
import type { Org } from '../org/org-types';
import { ACTION_RULES } from './action-rules';
import { ACTION_LABELS, ROLE_LABELS } from './labels';
import type { Actor, Refusal, Role, Ticket, TicketAction } from './ticket-types';

/** The roles an actor holds on one ticket, and whether the actor is barred as part of the accused unit. */
export interface ActorRoles {
  roles: Role[];
  /** True when the actor is a handler of the department the complaint accuses: barred from everything. */
  conflict: boolean;
}

/** Works out an actor's roles on a ticket from the org file: assigned handlers, supervisors, admins, reporter. */
export function resolveRoles(org: Org, ticket: Ticket, actor: Actor): ActorRoles {
  if (actor.type === 'system') return { roles: ['system'], conflict: false };
  if (actor.type === 'reporter') return { roles: ['reporter'], conflict: false };
  const id = actor.openId;
  if (ticket.accusedDepartmentId !== null && isDepartmentHandler(org, ticket.accusedDepartmentId, id)) {
    return { roles: [], conflict: true };
  }
  const roles: Role[] = [];
  if (isHandler(org, ticket, id)) roles.push('handler');
  if (org.disciplineOffice.handlers.includes(id)) roles.push('supervisor');
  if (org.admins.includes(id)) roles.push('admin');
  if (ticket.reporter.channel === 'lark' && ticket.reporter.id === id) roles.push('reporter');
  return { roles, conflict: false };
}

function isHandler(org: Org, ticket: Ticket, openId: string): boolean {
  if (ticket.handlerUnit === 'department') return isDepartmentHandler(org, ticket.departmentId, openId);
  return ticket.status !== 'received' && org.disciplineOffice.handlers.includes(openId);
}

/** Permission to act: the role used and the label the history records (never the reporter's own id). */
export interface Authorization {
  ok: true;
  role: Role;
  actorLabel: string;
}

/** Decides whether an actor may take an action on a ticket, by the roles table in action-rules.ts. */
export function authorize(
  org: Org,
  ticket: Ticket,
  actor: Actor,
  action: TicketAction,
): Authorization | Refusal {
  const { roles, conflict } = resolveRoles(org, ticket, actor);
  if (conflict) {
    return {
      ok: false,
      code: 'conflict_of_interest',
      message: '您所在单位是该工单反映的对象，按回避规定不能查看或处理该工单。',
    };
  }
  const allowed = ACTION_RULES[action].roles;
  const role = allowed.find((r) => roles.includes(r));
  if (!role) {
    const who = allowed.map((r) => ROLE_LABELS[r]).join('、');
    return {
      ok: false,
      code: 'forbidden',
      message: `您无权对该工单执行「${ACTION_LABELS[action]}」，只有${who}可以操作。`,
    };
  }
  const actorLabel =
    actor.type === 'system'
      ? 'system'
      : actor.type === 'reporter' || roles.includes('reporter')
        ? 'reporter'
        : actor.openId;
  return { ok: true, role, actorLabel };
}
