import { constantTimeEqual, larkDecrypt, larkSignature } from './crypto';
import { type Envelope, readEnvelope } from './envelope';

/** The secrets a request is checked against. */
export interface VerifySettings {
  verificationToken: string | undefined;
  encryptKey: string | undefined;
  appId: string | undefined;
}

/** How far a request timestamp may be from now before it is refused as stale or replayed. */
export const FRESHNESS_WINDOW_MS = 5 * 60 * 1000;

/** The outcome of checking one webhook request, before any handler runs. */
export type VerifiedRequest =
  | { type: 'challenge'; challenge: string }
  | { type: 'envelope'; envelope: Envelope }
  | { type: 'reject'; status: 400 | 401 | 403; code: string; message: string };

const reject = (status: 400 | 401 | 403, code: string, message: string): VerifiedRequest => ({
  type: 'reject',
  status,
  code,
  message,
});

function parseTimestamp(value: string): number | null {
  if (/^\d{9,11}$/.test(value)) return Number(value) * 1000;
  if (/^\d{12,14}$/.test(value)) return Number(value);
  // Some card callbacks send a Go time.String(): "2026-10-04 18:23:46.05 +0800 CST m=+3612.1".
  const go = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.\d+)? ([+-]\d{2})(\d{2})/.exec(value);
  if (go) return Date.parse(`${go[1]}T${go[2]}${go[3]}:${go[4]}`);
  return null;
}

/**
 * Checks one raw webhook body the way Lark specifies it, over the exact bytes received:
 * signature (constant time) and freshness when an Encrypt Key is set, decryption, the verification
 * token inside every event, and the envelope's shape. The url_verification handshake is unsigned,
 * so it is checked by its token alone.
 */
export async function verifyLarkRequest(
  rawBody: string,
  headers: { timestamp?: string; nonce?: string; signature?: string },
  settings: VerifySettings,
  now: number,
): Promise<VerifiedRequest> {
  if (!settings.verificationToken) {
    return reject(403, 'webhook_disabled', 'Set LARK_VERIFICATION_TOKEN to receive Lark events.');
  }
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return reject(400, 'malformed_json', 'The request body is not valid JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return reject(400, 'malformed_body', 'The request body must be a JSON object.');
  }

  const signed = Boolean(headers.signature);
  if (settings.encryptKey && signed) {
    const { timestamp = '', nonce = '', signature = '' } = headers;
    const expected = await larkSignature(timestamp, nonce, settings.encryptKey, rawBody);
    if (!constantTimeEqual(expected, signature.toLowerCase())) {
      return reject(401, 'bad_signature', 'X-Lark-Signature does not match the body.');
    }
    const at = parseTimestamp(timestamp);
    if (at === null || Math.abs(now - at) > FRESHNESS_WINDOW_MS) {
      return reject(401, 'stale_request', 'X-Lark-Request-Timestamp is missing or more than 5 minutes off.');
    }
  }

  const encrypted = (body as { encrypt?: unknown }).encrypt;
  if (encrypted !== undefined) {
    if (typeof encrypted !== 'string' || encrypted.length === 0) {
      return reject(400, 'malformed_body', '"encrypt" must be a non-empty base64 string.');
    }
    if (!settings.encryptKey) {
      return reject(
        400,
        'encryption_not_configured',
        'The body is encrypted but LARK_ENCRYPT_KEY is not set.',
      );
    }
    try {
      body = JSON.parse(await larkDecrypt(encrypted, settings.encryptKey));
    } catch {
      return reject(400, 'undecryptable', 'The encrypted body could not be decrypted with LARK_ENCRYPT_KEY.');
    }
  }

  const read = readEnvelope(body);
  if (read.type === 'invalid') return reject(400, 'malformed_event', read.message);
  if (read.type === 'challenge') {
    if (!read.token || !constantTimeEqual(read.token, settings.verificationToken)) {
      return reject(401, 'bad_token', 'The url_verification token does not match LARK_VERIFICATION_TOKEN.');
    }
    return { type: 'challenge', challenge: read.challenge };
  }
  // Everything but the handshake must be signed once an Encrypt Key is configured.
  if (settings.encryptKey && !signed) {
    return reject(
      401,
      'missing_signature',
      'X-Lark-Signature is required when an Encrypt Key is configured.',
    );
  }
  const { token, app_id: appId } = read.envelope.header;
  if (!token || !constantTimeEqual(token, settings.verificationToken)) {
    return reject(401, 'bad_token', 'The event token does not match LARK_VERIFICATION_TOKEN.');
  }
  if (settings.appId && appId && appId !== settings.appId) {
    return reject(401, 'wrong_app', 'The event is for another app id.');
  }
  return { type: 'envelope', envelope: read.envelope };
}
