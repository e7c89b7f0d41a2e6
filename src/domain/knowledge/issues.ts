import type { z } from 'zod';

/** One source file handed to the build: a path (for messages and routing) and its text. */
export interface KnowledgeSource {
  path: string;
  text: string;
}

/** Formats one problem as "file › entry › what is wrong", the build's one message shape. */
export const problem = (path: string, entry: string, what: string): string => `${path} › ${entry} › ${what}`;

/** Turns zod issues into readable sentences, naming the field when the message does not. */
export const describeIssues = (issues: readonly z.core.$ZodIssue[]): string[] =>
  issues.map((issue) => {
    const field = issue.path.map((p) => (typeof p === 'number' ? `#${p + 1}` : String(p))).join('.');
    if (issue.code === 'unrecognized_keys') {
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}${field ? ` in ${field}` : ''}`;
    }
    const last = issue.path.at(-1);
    const named = typeof last === 'string' && issue.message.startsWith(last);
    return field && !named ? `${field}: ${issue.message}` : issue.message;
  });
