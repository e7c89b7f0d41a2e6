import { articleKey } from './index-build';
import type { KnowledgeIndex } from './index-store';
import { normalizeText } from './normalize';
import type { ConductAnswer } from './types';

/** Words that ask for a clause's text rather than a judgement of conduct. */
const LOOKUP = /(是什么|什么内容|内容是|怎么规定|规定了什么|说的是|说了什么|原文|全文|条文|怎么说)/;

/** Words that ask what a term means: the bot judges conduct, it has no glossary. */
const DEFINITION =
  /(什么是|是什么意思|什么意思|什么叫|啥叫|啥是|何为|何谓|的含义|的定义|是指什么|what is|what does)/;

/** Whether a question only asks what a term means. */
export const isDefinitionQuestion = (question: string): boolean => DEFINITION.test(normalizeText(question));

/**
 * Answers "纪律处分条例第一百零一条是什么": when a question names a document (full or short title)
 * and one of its articles and asks for its content, the clause itself is the answer (no verdict).
 */
export const lookupNamedArticle = (index: KnowledgeIndex, question: string): ConductAnswer | null => {
  const text = normalizeText(question);
  if (!LOOKUP.test(text)) return null;
  for (const doc of index.docs.values()) {
    const named = [doc.short, doc.title, doc.id].some((name) => text.includes(normalizeText(name)));
    if (!named) continue;
    const article = doc.articles
      .filter((a) => text.includes(normalizeText(a.article)))
      .sort((a, b) => b.article.length - a.article.length)[0];
    if (!article || !index.articles.has(articleKey(doc.id, article.article))) continue;
    return {
      verdict: 'unknown',
      scenarioId: null,
      title: `${doc.short}${article.article}`,
      answer: `这是《${doc.title}》${article.article}的条文。要判断某件具体的事能不能做，请描述具体情形再问我。`,
      citations: [
        { docId: doc.id, doc: doc.title, short: doc.short, article: article.article, text: article.text },
      ],
      actions: [],
      clarify: [],
      confidence: 1,
      notes: [],
    };
  }
  return null;
};
