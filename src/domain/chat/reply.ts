// What handlers return: data, never Lark JSON. src/lark/render.ts turns each into a card.
import type { ConductAnswer } from '../conduct/types';

/** A short card with a title, a colour and a few markdown lines (help, refusals, receipts…). */
export interface NoticeReply {
  type: 'notice';
  tone: 'info' | 'success' | 'warning' | 'danger';
  title: string;
  lines: string[];
  buttons?: ReplyButton[];
}

/** A button whose value comes back as a card action. */
export interface ReplyButton {
  label: string;
  style?: 'primary' | 'default' | 'danger';
  value: Record<string, string | number | boolean>;
}

/** The bot's help card: what it does and how to ask. */
export interface HelpReply {
  type: 'help';
  reason: 'greeting' | 'help' | 'fallback';
}

/** A conduct answer; `choices` are the clarify options picked so far (index → label). */
export interface ConductReply {
  type: 'conduct';
  question: string;
  questionId: number | null;
  answer: ConductAnswer;
  choices: Record<number, string>;
}

/** One input of a card form: a text box or a drop-down. */
export type FormField =
  | {
      kind: 'text';
      name: string;
      label: string;
      placeholder?: string;
      required?: boolean;
      multiline?: boolean;
      maxLength?: number;
    }
  | {
      kind: 'select';
      name: string;
      label: string;
      options: { label: string; value: string }[];
      required?: boolean;
      initial?: string;
    };

/** A form on a card: its inputs come back in the card action's `form` when `submit` is pressed. */
export interface ReplyForm {
  name: string;
  title: string;
  fields: FormField[];
  submit: ReplyButton;
  cancel?: ReplyButton;
}

/**
 * A ticket card for one audience (reporter, handler, supervisor): the facts it may see, what just
 * happened, the buttons it may press, at most one open form and, once, the anonymous query key.
 */
export interface TicketReply {
  type: 'ticket';
  code: string;
  title: string;
  tone: NoticeReply['tone'];
  facts: { label: string; value: string }[];
  /** The complaint text, quoted (staff cards). */
  description?: string;
  /** What happened or what to do now (markdown). */
  lines: string[];
  /** The secret query key, shown once on the reporter's receipt. */
  secret?: { label: string; value: string; hint: string };
  buttons: ReplyButton[];
  form?: ReplyForm;
  /** A grey footnote. */
  footer?: string;
}

/** Every reply a handler can produce. */
export type Reply = NoticeReply | HelpReply | ConductReply | TicketReply;

/** Where an extra message goes: a user by open_id or a group chat. */
export interface Recipient {
  type: 'user' | 'chat';
  id: string;
}

/** A message to someone other than the sender (a handler's notification, the supervision copy). */
export interface Outgoing {
  to: Recipient;
  reply: Reply;
  /** Stable per event and recipient: it becomes Lark's uuid, so a rerun never doubles a message. */
  key: string;
  purpose: string;
  ticketCode?: string;
}

/** What a message handler produced: the answer to the sender and any other messages. */
export interface MessageResult {
  reply: Reply | null;
  also?: Outgoing[];
}

/** What a card action produced: a toast and/or a replacement card, within Lark's 3 seconds. */
export interface CardActionResult {
  toast?: { type: 'info' | 'success' | 'error' | 'warning'; text: string };
  card?: Reply;
  also?: Outgoing[];
}
