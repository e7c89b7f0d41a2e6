import type { Cite } from './corpus';
import { articleKey } from './index-build';
import type { KnowledgeIndex } from './index-store';
import type { Citation } from './types';

/** Resolves scenario cites to quoted clauses; a cite the index lacks is dropped, never invented. */
export const resolveCitations = (index: KnowledgeIndex, cites: readonly Cite[]): Citation[] => {
  const out: Citation[] = [];
  for (const cite of cites) {
    const ref = index.articles.get(articleKey(cite.doc, cite.article));
    if (!ref) continue;
    out.push({
      docId: ref.doc.id,
      doc: ref.doc.title,
      short: ref.doc.short,
      article: ref.article.article,
      text: ref.article.text,
    });
  }
  return out;
};
