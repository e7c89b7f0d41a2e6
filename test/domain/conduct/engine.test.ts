import { describe, expect, it } from 'vitest';
import { fixtureEngine } from './fixture-engine';

describe('conduct engine', () => {
  const engine = fixtureEngine();

  it('should answer with the scenario verdict, its quoted clauses and what to do', () => {
    const a = engine.ask('收了个红包怎么办');
    expect(a.verdict).toBe('forbidden');
    expect(a.scenarioId).toBe('gift-red-packet');
    expect(a.citations[0]).toMatchObject({
      docId: 'jlcf-2023',
      doc: '中国共产党纪律处分条例',
      article: '第九十七条',
    });
    expect(a.citations[0]?.text).toContain('收受可能影响公正执行公务的礼品、礼金');
    expect(a.actions).toContain('立即退还');
  });

  it('should ask the clarifying questions when the facts decide', () => {
    const a = engine.ask('老板请吃饭能去吗');
    expect(a.verdict).toBe('conditional');
    expect(a.clarify.map((c) => c.index)).toEqual([0, 1]);
    expect(a.clarify[0]?.options).toEqual(['是', '不是', '不确定']);
  });

  it('should say "unknown" when no rule covers the question', () => {
    const a = engine.ask('公司年假怎么休');
    expect(a.verdict).toBe('unknown');
    expect(a.scenarioId).toBeNull();
    expect(a.citations).toEqual([]);
    expect(a.answer).toContain('纪检监察');
  });

  it('should not let an "allowed" scenario answer a question that adds a meal or a gift', () => {
    expect(engine.ask('能去企业调研吗').verdict).toBe('allowed');
    expect(engine.ask('去企业调研，企业送了两条烟能收吗').verdict).not.toBe('allowed');
    expect(engine.ask('去企业调研完企业老板请吃饭').verdict).not.toBe('allowed');
  });

  describe('rejudge', () => {
    it('should take the strictest verdict of the chosen options', () => {
      const a = engine.rejudge('banquet-business-owner', { 0: '不是', 1: '企业买单' });
      expect(a?.verdict).toBe('forbidden');
      expect(a?.clarify).toEqual([]);
    });

    it('should answer "allowed" only when every question is answered that way', () => {
      expect(engine.rejudge('banquet-business-owner', { 1: 'AA制或自己付' })?.verdict).toBe('conditional');
      const a = engine.rejudge('banquet-business-owner', { 1: 'AA制或自己付' });
      expect(a?.clarify.map((c) => c.index)).toEqual([0]);
      expect(engine.rejudge('spouse-business', { 0: '是' })?.verdict).toBe('forbidden');
    });

    it('should keep notes of the chosen options and ignore unknown labels', () => {
      const a = engine.rejudge('banquet-business-owner', { 0: '是', 1: '随便写的' });
      expect(a?.notes).toEqual(['管理服务对象的宴请一律婉拒。']);
      expect(a?.clarify.map((c) => c.index)).toEqual([1]);
    });

    it('should return the plain scenario answer without choices and null for an unknown scenario', () => {
      expect(engine.rejudge('banquet-business-owner', {})?.verdict).toBe('conditional');
      expect(engine.rejudge('no-such-scenario', { 0: '是' })).toBeNull();
    });
  });
});
