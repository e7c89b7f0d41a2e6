// Building blocks of Lark cards (schema 2.0), shared by every card renderer.
import type { ReplyButton } from '../domain/chat/reply';

/** A Lark card, schema 2.0. */
export type Card = Record<string, unknown>;

/** A markdown element. */
export const md = (content: string) => ({ tag: 'markdown', content });

/** A callback button (schema 2.0 `behaviors`). */
export function button(b: ReplyButton) {
  return {
    tag: 'button',
    text: { tag: 'plain_text', content: b.label },
    type: b.style ?? 'default',
    behaviors: [{ type: 'callback', value: b.value }],
  };
}

/** A row of buttons laid out side by side, wrapping on narrow screens. */
export function buttonRow(buttons: ReplyButton[]) {
  return {
    tag: 'column_set',
    flex_mode: 'flow',
    columns: buttons.map((b) => ({ tag: 'column', width: 'auto', elements: [button(b)] })),
  };
}

/** The shell every card shares: header, colour and body elements. */
export function card(title: string, template: string, elements: unknown[]): Card {
  return {
    schema: '2.0',
    config: { update_multi: true },
    header: { title: { tag: 'plain_text', content: title }, template },
    body: { elements },
  };
}
