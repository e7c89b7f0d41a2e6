// Lark's event crypto on WebCrypto only, so the same code runs on Node and workerd.
const encoder = new TextEncoder();

function toHex(buffer: ArrayBuffer): string {
  let out = '';
  for (const byte of new Uint8Array(buffer)) out += byte.toString(16).padStart(2, '0');
  return out;
}

async function deriveAesKey(encryptKey: string, usage: KeyUsage): Promise<CryptoKey> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(encryptKey));
  return crypto.subtle.importKey('raw', digest, 'AES-CBC', false, [usage]);
}

// The key is derived once per Encrypt Key, not per event: two WebCrypto calls less on the ack path.
const aesKeys = new Map<string, Promise<CryptoKey>>();

function aesKey(encryptKey: string, usage: KeyUsage): Promise<CryptoKey> {
  const id = `${usage}:${encryptKey}`;
  let key = aesKeys.get(id);
  if (!key) {
    if (aesKeys.size >= 16) aesKeys.clear();
    key = deriveAesKey(encryptKey, usage);
    aesKeys.set(id, key);
    key.catch(() => aesKeys.delete(id));
  }
  return key;
}

/** Compares two strings in time independent of where they differ (lengths are not secret here). */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  let diff = left.length ^ right.length;
  const length = Math.max(left.length, right.length);
  for (let i = 0; i < length; i++) diff |= (left[i] ?? 0) ^ (right[i] ?? 0);
  return diff === 0;
}

/** X-Lark-Signature: hex(SHA-256(timestamp + nonce + encryptKey + raw body)), over the raw bytes. */
export async function larkSignature(timestamp: string, nonce: string, encryptKey: string, rawBody: string) {
  return toHex(
    await crypto.subtle.digest('SHA-256', encoder.encode(timestamp + nonce + encryptKey + rawBody)),
  );
}

/** Decrypts `{"encrypt": …}`: base64(iv16 + AES-256-CBC(PKCS7(json))) with key SHA-256(encryptKey). */
export async function larkDecrypt(base64: string, encryptKey: string): Promise<string> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  if (bytes.length < 32 || bytes.length % 16 !== 0) throw new Error('ciphertext has the wrong length');
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-CBC', iv: bytes.slice(0, 16) },
    await aesKey(encryptKey, 'decrypt'),
    bytes.slice(16),
  );
  return new TextDecoder('utf-8', { fatal: true }).decode(plain);
}

/** Encrypts like Lark does; used by tests, the benchmark and the fake Lark server. */
export async function larkEncrypt(
  plain: string,
  encryptKey: string,
  iv: Uint8Array<ArrayBuffer> = crypto.getRandomValues(new Uint8Array(16)),
): Promise<string> {
  const cipher = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-CBC', iv },
      await aesKey(encryptKey, 'encrypt'),
      encoder.encode(plain),
    ),
  );
  const out = new Uint8Array(16 + cipher.length);
  out.set(iv);
  out.set(cipher, 16);
  let binary = '';
  for (const byte of out) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** A short stable hex digest, e.g. for Lark's 50-character `uuid` idempotency keys. */
export async function sha256Hex(text: string): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}
