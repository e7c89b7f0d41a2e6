// The shape of the organisation file (YAML, snake_case keys as people write them). Unknown keys are
// rejected so a typo such as `handler:` for `handlers:` is reported instead of silently ignored.
import { z } from 'zod';
import { isDateKey } from '../calendar/china-time';

const text = z.string().trim().min(1, 'must not be empty');
const openId = z.string().regex(/^ou_[A-Za-z0-9_-]+$/, 'must be a Lark open_id starting with "ou_"');
const chatId = z.string().regex(/^oc_[A-Za-z0-9_-]+$/, 'must be a Lark chat_id starting with "oc_"');
const dateKey = z.string().refine(isDateKey, 'must be a real date written YYYY-MM-DD, e.g. 2026-10-01');
const days = (min: number, max: number) =>
  z
    .number()
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const disciplineOfficeSchema = z.strictObject({
  name: text,
  handlers: z.array(openId).min(1, 'needs at least one handler'),
  chat_id: chatId.nullish(),
});

const departmentSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'must use lower-case letters, digits, "-" or "_" (e.g. zjj)'),
  name: text,
  aliases: z.array(text).default([]),
  level: z.enum(['town', 'county', 'city'], 'must be town, county or city'),
  parent: z.string().nullish(),
  handlers: z.array(openId).min(1, 'needs at least one handler'),
  chat_id: chatId.nullish(),
  keywords: z.array(text).default([]),
});

const workingDaysSchema = z.strictObject({
  extortion: days(1, 60).default(5),
  shirking: days(1, 60).default(5),
  delay: days(1, 60).default(5),
  abuse: days(1, 60).default(5),
  policy: days(1, 60).default(10),
  other: days(1, 60).default(10),
});

const deadlinesSchema = z.strictObject({
  working_days: workingDaysSchema.default(workingDaysSchema.parse({})),
  sign_within_working_days: days(0, 10).default(1),
  remind_before_working_hours: days(0, 90).default(4),
  escalate_after_working_days: days(1, 30).default(2),
  extension_max_working_days: days(0, 60).default(10),
});

const calendarSchema = z.strictObject({
  holidays: z.array(z.strictObject({ name: text, from: dateKey, to: dateKey })).default([]),
  workdays: z.array(dateKey).default([]),
});

/** The organisation file as written (snake_case); defaults fill deadlines and calendar when left out. */
export const orgFileSchema = z.strictObject({
  name: text,
  discipline_office: disciplineOfficeSchema,
  departments: z.array(departmentSchema).default([]),
  admins: z.array(openId).min(1, 'needs at least one admin open_id'),
  deadlines: deadlinesSchema.default(deadlinesSchema.parse({})),
  calendar: calendarSchema.default(calendarSchema.parse({})),
});

/** The organisation file after schema validation, before the cross-reference checks. */
export type OrgFile = z.infer<typeof orgFileSchema>;
