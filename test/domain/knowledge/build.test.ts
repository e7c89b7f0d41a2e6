import { describe, expect, it } from 'vitest';
import { loadKnowledgeIndex } from '../../../src/domain/conduct/index-store';
import {
  buildKnowledgeIndex,
  type KnowledgeSource,
  mergeKnowledge,
  serializeKnowledgeIndex,
} from '../../../src/domain/knowledge/build';
import { fixtureSources } from './fixture-sources';

const FRONT = `---
id: org-rules
title: 示例市机关干部政商交往守则
short: 示例市守则
issuer: 示例市纪委监委
number: 示纪发〔2024〕1号
date: 2024-03-01
level: organisation
source: https://example.org/rules
---
`;

const built = () => {
  const result = buildKnowledgeIndex(fixtureSources());
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.index;
};

const errorsOf = (sources: KnowledgeSource[]): string[] => {
  const result = buildKnowledgeIndex([...fixtureSources(), ...sources]);
  return result.ok ? [] : result.errors;
};

describe('buildKnowledgeIndex', () => {
  it('should index every document, article and scenario of a valid corpus', () => {
    const index = built();
    expect([...index.docs.keys()].sort()).toEqual(['jlcf-2023', 'sc-list']);
    expect(index.articles.get('jlcf-2023#第一百零一条')?.article.keywords).toEqual(['宴请', '吃请', '饭局']);
    expect(index.scenarios.get('banquet-business-owner')?.topic).toBe('宴请');
    expect(index.collections.scenarios.ids).toContain('gift-red-packet');
  });

  it('should mark 【摘要】 entries as summaries and keep their text as written', () => {
    const article = built().articles.get('jlcf-2023#第一百零三条')!.article;
    expect(article.summary).toBe(true);
    expect(article.text.startsWith('【摘要】')).toBe(true);
  });

  it('should write the same bytes whatever order the files come in', () => {
    const a = buildKnowledgeIndex(fixtureSources());
    const b = buildKnowledgeIndex([...fixtureSources()].reverse());
    if (!a.ok || !b.ok) throw new Error('fixture corpus must build');
    expect(serializeKnowledgeIndex(a.index)).toBe(serializeKnowledgeIndex(b.index));
  });

  it('should name the file, the entry and the problem for a scenario citing a missing article', () => {
    const errors = errorsOf([
      {
        path: 'x/scenarios/bad.yaml',
        text: `topic: 测试
scenarios:
  - id: bad-cite
    title: 引用不存在的条款
    asks: [一, 二, 三]
    verdict: forbidden
    answer: 不可以。
    cites:
      - { doc: jlcf-2023, article: 第九百条 }
    actions: [婉拒]
`,
      },
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^x\/scenarios\/bad\.yaml › bad-cite › cites\.#1: jlcf-2023 has no article "第九百条"/,
    );
  });

  it('should report every problem of a scenario, not just the first', () => {
    const errors = errorsOf([
      {
        path: 'x/scenarios/bad.yaml',
        text: `topic: 测试
scenarios:
  - id: Bad_Id
    title: 坏条目
    asks: [只有一条]
    verdict: maybe
    answer: ""
    cites: []
    actions: [婉拒]
    verdit: forbidden
`,
      },
    ]);
    const joined = errors.join('\n');
    expect(joined).toContain('x/scenarios/bad.yaml › Bad_Id › id must be a lower-case slug');
    expect(joined).toContain('asks needs at least 3 phrasings');
    expect(joined).toContain('verdict must be one of forbidden, allowed, conditional (got "maybe")');
    expect(joined).toContain('answer must not be empty');
    expect(joined).toContain('cites needs at least one clause');
    expect(joined).toContain('unknown field verdit');
  });

  it('should reject front matter with a wrong level, a bad date and a missing title', () => {
    const errors = errorsOf([
      {
        path: 'x/rules/bad.md',
        text: FRONT.replace('level: organisation', 'level: city')
          .replace('date: 2024-03-01', 'date: 2024年3月')
          .replace('title: 示例市机关干部政商交往守则\n', '')
          .concat('\n## 第一条\n不得收受礼品。\n'),
      },
    ]);
    expect(errors).toContain('x/rules/bad.md › front matter › title is missing');
    expect(errors).toContain('x/rules/bad.md › front matter › date must be YYYY-MM-DD');
    expect(errors.some((e) => e.startsWith('x/rules/bad.md › front matter › level must be one of'))).toBe(
      true,
    );
  });

  it('should reject text before the first heading, empty entries and repeated headings', () => {
    const errors = errorsOf([
      {
        path: 'x/rules/bad.md',
        text: `${FRONT}\n散落的正文\n\n## 第一条\n\n## 第二条\n内容\n## 第二条\n又一遍\n`,
      },
    ]);
    expect(errors).toEqual([
      'x/rules/bad.md › line 12 › text before the first "## " article heading',
      'x/rules/bad.md › 第一条 › the article has no text under its heading',
      'x/rules/bad.md › 第二条 › this heading appears twice in the document',
    ]);
  });

  it('should reject duplicate ids and files outside rules/ and scenarios/', () => {
    const dupDoc = FRONT.replace('id: org-rules', 'id: jlcf-2023').concat('\n## 第一条\n内容。\n');
    const errors = errorsOf([
      { path: 'x/rules/dup.md', text: dupDoc },
      { path: 'x/notes.txt', text: 'hello' },
    ]);
    expect(errors).toContain('x/notes.txt › file › not a rules/*.md or scenarios/*.yaml file');
    expect(errors.some((e) => e.includes('id jlcf-2023 is already used by'))).toBe(true);
  });

  it('should point a cite written with digits at the real heading', () => {
    const scenario = `topic: 测试
scenarios:
  - id: digit-cite
    title: 用阿拉伯数字引用
    asks: [一, 二, 三]
    verdict: forbidden
    answer: 不可以。
    cites:
      - { doc: jlcf-2023, article: 第101条 }
    actions: [婉拒]
`;
    expect(errorsOf([{ path: 'x/scenarios/d.yaml', text: scenario }])).toEqual([
      'x/scenarios/d.yaml › digit-cite › cites.#1: jlcf-2023 has no article "第101条" (did you mean "第一百零一条"?)',
    ]);
  });

  it('should not repeat a broken document as missing in every scenario citing it', () => {
    const sources = fixtureSources().map((s) =>
      s.path.endsWith('jlcf-2023.md')
        ? { ...s, text: s.text.replace('level: national', 'level: nation') }
        : s,
    );
    const result = buildKnowledgeIndex(sources);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toHaveLength(1);
  });

  it('should report YAML syntax errors with the file name', () => {
    const errors = errorsOf([{ path: 'x/scenarios/broken.yaml', text: 'topic: [unclosed\n' }]);
    expect(errors[0]).toMatch(/^x\/scenarios\/broken\.yaml › file › not valid YAML/);
  });
});

describe('loadKnowledgeIndex', () => {
  it('should load a serialized index without rebuilding it', () => {
    const index = built();
    const loaded = loadKnowledgeIndex(JSON.parse(serializeKnowledgeIndex(index)));
    expect([...loaded.scenarios.keys()]).toEqual([...index.scenarios.keys()]);
    expect(loaded.collections.scenarios.postings.get('c:宴请')).toEqual(
      index.collections.scenarios.postings.get('c:宴请'),
    );
  });

  it('should refuse an index of another format, version or lexicon', () => {
    const data = JSON.parse(serializeKnowledgeIndex(built()));
    expect(() => loadKnowledgeIndex({ ...data, format: 'x' })).toThrow(/not a qinqing knowledge index/);
    expect(() => loadKnowledgeIndex({ ...data, version: 0 })).toThrow(/version 0/);
    expect(() => loadKnowledgeIndex({ ...data, lexicon: 'stale' })).toThrow(/another lexicon/);
  });
});

describe('mergeKnowledge', () => {
  const orgDoc = `${FRONT}\n## 第三条\n干部不得接受辖区企业安排的钓鱼、垂钓活动。\n关键词：钓鱼，垂钓\n`;
  const orgScenario = `topic: 本市规定
scenarios:
  - id: org-fishing-trip
    title: 企业老板约去钓鱼
    asks: [老板约我去钓鱼, 企业安排垂钓活动能去吗, 周末跟老板去水库钓鱼]
    keywords: [钓鱼, 垂钓]
    verdict: forbidden
    answer: 不可以。本市守则明确禁止。
    cites:
      - { doc: org-rules, article: 第三条 }
      - { doc: jlcf-2023, article: 第一百零一条 }
    actions: [婉拒邀请]
`;

  it('should index organisation documents beside the built-in ones, citing both', () => {
    const merged = mergeKnowledge(built(), [
      { path: 'org/rules/org-rules.md', text: orgDoc },
      { path: 'org/scenarios/local.yaml', text: orgScenario },
    ]);
    if (!merged.ok) throw new Error(merged.errors.join('\n'));
    expect(merged.index.docs.has('org-rules')).toBe(true);
    expect(merged.index.docs.has('jlcf-2023')).toBe(true);
    expect(merged.index.scenarios.get('org-fishing-trip')?.cites).toHaveLength(2);
    expect(merged.index.collections.scenarios.ids.at(-1)).toBe('org-fishing-trip');
  });

  it('should reuse the built-in postings unchanged', () => {
    const base = built();
    const merged = mergeKnowledge(base, [{ path: 'org/rules/org-rules.md', text: orgDoc }]);
    if (!merged.ok) throw new Error(merged.errors.join('\n'));
    const before = base.data.search.scenarios.terms['c:宴请'];
    expect(merged.index.data.search.scenarios.terms['c:宴请']).toEqual(before);
  });

  it('should refuse an organisation document reusing a built-in id', () => {
    const merged = mergeKnowledge(built(), [
      { path: 'org/rules/x.md', text: orgDoc.replace('id: org-rules', 'id: jlcf-2023') },
    ]);
    expect(merged.ok).toBe(false);
    if (!merged.ok) expect(merged.errors[0]).toContain('id jlcf-2023 is already used by (built-in corpus)');
  });

  it('should return the base unchanged when there are no extra files', () => {
    const base = built();
    const merged = mergeKnowledge(base, []);
    expect(merged.ok && merged.index).toBe(base);
  });
});
