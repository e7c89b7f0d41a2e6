import { describe, expect, it } from 'vitest';
import { viewForHandler } from '../../../src/domain/tickets/anonymity';
import { open } from './fixtures';

describe('viewForHandler', () => {
  it('should strip the reporter identity and enterprise of an anonymous ticket', () => {
    const t = { ...open('delay', '住建局拖着不办', { anonymous: true }), queryKeyHash: 'abc' };
    const view = viewForHandler(t);
    expect(view.reporter).toEqual({ id: null, channel: 'lark', anonymous: true });
    expect(view.enterprise).toBeNull();
    expect(JSON.stringify(view)).not.toMatch(/ou_reporter|王经理|13800000000|示例建材|abc/);
    expect(view.description).toBe('住建局拖着不办');
  });

  it('should keep a real-name reporter but still drop the query-key hash', () => {
    const t = { ...open('delay', '住建局拖着不办'), queryKeyHash: 'abc' };
    const view = viewForHandler(t);
    expect(view.reporter).toEqual({
      id: 'ou_reporter',
      name: '王经理',
      contact: '13800000000',
      channel: 'lark',
    });
    expect(view.enterprise).toBe('示例建材有限公司');
    expect('queryKeyHash' in view).toBe(false);
  });

  it('should show the accused department to the discipline office only', () => {
    const misconduct = open('extortion', '住建局索要红包');
    expect(viewForHandler(misconduct).accusedDepartmentId).toBe('zjj');
    expect(
      viewForHandler({ ...misconduct, handlerUnit: 'department', departmentId: 'scjgj' }).accusedDepartmentId,
    ).toBeNull();
  });

  it('should not modify the ticket it is given', () => {
    const t = open('delay', '住建局拖着不办', { anonymous: true });
    const copy = structuredClone(t);
    viewForHandler(t);
    expect(t).toEqual(copy);
  });
});
