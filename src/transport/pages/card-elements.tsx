// The elements of a Lark card (schema 2.0) as HTML: markdown, rules, button rows, forms with their
// inputs. Callback buttons become small POST forms carrying the button's value.
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { markdownToHtml } from './lark-markdown';

/** Where card buttons post, and the hidden fields that say which card and identity they act for. */
export interface CardActionTarget {
  endpoint: string;
  hidden: Record<string, string>;
}

/** A JSON object of the card. */
export type Json = Record<string, unknown>;

/** Whether a JSON value is an object. */
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A JSON value as an array (empty when it is not one). */
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** A JSON value as a string (empty when it is not one). */
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The text of a Lark text object ({tag: 'plain_text' | 'lark_md', content}). */
export function textOf(v: unknown): string {
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

/** How elements render: where buttons post, and whether they sit inside a Lark form. */
export interface RenderContext {
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
    <textarea
      id={id}
      name={name}
      placeholder={placeholder}
      required={el.required === true}
      maxlength={maxLength}
    />
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

/** Renders a list of card elements. */
export function renderElements(elements: unknown[], ctx: RenderContext): Child[] {
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
