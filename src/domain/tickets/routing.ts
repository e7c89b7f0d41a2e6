// Routing a new complaint: who handles it, who supervises it, who is told. The conflict-of-interest
// rule lives here: 吃拿卡要 and 乱作为 go to the discipline office, never to the department they name.
import { findDepartment } from '../org/org-lookup';
import { type Department, LEVEL_RANK, type Org } from '../org/org-types';
import { type Category, isMisconductCategory } from './category';
import type { HandlerUnit } from './ticket-types';

/** Who gets the new-ticket notice: the handling unit's people and group, with supervisors copied. */
export interface RouteNotify {
  userIds: string[];
  chatIds: string[];
  ccUserIds: string[];
  ccChatIds: string[];
}

/** The department the text points to and why (the alias or keywords found). */
export interface DepartmentMatch {
  departmentId: string;
  by: 'name' | 'keyword';
  terms: string[];
}

/** Where a complaint goes; `reason` says which rule decided it. */
export interface Route {
  handlerUnit: HandlerUnit;
  /** The handling department; null when the discipline office handles or triages it. */
  departmentId: string | null;
  /** For 吃拿卡要/乱作为: the department named in the complaint, recorded but never notified. */
  accusedDepartmentId: string | null;
  /** True when the discipline office must triage (分办) it by hand: no department matched (兜底). */
  needsTriage: boolean;
  supervisorIds: string[];
  notify: RouteNotify;
  reason: 'misconduct' | 'department_match' | 'no_match';
  match: DepartmentMatch | null;
}

/** Decides where a complaint goes from its category and the departments its text names or hints at. */
export function routeComplaint(org: Org, complaint: { category: Category; text: string }): Route {
  const match = matchDepartment(org, complaint.text);
  const supervisorIds = [...org.disciplineOffice.handlers];
  const office = { userIds: supervisorIds, chatIds: chats(org.disciplineOffice.chatId) };
  const misconduct = isMisconductCategory(complaint.category);
  if (misconduct || !match) {
    const accused = misconduct ? (match?.departmentId ?? null) : null;
    const barred = new Set(findDepartment(org, accused)?.handlers ?? []);
    return {
      handlerUnit: 'discipline',
      departmentId: null,
      accusedDepartmentId: accused,
      needsTriage: !misconduct,
      supervisorIds: supervisorIds.filter((id) => !barred.has(id)),
      notify: {
        userIds: office.userIds.filter((id) => !barred.has(id)),
        chatIds: office.chatIds,
        ccUserIds: [],
        ccChatIds: [],
      },
      reason: misconduct ? 'misconduct' : 'no_match',
      match,
    };
  }
  const department = findDepartment(org, match.departmentId)!;
  return {
    handlerUnit: 'department',
    departmentId: department.id,
    accusedDepartmentId: null,
    needsTriage: false,
    supervisorIds,
    notify: {
      userIds: [...department.handlers],
      chatIds: chats(department.chatId),
      ccUserIds: office.userIds,
      ccChatIds: office.chatIds,
    },
    reason: 'department_match',
    match,
  };
}

function chats(chatId: string | null): string[] {
  return chatId ? [chatId] : [];
}

interface Hit {
  department: Department;
  index: number;
  nameTerm: string | null;
  keywords: string[];
}

/**
 * Finds the department a complaint points to. A department named outright (longest name or alias
 * found) beats keyword hints. A unit named only as the place of another hit (示例县 in "示例县的施工许可",
 * since 示例县住房和城乡建设局 starts with it) gives way to that unit and makes it "local".
 * Then more keywords, longer keywords (就业补贴 over 补贴), locality, the higher level (it can pass the
 * case down) and file order decide.
 */
export function matchDepartment(org: Org, text: string): DepartmentMatch | null {
  const hits: Hit[] = org.departments
    .map((department, index) => ({
      department,
      index,
      nameTerm:
        [department.name, ...department.aliases].filter((n) => text.includes(n)).sort(byLengthDesc)[0] ??
        null,
      keywords: department.keywords.filter((k) => text.includes(k)),
    }))
    .filter((h) => h.nameTerm !== null || h.keywords.length > 0);
  const isPlaceOf = (place: Hit, unit: Hit) =>
    place !== unit && place.nameTerm !== null && unit.department.name.startsWith(place.nameTerm);
  const ranked = hits
    .filter((h) => !hits.some((other) => isPlaceOf(h, other)))
    .map((h) => ({ ...h, local: hits.some((place) => isPlaceOf(place, h)) }))
    .sort(
      (a, b) =>
        (b.nameTerm?.length ?? 0) - (a.nameTerm?.length ?? 0) ||
        b.keywords.length - a.keywords.length ||
        totalLength(b.keywords) - totalLength(a.keywords) ||
        Number(b.local) - Number(a.local) ||
        LEVEL_RANK[b.department.level] - LEVEL_RANK[a.department.level] ||
        a.index - b.index,
    );
  const best = ranked[0];
  if (!best) return null;
  return best.nameTerm
    ? { departmentId: best.department.id, by: 'name', terms: [best.nameTerm] }
    : { departmentId: best.department.id, by: 'keyword', terms: best.keywords };
}

function byLengthDesc(a: string, b: string): number {
  return b.length - a.length;
}

function totalLength(terms: readonly string[]): number {
  return terms.reduce((sum, t) => sum + t.length, 0);
}
