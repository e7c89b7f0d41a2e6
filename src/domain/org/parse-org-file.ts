import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { checkOrgFile } from './org-checks';
import { type OrgFile, orgFileSchema } from './org-schema';
import type { Org } from './org-types';

/** The outcome of reading an organisation file: the org, or every problem found, each naming its path. */
export type ParseOrgResult = { ok: true; org: Org } | { ok: false; errors: string[] };

/** Parses and validates the YAML organisation file (ORG_FILE) into an Org, reporting all problems at once. */
export function parseOrgFile(yamlText: string): ParseOrgResult {
  const doc = parseDocument(yamlText);
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => `yaml: ${e.message.split('\n')[0]?.replace(/:$/, '')}`),
    };
  }
  const raw: unknown = doc.toJS();
  if (raw == null) return { ok: false, errors: ['(file): the organisation file is empty'] };
  const parsed = orgFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(formatIssue) };
  const errors = checkOrgFile(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, org: toOrg(parsed.data) };
}

/** Writes a zod path the way the YAML reads: departments[2].parent. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out || '(file)';
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const missing = issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
  const message = missing ? `is required (${issue.expected})` : issue.message.replace(/^Invalid input: /, '');
  return `${formatPath(issue.path)}: ${message}`;
}

function toOrg(file: OrgFile): Org {
  const d = file.deadlines;
  return {
    name: file.name,
    disciplineOffice: {
      name: file.discipline_office.name,
      handlers: file.discipline_office.handlers,
      chatId: file.discipline_office.chat_id ?? null,
    },
    departments: file.departments.map((dep) => ({
      id: dep.id,
      name: dep.name,
      aliases: dep.aliases,
      level: dep.level,
      parent: dep.parent ?? null,
      handlers: dep.handlers,
      chatId: dep.chat_id ?? null,
      keywords: dep.keywords,
    })),
    admins: file.admins,
    deadlines: {
      workingDays: d.working_days,
      signWithinWorkingDays: d.sign_within_working_days,
      remindBeforeWorkingHours: d.remind_before_working_hours,
      escalateAfterWorkingDays: d.escalate_after_working_days,
      extensionMaxWorkingDays: d.extension_max_working_days,
    },
    calendar: { holidays: file.calendar.holidays, workdays: file.calendar.workdays },
  };
}
