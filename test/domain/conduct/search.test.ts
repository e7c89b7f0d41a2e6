import { describe, expect, it } from 'vitest';
import { repairTypos } from '../../../src/domain/conduct/typo';
import { fixtureEngine } from './fixture-engine';

describe('search', () => {
  const engine = fixtureEngine();

  it('should rank the scenario a colloquial question is about first', () => {
    expect(engine.search('有个老总约我吃饭', 3)[0]?.id).toBe('banquet-business-owner');
    expect(engine.search('微信上收到企业转账', 3)[0]?.id).toBe('gift-red-packet');
    expect(engine.search('过年收到了超市购物卡', 3)[0]?.id).toBe('gift-shopping-card');
  });

  it('should find articles as well as scenarios, with scores between 0 and 1', () => {
    const hits = engine.search('接受宴请', 10);
    expect(hits.some((h) => h.type === 'article' && h.id === 'jlcf-2023#第一百零一条')).toBe(true);
    for (const h of hits) expect(h.score).toBeGreaterThan(0);
    for (const h of hits) expect(h.score).toBeLessThanOrEqual(1.0001);
  });

  it('should repair a mistyped character toward a known pair', () => {
    expect(repairTypos('收了个红保', engine.index.vocabulary)).toBe('收了个红包');
    expect(repairTypos('有个做工程的老板', engine.index.vocabulary)).toBe('有个做工程的老板');
    expect(repairTypos('企业过节送了几箱苹果', engine.index.vocabulary)).toBe('企业过节送了几箱苹果');
    // 利息 is a lexicon word: 收利息 is no typo of 收礼
    expect(repairTypos('把钱借给朋友收利息', engine.index.vocabulary)).toBe('把钱借给朋友收利息');
  });

  it('should return nothing for a query sharing no token with the corpus', () => {
    expect(engine.search('xyz', 5)).toEqual([]);
  });

  it('should answer a search quickly once the index is loaded', () => {
    const started = performance.now();
    for (let i = 0; i < 200; i += 1) engine.search('老板请吃饭能去吗', 10);
    expect((performance.now() - started) / 200).toBeLessThan(5);
  });
});
