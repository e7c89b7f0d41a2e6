// Cross-reference checks the schema cannot express: parents, levels, cycles, unique names, calendar sanity.
import { addCalendarDays, chinaWeekday } from '../calendar/china-time';
import { MAX_HOLIDAY_RANGE_DAYS } from '../calendar/work-calendar';
import type { OrgFile } from './org-schema';
import { LEVEL_RANK } from './org-types';

/** Every cross-reference problem in a schema-valid organisation file, each naming its path. */
export function checkOrgFile(file: OrgFile): string[] {
  return [...checkDepartments(file), ...checkNames(file), ...checkCalendar(file)];
}

function checkDepartments(file: OrgFile): string[] {
  const errors: string[] = [];
  const index = new Map<string, number>();
  file.departments.forEach((d, i) => {
    const first = index.get(d.id);
    if (first === undefined) index.set(d.id, i);
    else errors.push(`departments[${i}].id: duplicate id "${d.id}" (already used by departments[${first}])`);
  });
  file.departments.forEach((d, i) => {
    if (d.parent == null) return;
    const p = index.get(d.parent);
    const parent = p === undefined ? undefined : file.departments[p];
    if (!parent) {
      errors.push(`departments[${i}].parent: unknown department "${d.parent}"`);
    } else if (LEVEL_RANK[parent.level] <= LEVEL_RANK[d.level]) {
      errors.push(
        `departments[${i}].parent: "${d.parent}" is ${parent.level} level; the parent of a ${d.level} unit must be a higher level`,
      );
    }
  });
  file.departments.forEach((d, i) => {
    const seen = [d.id];
    for (let id = d.parent; id != null; ) {
      if (id === d.id) {
        errors.push(`departments[${i}].parent: cycle ${[...seen, id].join(' → ')}`);
        break;
      }
      if (seen.includes(id)) break; // a cycle not through this department; reported on its own members
      seen.push(id);
      const next = index.get(id);
      id = next === undefined ? null : (file.departments[next]?.parent ?? null);
    }
  });
  return errors;
}

function checkNames(file: OrgFile): string[] {
  const errors: string[] = [];
  const owners = new Map<string, string>();
  const claim = (term: string, path: string, owner: string) => {
    const previous = owners.get(term);
    if (previous === undefined) owners.set(term, owner);
    else if (previous !== owner) errors.push(`${path}: "${term}" is already used by ${previous}`);
  };
  claim(file.discipline_office.name, 'discipline_office.name', 'discipline_office');
  file.departments.forEach((d, i) => {
    const owner = `departments[${i}] (${d.id})`;
    claim(d.name, `departments[${i}].name`, owner);
    d.aliases.forEach((a, j) => {
      claim(a, `departments[${i}].aliases[${j}]`, owner);
    });
  });
  return errors;
}

function checkCalendar(file: OrgFile): string[] {
  const errors: string[] = [];
  const daysOff = new Set<string>();
  file.calendar.holidays.forEach((h, i) => {
    if (h.to < h.from) {
      errors.push(`calendar.holidays[${i}].to: ${h.to} is before from ${h.from}`);
      return;
    }
    let day = h.from;
    for (let n = 0; day <= h.to; n++, day = addCalendarDays(day, 1)) {
      if (n >= MAX_HOLIDAY_RANGE_DAYS) {
        errors.push(`calendar.holidays[${i}]: ${h.name} spans more than ${MAX_HOLIDAY_RANGE_DAYS} days`);
        return;
      }
      daysOff.add(day);
    }
  });
  const seen = new Set<string>();
  file.calendar.workdays.forEach((day, i) => {
    const path = `calendar.workdays[${i}]`;
    const weekday = chinaWeekday(day);
    if (seen.has(day)) errors.push(`${path}: ${day} is listed twice`);
    else if (weekday !== 0 && weekday !== 6) {
      errors.push(
        `${path}: ${day} is a weekday already; list only the weekend days worked instead (调休上班)`,
      );
    } else if (daysOff.has(day)) errors.push(`${path}: ${day} is also inside a holiday range`);
    seen.add(day);
  });
  return errors;
}
