// Reading what a ticket card sends back: the button's value (code, operation, audience) and the
// form's inputs. Values come from our own cards but are checked like any input.
import { isTicketAction } from '../../src/domain/tickets/action-rules';
import { parseTicketCode } from '../../src/domain/tickets/ticket-code';
import type { ActionInput, TicketAction } from '../../src/domain/tickets/ticket-types';
import { AUDIENCES, type Audience } from './recipients';
import { type CardOp, EXTRA_OPS } from './ticket-buttons';
import { SELF_HANDLED } from './ticket-forms';

/** A ticket button's value, validated. */
export interface TicketCardValue {
  code: string;
  op: CardOp | null;
  aud: Audience;
}

/** Reads a ticket button's value; null when it is not one of ours (an old or forged card). */
export function readCardValue(value: Record<string, unknown>): TicketCardValue | null {
  const code = typeof value.code === 'string' ? parseTicketCode(value.code) : null;
  if (!code) return null;
  const aud = AUDIENCES.find((a) => a === value.aud) ?? null;
  if (!aud) return null;
  const raw = typeof value.op === 'string' ? value.op : null;
  const op =
    raw && (isTicketAction(raw) || (EXTRA_OPS as readonly string[]).includes(raw)) ? (raw as CardOp) : null;
  return { code, op, aud };
}

/** A form input's text, trimmed (empty when absent). */
export function formText(form: Record<string, unknown>, name: string): string {
  const value = form[name];
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/** The domain input an action's form carries. */
export function actionInput(action: TicketAction, form: Record<string, unknown>): ActionInput {
  const input: ActionInput = {};
  const note = formText(form, 'note');
  const reason = formText(form, 'reason');
  if (note) input.note = note;
  if (reason) input.reason = reason;
  const days = Number.parseInt(formText(form, 'days'), 10);
  if (Number.isFinite(days)) input.days = days;
  const score = Number.parseInt(formText(form, 'score'), 10);
  if (Number.isFinite(score)) input.satisfaction = score;
  if (action === 'assign') {
    const department = formText(form, 'department');
    if (department) input.departmentId = department === SELF_HANDLED ? null : department;
  }
  return input;
}
