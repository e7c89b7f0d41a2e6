// Lark card JSON (schema 2.0, as src/lark/ renders it) → HTML, so the playground shows exactly the
// cards the bot would send: coloured header, the same elements, working buttons.
import {
  type CardActionTarget,
  isObject,
  type Json,
  list,
  type RenderContext,
  renderElements,
  str,
  textOf,
} from './card-elements';

export type { CardActionTarget } from './card-elements';

const TEMPLATES = new Set([
  'blue',
  'wathet',
  'turquoise',
  'green',
  'yellow',
  'orange',
  'red',
  'carmine',
  'violet',
  'purple',
  'indigo',
  'grey',
  'default',
]);

/** Parses an outbox row's content into card JSON; null when it is not an interactive card. */
export function parseCard(content: string): Json | null {
  try {
    const parsed: unknown = JSON.parse(content);
    return isObject(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** One Lark card as HTML: coloured header, body elements, buttons posting to `target` (or disabled). */
export function CardView(props: {
  card: Json;
  target: CardActionTarget | null;
  id?: string;
  replaced?: boolean;
}) {
  const header = isObject(props.card.header) ? props.card.header : {};
  const template = str(header.template);
  const body = isObject(props.card.body) ? props.card.body : {};
  // Schema 1.0 cards keep their elements at the top level.
  const elements = list(body.elements).length ? list(body.elements) : list(props.card.elements);
  const title = textOf(header.title);
  const subtitle = textOf(header.subtitle);
  const ctx: RenderContext = { target: props.target, inForm: false };
  return (
    <article
      class={`lark-card lc-${TEMPLATES.has(template) ? template : 'default'}${props.replaced ? ' replaced' : ''}`}
      id={props.id}
      aria-label={title || '卡片'}
    >
      {title ? (
        <div class="lc-head">
          {title}
          {subtitle ? <span class="sub">{subtitle}</span> : null}
        </div>
      ) : null}
      <div class="lc-body">{renderElements(elements, ctx)}</div>
    </article>
  );
}

/** A plain-text message (msg_type text) shown like a card body. */
export function TextMessageView(props: { content: string; id?: string }) {
  let text = props.content;
  try {
    const parsed: unknown = JSON.parse(props.content);
    if (isObject(parsed) && typeof parsed.text === 'string') text = parsed.text;
  } catch {
    // Not JSON: show as is.
  }
  return (
    <article class="lark-card lc-default" id={props.id}>
      <div class="lc-body">
        <p style="white-space:pre-wrap">{text}</p>
      </div>
    </article>
  );
}
