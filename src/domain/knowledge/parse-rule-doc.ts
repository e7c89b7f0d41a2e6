import { parse as parseYaml } from 'yaml';
import type { RuleArticle, RuleDoc } from '../conduct/corpus';
import { describeIssues, type KnowledgeSource, problem } from './issues';
import { frontMatterSchema } from './schemas';

/** The outcome of parsing one file: its value or the problems found in it. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Marks an entry whose text is a summary rather than a quotation. */
export const SUMMARY_MARK = '【摘要】';

const KEYWORD_LINE = /^关键词[:：]\s*(.*)$/;

const splitFrontMatter = (text: string): { yaml: string; body: string; bodyLine: number } | null => {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return null;
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) return null;
  return { yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
};

const parseArticles = (path: string, body: string, firstLine: number): ParseResult<RuleArticle[]> => {
  const errors: string[] = [];
  const articles: RuleArticle[] = [];
  let current: { heading: string; line: number; lines: string[] } | null = null;
  const flush = (): void => {
    if (!current) return;
    const lines = [...current.lines];
    while (lines.length && !lines.at(-1)!.trim()) lines.pop();
    const keywords: string[] = [];
    const last = lines.at(-1)?.trim().match(KEYWORD_LINE);
    if (last) {
      lines.pop();
      keywords.push(...last[1]!.split(/[，,、;；\s]+/).filter(Boolean));
    }
    const text = lines
      .join('\n')
      .trim()
      .replace(/\n{3,}/g, '\n\n');
    if (!current.heading)
      errors.push(problem(path, `line ${current.line}`, 'a "## " heading needs the article name'));
    else if (!text) errors.push(problem(path, current.heading, 'the article has no text under its heading'));
    else if (articles.some((a) => a.article === current!.heading)) {
      errors.push(problem(path, current.heading, 'this heading appears twice in the document'));
    } else {
      articles.push({ article: current.heading, text, summary: text.startsWith(SUMMARY_MARK), keywords });
    }
  };
  body.split(/\r?\n/).forEach((line, i) => {
    const heading = line.match(/^##(?!#)\s*(.*)$/);
    if (heading) {
      flush();
      current = { heading: heading[1]!.trim(), line: firstLine + i, lines: [] };
    } else if (current) {
      current.lines.push(line);
    } else if (line.trim() && !/^#\s/.test(line) && !/^<!--.*-->$/.test(line.trim())) {
      errors.push(problem(path, `line ${firstLine + i}`, 'text before the first "## " article heading'));
    }
  });
  flush();
  if (!articles.length && !errors.length)
    errors.push(problem(path, 'body', 'no "## " article headings found'));
  return errors.length ? { ok: false, errors } : { ok: true, value: articles };
};

/** Parses one rules/<slug>.md file: YAML front matter, then one entry per "## " heading. */
export const parseRuleDoc = (source: KnowledgeSource): ParseResult<RuleDoc> => {
  const { path } = source;
  const split = splitFrontMatter(source.text);
  if (!split) {
    return {
      ok: false,
      errors: [problem(path, 'front matter', 'the file must start with a "---" front matter block')],
    };
  }
  let raw: unknown;
  try {
    raw = parseYaml(split.yaml);
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { ok: false, errors: [problem(path, 'front matter', `not valid YAML: ${message}`)] };
  }
  const front = frontMatterSchema.safeParse(raw ?? {});
  const body = parseArticles(path, split.body, split.bodyLine);
  const errors = [
    ...(front.success ? [] : describeIssues(front.error.issues).map((m) => problem(path, 'front matter', m))),
    ...(body.ok ? [] : body.errors),
  ];
  if (!front.success || !body.ok) return { ok: false, errors };
  return { ok: true, value: { ...front.data, articles: body.value } };
};
