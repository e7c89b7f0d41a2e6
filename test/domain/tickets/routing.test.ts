import { describe, expect, it } from 'vitest';
import type { Org } from '../../../src/domain/org/org-types';
import { CATEGORIES, type Category } from '../../../src/domain/tickets/category';
import { matchDepartment, routeComplaint } from '../../../src/domain/tickets/routing';
import { open, org } from './fixtures';

describe('routeComplaint', () => {
  it('should send 慢作为 to the named department, with the discipline office supervising', () => {
    const route = routeComplaint(org, { category: 'delay', text: '住建局的施工许可拖了三个月' });
    expect(route).toEqual({
      handlerUnit: 'department',
      departmentId: 'zjj',
      accusedDepartmentId: null,
      needsTriage: false,
      supervisorIds: ['ou_jw_1', 'ou_jw_2'],
      notify: {
        userIds: ['ou_zjj'],
        chatIds: ['oc_zjj'],
        ccUserIds: ['ou_jw_1', 'ou_jw_2'],
        ccChatIds: ['oc_jw'],
      },
      reason: 'department_match',
      match: { departmentId: 'zjj', by: 'name', terms: ['住建局'] },
    });
  });

  for (const category of ['delay', 'shirking', 'policy', 'other'] as Category[]) {
    it(`should route ${category} to the responsible department`, () => {
      expect(routeComplaint(org, { category, text: '市场监管局营业执照的事' })).toMatchObject({
        handlerUnit: 'department',
        departmentId: 'scjgj',
      });
    });
  }

  for (const category of ['extortion', 'abuse'] as Category[]) {
    it(`should send ${category} to the discipline office and never to the accused department`, () => {
      const route = routeComplaint(org, { category, text: '住建局的人办施工许可时暗示要好处费' });
      expect(route).toMatchObject({
        handlerUnit: 'discipline',
        departmentId: null,
        accusedDepartmentId: 'zjj',
        needsTriage: false,
        reason: 'misconduct',
      });
      const everyone = [...route.notify.userIds, ...route.notify.ccUserIds, ...route.supervisorIds];
      expect(everyone).not.toContain('ou_zjj');
      expect([...route.notify.chatIds, ...route.notify.ccChatIds]).not.toContain('oc_zjj');
      expect(route.notify.userIds).toEqual(['ou_jw_1', 'ou_jw_2']);
    });
  }

  it('should drop a supervisor who also works in the accused department from the notice', () => {
    const overlap: Org = {
      ...org,
      departments: org.departments.map((d) =>
        d.id === 'zjj' ? { ...d, handlers: ['ou_zjj', 'ou_jw_2'] } : d,
      ),
    };
    const route = routeComplaint(overlap, { category: 'extortion', text: '住建局索要红包' });
    expect(route.notify.userIds).toEqual(['ou_jw_1']);
    expect(route.supervisorIds).toEqual(['ou_jw_1']);
  });

  it('should send misconduct naming no department to the discipline office without an accused unit', () => {
    expect(routeComplaint(org, { category: 'extortion', text: '办事员暗示要好处费' })).toMatchObject({
      handlerUnit: 'discipline',
      accusedDepartmentId: null,
      needsTriage: false,
      reason: 'misconduct',
    });
  });

  it('should leave unmatched complaints to discipline-office triage (兜底)', () => {
    for (const category of CATEGORIES.filter((c) => c !== 'extortion' && c !== 'abuse')) {
      expect(routeComplaint(org, { category, text: '各个部门都说不归他们管' })).toMatchObject({
        handlerUnit: 'discipline',
        departmentId: null,
        needsTriage: true,
        reason: 'no_match',
        match: null,
        notify: { userIds: ['ou_jw_1', 'ou_jw_2'], chatIds: ['oc_jw'] },
      });
    }
  });
});

describe('matchDepartment', () => {
  it('should prefer the longest name found (测试县住建局 over 住建局)', () => {
    expect(matchDepartment(org, '测试县住建局拖着不办')).toEqual({
      departmentId: 'xian-zjj',
      by: 'name',
      terms: ['测试县住建局'],
    });
  });

  it('should give a place name way to the local unit it points to', () => {
    expect(matchDepartment(org, '测试县的施工许可办了两个月')).toMatchObject({
      departmentId: 'xian-zjj',
      by: 'keyword',
    });
  });

  it('should prefer the city unit when keywords tie and no place is named', () => {
    expect(matchDepartment(org, '施工许可办了两个月')).toMatchObject({
      departmentId: 'zjj',
      terms: ['施工许可'],
    });
  });

  it('should prefer the more specific keyword (就业补贴 over 补贴)', () => {
    expect(matchDepartment(org, '就业补贴一直不到账')?.departmentId).toBe('rsj');
    expect(matchDepartment(org, '说好的补贴一直不到账')?.departmentId).toBe('gxj');
  });

  it('should prefer a named unit over keyword hints', () => {
    expect(matchDepartment(org, '青石镇答应的补贴不兑现')).toMatchObject({
      departmentId: 'qingshi',
      by: 'name',
    });
  });

  it('should return null when nothing matches', () => {
    expect(matchDepartment(org, '有个问题想反映')).toBeNull();
  });
});

describe('routing at intake', () => {
  it('should record the accused department on a misconduct ticket and assign it to the discipline office', () => {
    const t = open('extortion', '住建局的人索要红包');
    expect(t).toMatchObject({
      status: 'assigned',
      handlerUnit: 'discipline',
      departmentId: null,
      accusedDepartmentId: 'zjj',
    });
  });
});
