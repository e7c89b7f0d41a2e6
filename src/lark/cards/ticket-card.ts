import type { FormField, ReplyForm, TicketReply } from '../../domain/chat/reply';
import { button, buttonRow, type Card, card, md } from '../card-parts';

const TEMPLATE: Record<TicketReply['tone'], string> = {
  info: 'blue',
  success: 'green',
  warning: 'orange',
  danger: 'red',
};

/** Complaint text beyond this is cut on cards (the whole text stays in the ticket). */
const MAX_QUOTE_CHARS = 1500;

const plain = (content: string) => ({ tag: 'plain_text', content });

const quote = (text: string) =>
  (text.length > MAX_QUOTE_CHARS ? `${text.slice(0, MAX_QUOTE_CHARS)}……` : text)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

function field(f: FormField) {
  if (f.kind === 'select') {
    return {
      tag: 'select_static',
      name: f.name,
      required: f.required ?? false,
      width: 'fill',
      placeholder: plain(f.label),
      options: f.options.map((o) => ({ text: plain(o.label), value: o.value })),
      ...(f.initial ? { initial_option: f.initial } : {}),
    };
  }
  return {
    tag: 'input',
    name: f.name,
    required: f.required ?? false,
    width: 'fill',
    label: plain(f.label),
    label_position: 'top',
    placeholder: plain(f.placeholder ?? f.label),
    ...(f.maxLength ? { max_length: f.maxLength } : {}),
    ...(f.multiline ? { input_type: 'multiline_text', rows: 3 } : {}),
  };
}

function form(f: ReplyForm) {
  const submit = {
    ...button({ ...f.submit, style: f.submit.style ?? 'primary' }),
    name: 'submit',
    form_action_type: 'submit',
  };
  const actions: unknown[] = [{ tag: 'column', width: 'auto', elements: [submit] }];
  if (f.cancel) {
    actions.push({ tag: 'column', width: 'auto', elements: [{ ...button(f.cancel), name: 'cancel' }] });
  }
  return {
    tag: 'form',
    name: f.name,
    elements: [
      md(`**${f.title}**`),
      ...f.fields.map(field),
      { tag: 'column_set', flex_mode: 'flow', columns: actions },
    ],
  };
}

/** The ticket card: facts, the complaint quoted, what happened, the query key once, buttons and an open form. */
export function renderTicketCard(reply: TicketReply): Card {
  const elements: unknown[] = [];
  if (reply.facts.length > 0)
    elements.push(md(reply.facts.map((f) => `**${f.label}**：${f.value}`).join('\n')));
  if (reply.description) elements.push(md(`**反映内容**\n${quote(reply.description)}`));
  if (reply.lines.length > 0) {
    elements.push({ tag: 'hr' });
    elements.push(md(reply.lines.join('\n')));
  }
  if (reply.secret) {
    elements.push(
      md(`**${reply.secret.label}**：<font color='red'>${reply.secret.value}</font>\n${reply.secret.hint}`),
    );
  }
  if (reply.buttons.length > 0) elements.push(buttonRow(reply.buttons));
  if (reply.form) elements.push(form(reply.form));
  if (reply.footer) elements.push(md(`<font color='grey'>${reply.footer}</font>`));
  return card(reply.title, TEMPLATE[reply.tone], elements);
}
