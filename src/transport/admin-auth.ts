// Staff access to /admin and /api/*: ADMIN_TOKEN as a Bearer header, or a signed session cookie set
// by the login form. The token itself never goes into a cookie; every comparison is constant-time.
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Config } from '../config';
import { jsonError } from './errors';

/** Name of the admin session cookie (HttpOnly, SameSite=Strict, Secure over https). */
export const ADMIN_COOKIE = 'qq_admin';

/** How long a login lasts. */
export const ADMIN_SESSION_MS = 12 * 60 * 60 * 1000;

/** Who is asking: staff, someone without (valid) credentials, or nobody at all because ADMIN_TOKEN is unset. */
export type AdminAccess = 'granted' | 'missing' | 'disabled';

const encoder = new TextEncoder();

const hex = (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

/** Compares two secrets in constant time: both are hashed first, so not even the length leaks. */
export async function secretsMatch(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([sha256(given), sha256(expected)]);
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

async function sign(token: string, expiresAt: number): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(token),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return hex(await crypto.subtle.sign('HMAC', key, encoder.encode(`qq-admin-session:${expiresAt}`)));
}

/** A session cookie value: its expiry and an HMAC of it keyed by ADMIN_TOKEN (a new token ends every session). */
export async function createAdminSession(token: string, now: number): Promise<string> {
  const expiresAt = now + ADMIN_SESSION_MS;
  return `${expiresAt}.${await sign(token, expiresAt)}`;
}

/** Checks a session cookie value: well formed, not expired, signed with the current token. */
export async function verifyAdminSession(
  value: string | undefined,
  token: string,
  now: number,
): Promise<boolean> {
  const match = /^(\d{10,16})\.([0-9a-f]{64})$/.exec(value ?? '');
  if (!match) return false;
  const expiresAt = Number(match[1]);
  if (expiresAt <= now || expiresAt > now + ADMIN_SESSION_MS) return false;
  return secretsMatch(match[2]!, await sign(token, expiresAt));
}

/** Whether the request came over https (directly or through a proxy that says so). */
export function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

/** Reads the request's credentials: `Authorization: Bearer <ADMIN_TOKEN>` or a valid session cookie. */
export async function adminAccess(c: Context, config: Config, now: number): Promise<AdminAccess> {
  const token = config.ADMIN_TOKEN;
  if (!token) return 'disabled';
  const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '');
  if (bearer) return (await secretsMatch(bearer[1]!.trim(), token)) ? 'granted' : 'missing';
  return (await verifyAdminSession(getCookie(c, ADMIN_COOKIE), token, now)) ? 'granted' : 'missing';
}

/** Starts a staff session after the login form was checked. */
export async function startAdminSession(c: Context, token: string, now: number): Promise<void> {
  setCookie(c, ADMIN_COOKIE, await createAdminSession(token, now), {
    httpOnly: true,
    sameSite: 'Strict',
    secure: isHttps(c),
    path: '/',
    maxAge: ADMIN_SESSION_MS / 1000,
  });
}

/** Ends the staff session. */
export function endAdminSession(c: Context): void {
  deleteCookie(c, ADMIN_COOKIE, { path: '/', secure: isHttps(c), httpOnly: true, sameSite: 'Strict' });
}

/**
 * Guards API routes (`/api/*`): 403 when ADMIN_TOKEN is unset, 401 without a valid Bearer token or
 * session cookie (the cookie lets the dashboard's CSV link work in a browser).
 */
export function requireAdminApi(deps: { config: Config; now: () => number }): MiddlewareHandler {
  return async (c, next) => {
    const access = await adminAccess(c, deps.config, deps.now());
    if (access === 'disabled') return jsonError(c, 403, 'admin_disabled', 'ADMIN_TOKEN is not configured.');
    if (access === 'missing') {
      c.header('WWW-Authenticate', 'Bearer realm="qinqing-admin"');
      return jsonError(c, 401, 'unauthorized', 'A valid admin token is required.');
    }
    await next();
  };
}
