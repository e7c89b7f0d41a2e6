// The anonymous reporter's secret query key (查询密钥): shown once, stored only as a SHA-256 hash,
// checked in constant time. Crockford base32 (no I, L, O, U) so it can be read out and typed back.
import type { RandomBytes } from './ticket-code';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Number of symbols in a key: 16 × 5 bits = 80 bits of randomness. */
export const QUERY_KEY_LENGTH = 16;

/** A fresh secret query key, grouped for reading: e.g. 7K3M-Q9XD-2HRT-WB4N. */
export function generateQueryKey(random: RandomBytes): string {
  return keyFromBytes(random(QUERY_KEY_LENGTH));
}

/**
 * The query key of one intake, derived as HMAC-SHA-256(server secret, source): a re-run of the same intake
 * (a crash between storing the ticket and sending its receipt) yields the same key, so the receipt can
 * still carry it although only its hash is stored.
 */
export async function deriveQueryKey(secret: string, source: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return keyFromBytes(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(source))));
}

function keyFromBytes(bytes: Uint8Array): string {
  let key = '';
  for (let i = 0; i < QUERY_KEY_LENGTH; i++) key += ALPHABET[(bytes[i] ?? 0) & 31]; // 256 / 32: unbiased
  return key.match(/.{4}/g)!.join('-');
}

/** Canonical form of a typed key: upper case, separators removed, look-alikes mapped (O→0, I/L→1). */
export function normalizeQueryKey(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s\-－—_]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** The hex SHA-256 of a key's canonical form: what the ticket stores (WebCrypto: Node 20 and Workers). */
export async function hashQueryKey(key: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normalizeQueryKey(key)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Compares two strings in time independent of where they differ (only the length can leak). */
export function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i % Math.max(b.length, 1));
  return diff === 0;
}

/** Checks a typed key against the stored hash, in constant time. */
export async function verifyQueryKey(input: string, storedHash: string | null): Promise<boolean> {
  if (storedHash === null) return false;
  return constantTimeEqual(await hashQueryKey(input), storedHash);
}
