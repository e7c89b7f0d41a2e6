import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { condenseQuestion } from '../../../src/domain/conduct/clauses';
import { loadKnowledgeIndex } from '../../../src/domain/conduct/index-store';
import { judgeQuestion } from '../../../src/domain/conduct/judge';
import { prepareText } from '../../../src/domain/conduct/tokenize';

const index = loadKnowledgeIndex(JSON.parse(readFileSync('knowledge/index.json', 'utf8')));
const judge = (q: string) => judgeQuestion(index, q);
const articles = (q: string) => judge(q).citations.map((c) => `${c.docId}#${c.article}`);

describe('judging the facts a question states', () => {
  it('should forbid any trip, meal or activity an enterprise pays for, citing the 宴请/旅游 clause', () => {
    for (const q of [
      '企业邀请我们局长去海南考察，费用企业全包',
      '老板说周末带我们出海钓鱼，吃住都他安排',
      '有个企业要替我们承担去外地学习的费用',
    ]) {
      expect(judge(q).verdict).toBe('forbidden');
    }
    expect(articles('企业邀请我们局长去海南考察，费用企业全包')).toContain('jlcf-2023#第一百零一条');
  });

  it('should not take "the unit pays by the standard" for an enterprise paying', () => {
    const a = judge('带企业去外地招商，费用由本单位按标准承担');
    expect(a.verdict).toBe('allowed');
    expect(a.scenarioId).toBe('zs-trip-with-enterprises');
    expect(a.clarify).toEqual([]);
  });

  it('should ask about the relation when a plain invitation does not state it', () => {
    const a = judge('做建材生意的老板约我吃顿便饭');
    expect(a.verdict).toBe('conditional');
    expect(a.clarify.length).toBeGreaterThan(0);
  });

  it('should ask about the guests when a family occasion names none', () => {
    expect(judge('父亲八十大寿办酒').verdict).toBe('conditional');
    expect(judge('老妈过六十大寿摆几桌').verdict).toBe('conditional');
    expect(judge('给老爷子做寿请了几个老板').verdict).toBe('forbidden');
  });

  it('should settle a clarifying question the question itself answers the strict way', () => {
    expect(judge('跟企业家AA吃饭，他是我管的企业').verdict).toBe('forbidden');
    expect(judge('朋友送了我一块名表，他跟我工作没关系').verdict).toBe('forbidden');
    expect(judge('检查组在企业食堂吃工作餐，按标准交了钱，还喝了点酒').verdict).toBe('forbidden');
  });

  it('should let a gift or money added to a permitted or conditional situation decide', () => {
    for (const q of [
      '参加企业签约仪式，企业送了纪念金条',
      '去企业调研，企业老板送了两瓶酒',
      '用自己的钱买了点朋友公司的原始股',
    ]) {
      expect(judge(q).verdict).toBe('forbidden');
    }
  });

  it('should answer everyday workplace questions with a conduct-looking word as "no rule"', () => {
    for (const q of [
      '单位食堂的饭菜太难吃了怎么办',
      '出差的火车票怎么在系统里报销',
      '单位聚餐AA制，谁来收钱',
      '出差坐飞机能坐商务舱吗',
    ]) {
      expect(judge(q).verdict).toBe('unknown');
    }
  });

  it('should answer a question telling several things by its strictest clause', () => {
    expect(judge('企业找我帮忙协调银行续贷，事后想请我吃饭表示感谢').verdict).not.toBe('unknown');
  });
});

describe('condenseQuestion', () => {
  it('should keep only the clauses naming a concept, and the last clause', () => {
    const long = prepareText(
      '领导好，我是今年新来的选调生，今天下午心里很乱，有个老板塞给我一个信封，我现在该怎么办',
    );
    expect(condenseQuestion(long)).toBe(prepareText('有个老板塞给我一个信封,我现在该怎么办'));
    expect(condenseQuestion(prepareText('老板请吃饭能去吗'))).toBe(prepareText('老板请吃饭能去吗'));
  });
});
