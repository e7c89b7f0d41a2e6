import { describe, expect, it } from 'vitest';
import { larkSignature } from '../../src/lark/crypto';
import { FRESHNESS_WINDOW_MS, type VerifySettings, verifyLarkRequest } from '../../src/lark/verify-request';
import { messageEvent, TEST_LARK, toWire } from '../support/lark-events';

const settings: VerifySettings = {
  verificationToken: TEST_LARK.verificationToken,
  encryptKey: TEST_LARK.encryptKey,
  appId: TEST_LARK.appId,
};

async function verifyAt(timestamp: string, now: number) {
  const wire = await toWire(messageEvent(), { encryptKey: TEST_LARK.encryptKey, timestamp });
  return verifyLarkRequest(
    wire.body,
    {
      timestamp: wire.headers['x-lark-request-timestamp'],
      nonce: wire.headers['x-lark-request-nonce'],
      signature: wire.headers['x-lark-signature'],
    },
    settings,
    now,
  );
}

describe('verifyLarkRequest', () => {
  const now = Date.parse('2026-10-04T10:23:46Z');

  it('should accept Unix seconds and milliseconds within the window', async () => {
    expect(await verifyAt(String(Math.floor(now / 1000)), now)).toMatchObject({ type: 'envelope' });
    expect(await verifyAt(String(now - FRESHNESS_WINDOW_MS + 1000), now)).toMatchObject({ type: 'envelope' });
  });

  it("should read a card callback's Go time.String() timestamp", async () => {
    const go = '2026-10-04 18:23:46.052290112 +0800 CST m=+3612.1';
    expect(await verifyAt(go, now)).toMatchObject({ type: 'envelope' });
    expect(await verifyAt(go, now + FRESHNESS_WINDOW_MS + 1000)).toMatchObject({
      type: 'reject',
      status: 401,
    });
  });

  it('should accept an upper-case hex signature', async () => {
    const wire = await toWire(messageEvent(), { encryptKey: TEST_LARK.encryptKey, now });
    const headers = {
      timestamp: wire.headers['x-lark-request-timestamp'],
      nonce: wire.headers['x-lark-request-nonce'],
      signature: wire.headers['x-lark-signature']!.toUpperCase(),
    };
    expect(await verifyLarkRequest(wire.body, headers, settings, now)).toMatchObject({ type: 'envelope' });
  });

  it('should sign over the exact bytes, so a re-serialised body fails', async () => {
    const wire = await toWire(messageEvent(), { encryptKey: TEST_LARK.encryptKey, now, pretty: true });
    const ts = wire.headers['x-lark-request-timestamp']!;
    const nonce = wire.headers['x-lark-request-nonce']!;
    const compact = JSON.stringify(JSON.parse(wire.body));
    expect(await larkSignature(ts, nonce, TEST_LARK.encryptKey, compact)).not.toBe(
      wire.headers['x-lark-signature'],
    );
    const result = await verifyLarkRequest(
      compact,
      { timestamp: ts, nonce, signature: wire.headers['x-lark-signature'] },
      settings,
      now,
    );
    expect(result).toMatchObject({ type: 'reject', code: 'bad_signature' });
  });
});
