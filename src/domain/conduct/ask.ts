import { type ComplaintCategory, complaintLabel } from '../intent/categories';
import { classifyMessage, type MessageKind } from '../intent/classify';
import type { ConductEngine } from './engine';
import { formatConductAnswer } from './format';
import type { ConductAnswer, Verdict } from './types';

/** The SPEC `ask --json` object plus what the bot needs to render and re-judge. */
export interface AskResult {
  question: string;
  kind: 'conduct' | 'complaint' | 'other';
  verdict: Verdict | null;
  clarify: { question: string; options: string[] }[];
  citations: { doc: string; article: string; text: string }[];
  category: ComplaintCategory | null;
  answer: string;
  actions: string[];
  scenarioId: string | null;
  title: string;
  confidence: number;
  /** The finer intent (small talk and help are `other` in the SPEC object). */
  intent: MessageKind;
  /** True when instructions hidden in the question were ignored. */
  injection: boolean;
  /** The engine's answer for conduct questions (for cards and re-judging), null otherwise. */
  conduct: ConductAnswer | null;
}

/** Exactly the SPEC `ask --json` object, keys in SPEC order. */
export const toSpecJson = (r: AskResult) => ({
  question: r.question,
  kind: r.kind,
  verdict: r.verdict,
  clarify: r.clarify,
  citations: r.citations,
  category: r.category,
  answer: r.answer,
});

/** What the bot says when it ignored instructions hidden in a question. */
export const INJECTION_NOTE = '问题中要求改变规则或身份的指令已被忽略，以下只依据规定作答。';

/** The help text: what the bot does and how to ask. */
export const HELP_TEXT = [
  '我是亲清助手，可以帮您：',
  '1. 干部问政商交往能不能做：如“老板请吃饭能去吗”“收了个红包怎么办”“配偶能在我辖区开公司吗”。我会给出结论（可以 / 禁止 / 视情况）、依据的条款原文和现在该怎么做；事实不清时会先问您。',
  '2. 企业反映问题：吃拿卡要、推诿扯皮、慢作为、乱作为、惠企政策不兑现，直接描述经过即可，我会登记并转交办理，全程可查进度。',
  '没有找到依据时我会如实告诉您，请以本单位纪检监察机构的意见为准。',
].join('\n');

const SMALLTALK_TEXT =
  '您好，我是亲清助手。您可以直接问政商交往中“能不能做”的问题，或者反映企业办事遇到的困难。发送“帮助”查看用法。';

const complaintText = (category: ComplaintCategory): string =>
  [
    `已收到您反映的问题，初步归类为「${complaintLabel(category)}」。`,
    '我们将按“受理 → 点对点交办 → 限期整改 → 对账销号 → 跟踪回访”办理，并告知您工单编号和进度。',
    '为便于核查，请尽量补充：涉及的单位或人员、时间地点、具体经过，以及有无凭证（聊天记录、票据等）。反映干部本人违纪的问题由纪检监察机关直接办理，不会转交被反映的单位。',
  ].join('\n');

/**
 * Creates the one function both the bot and `npm run ask` answer with: classify the message,
 * then judge a conduct question, acknowledge a complaint, or answer small talk and help.
 */
export const createAsker =
  ({ engine }: { engine: ConductEngine }) =>
  (question: string): AskResult => {
    const intent = classifyMessage(question);
    const base = {
      question,
      clarify: [],
      citations: [],
      actions: [],
      scenarioId: null,
      intent: intent.kind,
      injection: intent.injection,
      conduct: null,
    };
    if (intent.kind === 'complaint') {
      const category = intent.category ?? 'other';
      return {
        ...base,
        kind: 'complaint',
        verdict: null,
        category,
        answer: complaintText(category),
        title: complaintLabel(category),
        confidence: 1,
      };
    }
    if (intent.kind !== 'conduct') {
      const help = intent.kind === 'help' || intent.injection;
      return {
        ...base,
        kind: 'other',
        verdict: null,
        category: null,
        answer: intent.injection ? `${INJECTION_NOTE}\n${HELP_TEXT}` : help ? HELP_TEXT : SMALLTALK_TEXT,
        title: help ? '帮助' : '问候',
        confidence: 1,
      };
    }
    const conduct = engine.ask(intent.text);
    if (intent.injection) {
      if (conduct.verdict === 'allowed') conduct.verdict = 'conditional';
      conduct.notes.unshift(INJECTION_NOTE);
    }
    return {
      ...base,
      kind: 'conduct',
      verdict: conduct.verdict,
      clarify: conduct.clarify.map((c) => ({ question: c.question, options: [...c.options] })),
      citations: conduct.citations.map((c) => ({ doc: c.doc, article: c.article, text: c.text })),
      category: null,
      answer: formatConductAnswer(conduct),
      actions: [...conduct.actions],
      scenarioId: conduct.scenarioId,
      title: conduct.title,
      confidence: conduct.confidence,
      conduct,
    };
  };
