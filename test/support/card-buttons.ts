// Finding a button on a card the fake Lark server received, the way a person would: by its label.
import type { DeliveredMessage } from '../fakes/fake-lark-server';

/** The callback value of the card button with this label (schema 2.0 cards: behaviors[0].value). */
export function buttonValue(m: DeliveredMessage, label: string): Record<string, unknown> {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const el = node as {
        tag?: unknown;
        text?: { content?: unknown };
        behaviors?: { value?: Record<string, unknown> }[];
      };
      if (el.tag === 'button' && el.text?.content === label && el.behaviors?.[0]?.value)
        found.push(el.behaviors[0].value);
      Object.values(node).forEach(visit);
    }
  };
  visit(JSON.parse(m.content));
  if (!found[0]) throw new Error(`no button ${label}`);
  return found[0];
}
