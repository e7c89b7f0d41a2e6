import type { EpochMs } from '../calendar/china-time';
import type { Org } from '../org/org-types';
import type { Authorization } from './permissions';
import type { ActionInput, Refusal, Ticket } from './ticket-types';

/** Longest free text accepted in a note or reason. */
export const MAX_NOTE_LENGTH = 2000;

/** What an action's effect receives: the org, the ticket before, who acts (already authorised), when, and the input. */
export interface EffectContext {
  org: Org;
  ticket: Ticket;
  auth: Authorization;
  now: EpochMs;
  input: ActionInput;
}

/** An effect's outcome: the changed ticket plus what the history event records, or a refusal. */
export type EffectResult =
  | { ok: true; ticket: Ticket; note: string | null; data?: Record<string, string | number | null> }
  | Refusal;

/** The function that carries out one action once it is known to be legal and permitted. */
export type Effect = (ctx: EffectContext) => EffectResult;

/** Builds a refusal. */
export function refuse(code: string, message: string): Refusal {
  return { ok: false, code, message };
}

/** Reads a required text field: trimmed, non-empty and not too long, or a refusal naming what is missing. */
export function requiredText(value: string | undefined, what: string): string | Refusal {
  const text = value?.trim() ?? '';
  if (text === '') return refuse('invalid_input', `请填写${what}。`);
  if (text.length > MAX_NOTE_LENGTH) return refuse('invalid_input', `${what}不能超过${MAX_NOTE_LENGTH}字。`);
  return text;
}

/** Reads an optional text field: trimmed, null when empty, or a refusal when too long. */
export function optionalText(value: string | undefined): string | null | Refusal {
  const text = value?.trim() ?? '';
  if (text.length > MAX_NOTE_LENGTH) return refuse('invalid_input', `说明不能超过${MAX_NOTE_LENGTH}字。`);
  return text === '' ? null : text;
}

/** Tells a refusal apart from a successfully read value. */
export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}
