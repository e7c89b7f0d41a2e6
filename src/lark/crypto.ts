// Lark's event crypto on node:crypto, which workerd provides under `nodejs_compat`: one code path for
// both runtimes, and synchronous. (WebCrypto on Node runs every call as a thread-pool job, which cost
// about a third of a millisecond per acknowledged event in the benchmark.)
import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// The key is derived once per Encrypt Key, not per event.
const aesKeys = new Map<string, Buffer>();

function aesKey(encryptKey: string): Buffer {
  let key = aesKeys.get(encryptKey);
  if (!key) {
    if (aesKeys.size >= 16) aesKeys.clear();
    key = createHash('sha256').update(encryptKey, 'utf8').digest();
    aesKeys.set(encryptKey, key);
  }
  return key;
}

/** Compares two strings in time independent of where they differ (lengths are not secret here). */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  if (left.length !== right.length) {
    timingSafeEqual(left, left);
    return false;
  }
  return timingSafeEqual(left, right);
}

/** X-Lark-Signature: hex(SHA-256(timestamp + nonce + encryptKey + raw body)), over the raw bytes. */
export async function larkSignature(timestamp: string, nonce: string, encryptKey: string, rawBody: string) {
  return createHash('sha256')
    .update(timestamp + nonce + encryptKey, 'utf8')
    .update(rawBody, 'utf8')
    .digest('hex');
}

/** Decrypts `{"encrypt": …}`: base64(iv16 + AES-256-CBC(PKCS7(json))) with key SHA-256(encryptKey). */
export async function larkDecrypt(base64: string, encryptKey: string): Promise<string> {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) throw new Error('ciphertext is not base64');
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length < 32 || bytes.length % 16 !== 0) throw new Error('ciphertext has the wrong length');
  const decipher = createDecipheriv('aes-256-cbc', aesKey(encryptKey), bytes.subarray(0, 16));
  const plain = Buffer.concat([decipher.update(bytes.subarray(16)), decipher.final()]);
  return new TextDecoder('utf-8', { fatal: true }).decode(plain);
}

/** Encrypts like Lark does; used by tests, the benchmark and the fake Lark server. */
export async function larkEncrypt(
  plain: string,
  encryptKey: string,
  iv: Uint8Array = randomBytes(16),
): Promise<string> {
  const cipher = createCipheriv('aes-256-cbc', aesKey(encryptKey), iv);
  return Buffer.concat([Buffer.from(iv), cipher.update(plain, 'utf8'), cipher.final()]).toString('base64');
}

/** A short stable hex digest, e.g. for Lark's 50-character `uuid` idempotency keys. */
export async function sha256Hex(text: string): Promise<string> {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
