import { describe, expect, it } from 'vitest';
import { constantTimeEqual, larkDecrypt, larkEncrypt, larkSignature, sha256Hex } from '../../src/lark/crypto';

// The vectors of lark-protocol.md §2.1: Lark's documentation, the SDK's own test and a deterministic one.
const DETERMINISTIC = {
  key: 'test_encrypt_key_123',
  iv: '000102030405060708090a0b0c0d0e0f',
  plain:
    '{"challenge":"ajls384kdjx98XX","token":"rvaYgkND1GOiu5MM0E1rncYC6PLtF7JV","type":"url_verification"}',
  encrypt:
    'AAECAwQFBgcICQoLDA0ODz+59tQ3Nkq2rL39fQwEQCzSFg3Cw9lNC0sjkKBKVrk0REbj1d7JeA/EAqEx8qHgB0EbekVh8laAQ/Kc97qeBZy3952AXgPvo7A9aadDALWb8yTVXlydyOHrNzv5DHgHzuuXO1myRtjeojNmh4sJ9tg=',
  timestamp: '1718784000',
  nonce: '1367406237',
  signature: '983d1e40d0cfa68a2a0d9d0d8d0105d02fb7824bd2257b70acc5058040caff6d',
};

const hexBytes = (hex: string) => Uint8Array.from(hex.match(/../g)!, (h) => Number.parseInt(h, 16));

describe('larkDecrypt', () => {
  it('should decrypt the documentation vector ("test key" → "hello world")', async () => {
    expect(await larkDecrypt('P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=', 'test key')).toBe('hello world');
  });

  it("should decrypt the SDK's own challenge vector", async () => {
    const encrypt =
      'tT1xP+ovuc0T3b/rnZX3ax76exqAn0ANQ6/U45GcciC0mgNBc8JtvqOJGNAPMKpgRs2dVU1NYk9VDeqS8T4SYtU0hzNU54aS84WnxvZ3VFfDcy/RyABlNqlUiGyLDzFI0yxdCMT4KR/YEQXlt6nZi50KwRlZ+A75r645KesZuLMljezYyY8VeeXEVjPw35+e';
    expect(await larkDecrypt(encrypt, 'mazhe.nerd')).toBe(
      '{"challenge":"5634b122-c042-4634-bc7f-b07a3c3e77ad","token":"iRdCP2WwXNBXRM3mGLqhrgch3cn0gbT6","type":"url_verification"}',
    );
  });

  it('should decrypt the deterministic vector', async () => {
    expect(await larkDecrypt(DETERMINISTIC.encrypt, DETERMINISTIC.key)).toBe(DETERMINISTIC.plain);
  });

  it('should reject a wrong key or a truncated ciphertext', async () => {
    await expect(larkDecrypt(DETERMINISTIC.encrypt, 'another key')).rejects.toThrow();
    await expect(larkDecrypt(DETERMINISTIC.encrypt.slice(0, 20), DETERMINISTIC.key)).rejects.toThrow();
  });
});

describe('larkEncrypt', () => {
  it('should reproduce the deterministic vector from its IV', async () => {
    expect(await larkEncrypt(DETERMINISTIC.plain, DETERMINISTIC.key, hexBytes(DETERMINISTIC.iv))).toBe(
      DETERMINISTIC.encrypt,
    );
  });

  it('should round-trip non-ASCII text with a random IV', async () => {
    const plain = JSON.stringify({ text: '老板请吃饭能去吗？🍵' });
    const once = await larkEncrypt(plain, 'k');
    expect(once).not.toBe(await larkEncrypt(plain, 'k'));
    expect(await larkDecrypt(once, 'k')).toBe(plain);
  });
});

describe('larkSignature', () => {
  it('should sign the deterministic vector over the raw body', async () => {
    const raw = JSON.stringify({ encrypt: DETERMINISTIC.encrypt });
    expect(await larkSignature(DETERMINISTIC.timestamp, DETERMINISTIC.nonce, DETERMINISTIC.key, raw)).toBe(
      DETERMINISTIC.signature,
    );
  });

  it('should change when one byte of the body changes', async () => {
    const raw = JSON.stringify({ encrypt: DETERMINISTIC.encrypt });
    const pretty = JSON.stringify({ encrypt: DETERMINISTIC.encrypt }, null, 1);
    expect(
      await larkSignature(DETERMINISTIC.timestamp, DETERMINISTIC.nonce, DETERMINISTIC.key, pretty),
    ).not.toBe(await larkSignature(DETERMINISTIC.timestamp, DETERMINISTIC.nonce, DETERMINISTIC.key, raw));
  });
});

describe('constantTimeEqual and sha256Hex', () => {
  it('should compare equal and unequal strings of any length', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
  });

  it('should hash like SHA-256', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
