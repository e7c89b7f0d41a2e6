// What every public form POST goes through: a body-size limit, the CSRF check and a per-client rate limit.
import type { Context } from 'hono';
import { clientIp } from './client-ip';
import { CSRF_FIELD, csrfValid } from './csrf';
import type { RateLimiter } from './rate-limit';

/** Public form bodies are small; anything bigger is refused before it is parsed. */
export const MAX_FORM_BYTES = 64 * 1024;

/** Why a public POST was stopped before reaching the use case. */
export type GuardStop =
  | { kind: 'too_large' }
  | { kind: 'csrf' }
  | { kind: 'rate'; retryAfterSeconds: number };

/** The parsed form, or why it was stopped. */
export type GuardResult =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; stop: GuardStop; body: Record<string, unknown> };

/** Reads a public form POST: size, CSRF, then one hit on the client's rate limit. */
export async function guardPublicPost(c: Context, limiter: RateLimiter): Promise<GuardResult> {
  const length = Number(c.req.header('content-length') ?? '0');
  if (length > MAX_FORM_BYTES) return { ok: false, stop: { kind: 'too_large' }, body: {} };
  const raw = await c.req.text();
  if (new TextEncoder().encode(raw).length > MAX_FORM_BYTES)
    return { ok: false, stop: { kind: 'too_large' }, body: {} };
  const body: Record<string, unknown> = {};
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('application/x-www-form-urlencoded')) {
    for (const [key, value] of new URLSearchParams(raw)) body[key] = value;
  }
  if (!(await csrfValid(c, body[CSRF_FIELD]))) return { ok: false, stop: { kind: 'csrf' }, body };
  const decision = limiter.hit(clientIp(c));
  if (!decision.ok)
    return { ok: false, stop: { kind: 'rate', retryAfterSeconds: decision.retryAfterSeconds }, body };
  return { ok: true, body };
}

/** A polite sentence for a stopped request. */
export function stopMessage(stop: GuardStop): string {
  switch (stop.kind) {
    case 'too_large':
      return '提交的内容太长了，请精简后再提交。';
    case 'csrf':
      return '页面已过期或不是从本站提交的。您填写的内容都还在，请确认后再提交一次。';
    case 'rate':
      return `提交太频繁了，请 ${Math.max(1, Math.ceil(stop.retryAfterSeconds / 60))} 分钟后再试。您填写的内容都还在。`;
  }
}

/** The HTTP status for a stopped request. */
export function stopStatus(stop: GuardStop): 413 | 403 | 429 {
  return stop.kind === 'too_large' ? 413 : stop.kind === 'csrf' ? 403 : 429;
}
