import { z } from 'zod';
import { DOC_LEVELS } from '../conduct/corpus';

const missingOr =
  (what: string, wrong: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? `${what} is missing` : wrong;

const text = (what: string) =>
  z
    .string({ error: missingOr(what, `${what} must be text`) })
    .trim()
    .min(1, `${what} must not be empty`);

const ruleVerdict = z.enum(['forbidden', 'allowed', 'conditional'], {
  error: (issue) =>
    issue.input === undefined
      ? 'verdict is missing'
      : `verdict must be one of forbidden, allowed, conditional (got ${JSON.stringify(issue.input)})`,
});

/** Front matter of a rules/<slug>.md document. */
export const frontMatterSchema = z.strictObject({
  id: z
    .string({ error: missingOr('id', 'id must be text') })
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be a lower-case slug such as jlcf-2023 (a-z, 0-9, -)'),
  title: text('title'),
  short: text('short'),
  issuer: text('issuer'),
  number: z
    .union([z.string(), z.number()], {
      error: missingOr('number', 'number must be text ("" when the document has none)'),
    })
    .transform(String),
  date: z
    .union([z.string(), z.date()], { error: 'date must be YYYY-MM-DD' })
    .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v.trim()))
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v), 'date must be YYYY-MM-DD'),
  level: z.enum(DOC_LEVELS, { error: missingOr('level', `level must be one of ${DOC_LEVELS.join(', ')}`) }),
  source: z
    .string({ error: missingOr('source', 'source must be a URL') })
    .trim()
    .regex(/^https?:\/\/\S+$/, 'source must be an http(s) URL'),
});

/** Parsed front matter. */
export type FrontMatter = z.infer<typeof frontMatterSchema>;

const optionSchema = z.strictObject({
  label: text('label'),
  verdict: ruleVerdict,
  note: z.string({ error: 'note must be text' }).trim().default(''),
});

const clarifySchema = z.strictObject({
  question: text('question'),
  options: z
    .array(optionSchema, { error: missingOr('options', 'options must be a list') })
    .min(2, 'needs at least 2 options'),
});

const citeSchema = z.strictObject({
  doc: text('doc'),
  article: z
    .union([z.string(), z.number()], { error: missingOr('article', 'article must be text') })
    .transform((v) => String(v).trim()),
});

const list = (what: string, min: number, hint: string) =>
  z.array(text(what), { error: missingOr(what, `${what} must be a list`) }).min(min, hint);

/** One scenario entry of a scenarios/<topic>.yaml file. */
export const scenarioSchema = z.strictObject({
  id: z
    .string({ error: missingOr('id', 'id must be text') })
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be a lower-case slug such as banquet-business-owner'),
  title: text('title'),
  asks: list('asks', 3, 'asks needs at least 3 phrasings'),
  keywords: z.array(text('keyword'), { error: 'keywords must be a list' }).default([]),
  verdict: ruleVerdict,
  answer: text('answer'),
  clarify: z.array(clarifySchema, { error: 'clarify must be a list' }).default([]),
  cites: z
    .array(citeSchema, { error: missingOr('cites', 'cites must be a list') })
    .min(1, 'cites needs at least one clause'),
  actions: list('actions', 1, 'actions needs at least one step'),
});

/** A whole scenarios/<topic>.yaml file. */
export const scenarioFileSchema = z.strictObject({
  topic: text('topic'),
  scenarios: z
    .array(z.unknown(), { error: missingOr('scenarios', 'scenarios must be a list') })
    .min(1, 'scenarios is empty'),
});
