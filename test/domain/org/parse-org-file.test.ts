import { describe, expect, it } from 'vitest';
import { ancestorsOf, calendarOf, findDepartment } from '../../../src/domain/org/org-lookup';
import { parseOrgFile } from '../../../src/domain/org/parse-org-file';

const SPEC_EXAMPLE = `
name: 示例市
discipline_office:
  name: 示例市纪委监委
  handlers: [ou_discipline_1]
  chat_id: oc_supervision
departments:
  - id: zjj
    name: 示例市住房和城乡建设局
    aliases: [住建局, 建设局]
    level: city
    parent: null
    handlers: [ou_zjj_1]
    chat_id: oc_zjj
    keywords: [施工许可, 工程, 建筑]
admins: [ou_admin_1]
`;

const dept = (id: string, level: string, parent: string | null, extra = '') =>
  `  - { id: ${id}, name: ${id}单位, level: ${level}, parent: ${parent ?? 'null'}, handlers: [ou_${id.replaceAll('-', '_')}]${extra} }\n`;

const withDepartments = (rows: string) =>
  `name: 测试市\ndiscipline_office: { name: 纪委, handlers: [ou_jw] }\nadmins: [ou_admin]\ndepartments:\n${rows}`;

function errorsOf(yaml: string): string[] {
  const r = parseOrgFile(yaml);
  return r.ok ? [] : r.errors;
}

describe('parseOrgFile', () => {
  it('should accept the SPEC example and fill in default deadlines and an empty calendar', () => {
    const r = parseOrgFile(SPEC_EXAMPLE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.org.disciplineOffice).toEqual({
      name: '示例市纪委监委',
      handlers: ['ou_discipline_1'],
      chatId: 'oc_supervision',
    });
    expect(r.org.departments[0]).toEqual({
      id: 'zjj',
      name: '示例市住房和城乡建设局',
      aliases: ['住建局', '建设局'],
      level: 'city',
      parent: null,
      handlers: ['ou_zjj_1'],
      chatId: 'oc_zjj',
      keywords: ['施工许可', '工程', '建筑'],
    });
    expect(r.org.deadlines).toEqual({
      workingDays: { extortion: 5, abuse: 5, delay: 5, shirking: 5, policy: 10, other: 10 },
      signWithinWorkingDays: 1,
      remindBeforeWorkingHours: 4,
      escalateAfterWorkingDays: 2,
      extensionMaxWorkingDays: 10,
    });
    expect(r.org.calendar).toEqual({ holidays: [], workdays: [] });
  });

  it('should read deadlines and calendar when given', () => {
    const r = parseOrgFile(
      `${SPEC_EXAMPLE}deadlines:\n  working_days: { policy: 15 }\n  sign_within_working_days: 0\ncalendar:\n  holidays: [{ name: 国庆节, from: 2026-10-01, to: 2026-10-07 }]\n  workdays: [2026-10-10]\n`,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.org.deadlines.workingDays.policy).toBe(15);
    expect(r.org.deadlines.workingDays.delay).toBe(5);
    expect(r.org.deadlines.signWithinWorkingDays).toBe(0);
    expect(calendarOf(r.org).daysOff.has('2026-10-07')).toBe(true);
    expect(calendarOf(r.org)).toBe(calendarOf(r.org));
  });

  it('should name an unknown parent by its path', () => {
    expect(
      errorsOf(withDepartments(dept('a', 'city', null) + dept('b', 'county', 'a') + dept('c', 'town', 'xx'))),
    ).toEqual(['departments[2].parent: unknown department "xx"']);
  });

  it('should require a parent to be a higher level', () => {
    expect(errorsOf(withDepartments(dept('a', 'county', null) + dept('b', 'county', 'a')))).toEqual([
      'departments[1].parent: "a" is county level; the parent of a county unit must be a higher level',
    ]);
    expect(errorsOf(withDepartments(dept('a', 'town', null) + dept('b', 'city', 'a')))).toHaveLength(1);
  });

  it('should report a cycle of parents', () => {
    const errors = errorsOf(withDepartments(dept('a', 'city', 'b') + dept('b', 'city', 'a')));
    expect(errors).toContain('departments[0].parent: cycle a → b → a');
    expect(errors).toContain('departments[1].parent: cycle b → a → b');
    expect(errorsOf(withDepartments(dept('a', 'city', 'a')))).toContain('departments[0].parent: cycle a → a');
  });

  it('should refuse duplicate ids and names or aliases used twice', () => {
    const errors = errorsOf(
      withDepartments(
        dept('a', 'city', null, ', aliases: [住建局]') +
          dept('a', 'city', null) +
          dept('c', 'city', null, ', aliases: [住建局]'),
      ),
    );
    expect(errors).toContain('departments[1].id: duplicate id "a" (already used by departments[0])');
    expect(errors).toContain('departments[1].name: "a单位" is already used by departments[0] (a)');
    expect(errors).toContain('departments[2].aliases[0]: "住建局" is already used by departments[0] (a)');
  });

  it('should refuse unknown levels, missing handlers, bad ids and open_ids, and unknown keys', () => {
    const errors = errorsOf(
      withDepartments(
        '  - { id: A, name: x, level: province, handlers: [] }\n  - { id: b, name: y, level: city, handler: [ou_b] }\n  - { id: c, name: z, level: city, handlers: [zhang@example.com] }\n',
      ),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        'departments[0].id: must use lower-case letters, digits, "-" or "_" (e.g. zjj)',
        'departments[0].level: must be town, county or city',
        'departments[0].handlers: needs at least one handler',
        'departments[1].handlers: is required (array)',
        'departments[1]: Unrecognized key: "handler"',
        'departments[2].handlers[0]: must be a Lark open_id starting with "ou_"',
      ]),
    );
  });

  it('should check deadlines are sensible whole numbers', () => {
    const errors = errorsOf(
      `${SPEC_EXAMPLE}deadlines:\n  working_days: { delay: 0, policy: 2.5 }\n  escalate_after_working_days: 0\n`,
    );
    expect(errors).toEqual([
      'deadlines.working_days.delay: must be at least 1',
      'deadlines.working_days.policy: must be a whole number',
      'deadlines.escalate_after_working_days: must be at least 1',
    ]);
  });

  it('should check the calendar: real dates, ranges in order, 调休 days on weekends only', () => {
    const errors = errorsOf(
      `${SPEC_EXAMPLE}calendar:\n  holidays:\n    - { name: 春节, from: 2026-02-23, to: 2026-02-15 }\n    - { name: 国庆节, from: 2026-10-01, to: 2026-10-07 }\n  workdays: [2026-10-10, 2026-10-10, 2026-10-09, 2026-10-03]\n`,
    );
    expect(errors).toEqual([
      'calendar.holidays[0].to: 2026-02-15 is before from 2026-02-23',
      'calendar.workdays[1]: 2026-10-10 is listed twice',
      'calendar.workdays[2]: 2026-10-09 is a weekday already; list only the weekend days worked instead (调休上班)',
      'calendar.workdays[3]: 2026-10-03 is also inside a holiday range',
    ]);
    expect(errorsOf(`${SPEC_EXAMPLE}calendar:\n  workdays: [2026-02-30]\n`)).toEqual([
      'calendar.workdays[0]: must be a real date written YYYY-MM-DD, e.g. 2026-10-01',
    ]);
    expect(
      errorsOf(`${SPEC_EXAMPLE}calendar:\n  holidays: [{ name: 错, from: 2026-01-01, to: 2026-12-31 }]\n`),
    ).toEqual(['calendar.holidays[0]: 错 spans more than 31 days']);
  });

  it('should report YAML syntax errors and empty files in one line each', () => {
    expect(errorsOf('name: [a,\n b: 1')[0]).toMatch(/^yaml: .+line 2/);
    expect(errorsOf('name: a\nname: b\n')[0]).toMatch(/^yaml: Map keys must be unique/);
    expect(errorsOf('')).toEqual(['(file): the organisation file is empty']);
    expect(errorsOf('- a')).toEqual(['(file): expected object, received array']);
  });

  it('should require the discipline office and at least one admin', () => {
    expect(errorsOf('name: x\nadmins: []\n')).toEqual([
      'discipline_office: is required (object)',
      'admins: needs at least one admin open_id',
    ]);
  });
});

describe('org lookups', () => {
  it('should walk the escalation chain upwards and stop at the top', () => {
    const r = parseOrgFile(
      withDepartments(
        dept('city', 'city', null) + dept('county', 'county', 'city') + dept('town', 'town', 'county'),
      ),
    );
    if (!r.ok) throw new Error(r.errors.join());
    expect(ancestorsOf(r.org, 'town').map((d) => d.id)).toEqual(['county', 'city']);
    expect(ancestorsOf(r.org, 'city')).toEqual([]);
    expect(findDepartment(r.org, null)).toBeUndefined();
  });
});
