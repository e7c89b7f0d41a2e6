// CSRF protection for the HTML forms: a double-submit token (an HttpOnly SameSite=Strict cookie and
// the same value in a hidden field), plus a same-origin check on Origin / Sec-Fetch-Site when sent.
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { isHttps, secretsMatch } from '../admin-auth';

/** The cookie carrying the form token. */
export const CSRF_COOKIE = 'qq_csrf';

/** The hidden form field carrying the same token. */
export const CSRF_FIELD = '_csrf';

const TOKEN = /^[0-9a-f]{64}$/;

function freshToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The token to put in a form: the visitor's current one, or a new one set as a cookie. */
export function csrfToken(c: Context): string {
  const existing = getCookie(c, CSRF_COOKIE);
  if (existing && TOKEN.test(existing)) return existing;
  const token = freshToken();
  setCookie(c, CSRF_COOKIE, token, { httpOnly: true, sameSite: 'Strict', secure: isHttps(c), path: '/' });
  return token;
}

/** Whether a POST comes from one of our own pages: same origin, and the field matches the cookie. */
export async function csrfValid(c: Context, submitted: unknown): Promise<boolean> {
  if (c.req.header('sec-fetch-site') === 'cross-site') return false;
  const origin = c.req.header('origin');
  if (origin && origin !== 'null' && origin !== new URL(c.req.url).origin) {
    // Behind a proxy the request URL is internal: compare with the host the browser used.
    const host = c.req.header('x-forwarded-host') ?? c.req.header('host');
    if (!host || !URL.canParse(origin) || new URL(origin).host !== host) return false;
  }
  const cookie = getCookie(c, CSRF_COOKIE);
  if (!cookie || !TOKEN.test(cookie) || typeof submitted !== 'string') return false;
  return secretsMatch(submitted, cookie);
}
