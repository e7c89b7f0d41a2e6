// Lark card JSON (schema 2.0, as src/lark/ renders it) → HTML, so the playground shows exactly the
// cards the bot would send. Buttons become small POST forms carrying the button's callback value.
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { markdownToHtml } from './lark-markdown';

/** Where card buttons post, and the hidden fields that say which card and identity they act for. */
export interface CardActionTarget {
  endpoint: string;
  hidden: Record<string, string>;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

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

/** The text of a Lark text object ({tag: 'plain_text' | 'lark_md', content}). */
function textOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (isObject(v)) return str(v.content) || str(v.text);
  return '';
}

function Hidden(props: { fields: Record<string, string> }) {
  return (
    <>
      {Object.entries(props.fields).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

const buttonClass = (type: string) =>
  type === 'primary' || type === 'primary_filled'
    ? 'btn small blue'
    : type.startsWith('danger')
      ? 'btn small danger'
      : 'btn small';

interface RenderContext {
  target: CardActionTarget | null;
  /** Inside a Lark `form` container: buttons submit the enclosing HTML form instead of their own. */
  inForm: boolean;
}

function renderButton(el: Json, ctx: RenderContext): Child {
  const label = textOf(el.text) || '按钮';
  const behaviour = list(el.behaviors).find(isObject);
  const cls = buttonClass(str(el.type));
  if (behaviour && behaviour.type === 'open_url') {
    const url = str(behaviour.default_url) || str(behaviour.pc_url);
    if (/^https?:\/\//.test(url)) {
      return (
        <a class={cls} href={url} target="_blank" rel="noopener noreferrer">
          {label}
        </a>
      );
    }
  }
  const value = JSON.stringify(
    behaviour && isObject(behaviour.value) ? behaviour.value : isObject(el.value) ? el.value : {},
  );
  if (!ctx.target) {
    return (
      <button type="button" class={cls} disabled>
        {label}
      </button>
    );
  }
  if (ctx.inForm) {
    // Only the form's submit button sends (and checks) the fields; others (取消) skip validation.
    const submits = el.form_action_type === 'submit';
    return (
      <button type="submit" class={cls} name="value" value={value} formnovalidate={!submits}>
        {label}
      </button>
    );
  }
  return (
    <form method="post" action={ctx.target.endpoint} class="lc-inline" data-card-action="">
      <Hidden fields={ctx.target.hidden} />
      <input type="hidden" name="value" value={value} />
      <button type="submit" class={cls}>
        {label}
      </button>
    </form>
  );
}

let fieldSequence = 0;
/** A page-unique id tying a card input to its label. */
const fieldId = () => `lc-field-${++fieldSequence}`;

function renderInput(el: Json): Child {
  const name = `form.${str(el.name)}`;
  const label = textOf(el.label);
  const placeholder = textOf(el.placeholder);
  const multiline = el.input_type === 'multiline_text' || Number(el.rows ?? 1) > 1;
  const maxLength = typeof el.max_length === 'number' ? el.max_length : undefined;
  const caption = label || placeholder || str(el.name);
  const id = fieldId();
  const input = multiline ? (
    <textarea id={id} name={name} placeholder={placeholder} required={el.required === true} maxlength={maxLength} />
  ) : (
    <input
      type="text"
      id={id}
      name={name}
      placeholder={placeholder}
      required={el.required === true}
      maxlength={maxLength}
    />
  );
  return (
    <div>
      <label for={id}>{caption}</label>
      {input}
    </div>
  );
}

function renderSelect(el: Json): Child {
  const id = fieldId();
  return (
    <div>
      <label for={id}>{textOf(el.placeholder) || str(el.name)}</label>
      <select id={id} name={`form.${str(el.name)}`} required={el.required === true}>
        <option value="">请选择</option>
        {list(el.options)
          .filter(isObject)
          .map((o) => (
            <option value={str(o.value)} selected={str(o.value) === str(el.initial_option)}>
              {textOf(o.text)}
            </option>
          ))}
      </select>
    </div>
  );
}

function renderElements(elements: unknown[], ctx: RenderContext): Child[] {
  return elements.filter(isObject).map((el) => renderElement(el, ctx));
}

function renderElement(el: Json, ctx: RenderContext): Child {
  switch (el.tag) {
    case 'markdown':
    case 'lark_md':
      return <div class="lc-md">{raw(markdownToHtml(str(el.content)))}</div>;
    case 'plain_text':
      return <p>{str(el.content)}</p>;
    case 'div': {
      const text = isObject(el.text) ? el.text : null;
      const fields = list(el.fields).filter(isObject);
      return (
        <div>
          {text ? raw(markdownToHtml(text.tag === 'lark_md' ? str(text.content) : str(text.content))) : null}
          {fields.map((f) => raw(markdownToHtml(textOf(f.text))))}
        </div>
      );
    }
    case 'hr':
      return <hr />;
    case 'button':
      return <div class="lc-row">{renderButton(el, ctx)}</div>;
    case 'column_set': {
      const columns = list(el.columns).filter(isObject);
      const onlyButtons = columns.every((col) =>
        list(col.elements).every((e) => isObject(e) && e.tag === 'button'),
      );
      if (onlyButtons) {
        return (
          <div class="lc-row">
            {columns.flatMap((col) =>
              list(col.elements)
                .filter(isObject)
                .map((b) => renderButton(b, ctx)),
            )}
          </div>
        );
      }
      return (
        <div class="lc-row">
          {columns.map((col) => (
            <div>{renderElements(list(col.elements), ctx)}</div>
          ))}
        </div>
      );
    }
    case 'action':
      return (
        <div class="lc-row">
          {list(el.actions)
            .filter(isObject)
            .map((b) => renderButton(b, ctx))}
        </div>
      );
    case 'note':
      return (
        <div class="lc-note">
          {list(el.elements)
            .filter(isObject)
            .map((e) => raw(markdownToHtml(textOf(e))))}
        </div>
      );
    case 'form': {
      if (!ctx.target)
        return <div class="lc-form">{renderElements(list(el.elements), { ...ctx, inForm: true })}</div>;
      return (
        <form method="post" action={ctx.target.endpoint} class="lc-form" data-card-action="">
          <Hidden fields={ctx.target.hidden} />
          {renderElements(list(el.elements), { ...ctx, inForm: true })}
        </form>
      );
    }
    case 'input':
      return renderInput(el);
    case 'select_static':
      return renderSelect(el);
    case 'collapsible_panel':
      return (
        <details>
          <summary>{textOf(isObject(el.header) ? el.header.title : '') || '展开'}</summary>
          {renderElements(list(el.elements), ctx)}
        </details>
      );
    case 'img':
      return <div class="lc-unknown">[图片{textOf(el.alt) ? `：${textOf(el.alt)}` : ''}]</div>;
    default:
      return <div class="lc-unknown">[卡片元素 {str(el.tag) || '?'}]</div>;
  }
}

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
