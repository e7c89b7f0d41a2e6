import type { Context } from 'hono';

/** The shape @hono/node-server passes as `env`; read without importing it (shared code stays runtime-free). */
interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * The client's address for rate limiting: `cf-connecting-ip` (Cloudflare), else the first hop of
 * `x-forwarded-for` (a reverse proxy), else the socket's peer on Node; 'unknown' when none is known.
 */
export function clientIp(c: Context): string {
  const cf = c.req.header('cf-connecting-ip')?.trim();
  if (cf) return cf;
  const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
  if (forwarded) return forwarded;
  const env = c.env as NodeBindings | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
