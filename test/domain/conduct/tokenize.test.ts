import { describe, expect, it } from 'vitest';
import { normalizeText, translateEnglish } from '../../../src/domain/conduct/normalize';
import { findConcepts, prepareText, tokenize } from '../../../src/domain/conduct/tokenize';

describe('tokenize', () => {
  it('should map synonyms of one act onto one concept', () => {
    for (const text of ['老板请吃饭', '商人约饭局', '企业家请客', '有个吃请']) {
      expect(findConcepts(prepareText(text))).toContain('宴请');
    }
    expect(findConcepts(prepareText('收了个微信红包'))).toContain('红包');
    expect(findConcepts(prepareText('送了张消费卡'))).toContain('消费卡');
  });

  it('should match terms whose parts are a few characters apart', () => {
    expect(findConcepts(prepareText('借企业的车'))).toContain('借用');
    expect(findConcepts(prepareText('老板请我们吃顿饭'))).toContain('宴请');
  });

  it('should emit words and bigrams but drop stop words', () => {
    const tokens = tokenize('老板请吃饭能去吗');
    expect(tokens.has('w:老板')).toBe(true);
    expect(tokens.has('b:吃饭')).toBe(true);
    expect(tokens.has('w:吗')).toBe(false);
    expect([...tokens.keys()].some((t) => t === 'b:去吗')).toBe(false);
  });

  it('should read full-width and traditional characters as their normal form', () => {
    expect(normalizeText('ＫＴＶ收紅包')).toBe('ktv收红包');
    expect(findConcepts(prepareText('收了禮金'))).toContain('红包');
  });

  it("should not count someone else's family or a denied relation", () => {
    expect(findConcepts(prepareText('我老婆收了老板的包'))).toContain('配偶');
    expect(findConcepts(prepareText('管理服务对象请我去他家吃饭，他老婆下厨'))).not.toContain('配偶');
    expect(findConcepts(prepareText('他是我监管的企业'))).toContain('管理服务对象');
    expect(findConcepts(prepareText('和原单位没业务往来'))).not.toContain('管理服务对象');
    expect(findConcepts(prepareText('和原单位没业务往来'))).toContain('无关');
  });

  it('should turn English questions into the corpus terms', () => {
    const text = translateEnglish(normalizeText('Can I accept a gift card from a businessman?'));
    expect(text).toContain('购物卡');
    expect(text).toContain('老板');
    expect(text).not.toMatch(/\bthe\b|\bfrom\b/);
  });
});
