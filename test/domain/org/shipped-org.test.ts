import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../../src/domain/calendar/work-calendar';
import { ancestorsOf, calendarOf } from '../../../src/domain/org/org-lookup';
import type { Org } from '../../../src/domain/org/org-types';
import { parseOrgFile } from '../../../src/domain/org/parse-org-file';
import { routeComplaint } from '../../../src/domain/tickets/routing';

function shipped(): Org {
  const r = parseOrgFile(readFileSync(new URL('../../../knowledge/org.yaml', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(`knowledge/org.yaml is invalid:\n${r.errors.join('\n')}`);
  return r.org;
}

describe('knowledge/org.yaml (the worked example)', () => {
  const org = shipped();

  it('should have city bureaus, two counties with their own bureaus, and towns under them', () => {
    const levels = (l: string) => org.departments.filter((d) => d.level === l).length;
    expect(levels('city')).toBeGreaterThanOrEqual(10);
    expect(levels('county')).toBeGreaterThanOrEqual(6);
    expect(levels('town')).toBeGreaterThanOrEqual(4);
    for (const town of org.departments.filter((d) => d.level === 'town')) {
      expect(ancestorsOf(org, town.id).map((d) => d.level)).toEqual(['county', 'city']);
    }
  });

  it('should carry the whole 2026 schedule from reference/holidays.md', () => {
    const cal = calendarOf(org);
    expect(org.calendar.holidays.map((h) => h.name)).toEqual([
      '元旦',
      '春节',
      '清明节',
      '劳动节',
      '端午节',
      '中秋节',
      '国庆节',
    ]);
    expect(cal.daysOff.size).toBe(3 + 9 + 3 + 5 + 3 + 3 + 7);
    expect([...cal.workdays].sort()).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    expect(isWorkingDay(cal, '2026-10-10')).toBe(true);
    expect(isWorkingDay(cal, '2026-02-17')).toBe(false);
  });

  it('should route typical complaints to sensible units', () => {
    const route = (category: 'delay' | 'policy' | 'extortion', text: string) =>
      routeComplaint(org, { category, text });
    expect(route('delay', '示例县的施工许可办了两个月还没批下来').departmentId).toBe('xian-zjj');
    expect(route('delay', '办营业执照拖了一个月').departmentId).toBe('scjgj');
    expect(route('policy', '就业补贴一直不到账').departmentId).toBe('rsj');
    expect(route('policy', '留抵退税迟迟不退').departmentId).toBe('swj');
    expect(route('delay', '环评批复等了半年').departmentId).toBe('sthjj');
    expect(route('policy', '东城街道答应的补贴不兑现').departmentId).toBe('dongcheng');
    const misconduct = route('extortion', '市场监管局的人办营业执照时暗示要好处费');
    expect(misconduct).toMatchObject({
      handlerUnit: 'discipline',
      departmentId: null,
      accusedDepartmentId: 'scjgj',
    });
  });
});
