import { describe, expect, it } from 'vitest';
import {
  ADMIN_SESSION_MS,
  createAdminSession,
  secretsMatch,
  verifyAdminSession,
} from '../../src/transport/admin-auth';

const TOKEN = 'test-admin-token-0123';

describe('admin auth', () => {
  it('should compare secrets of any length', async () => {
    expect(await secretsMatch(TOKEN, TOKEN)).toBe(true);
    expect(await secretsMatch(`${TOKEN}x`, TOKEN)).toBe(false);
    expect(await secretsMatch('', TOKEN)).toBe(false);
  });

  it('should accept its own session until it expires, and never carry the token', async () => {
    const now = 1_800_000_000_000;
    const value = await createAdminSession(TOKEN, now);
    expect(value).not.toContain(TOKEN);
    expect(await verifyAdminSession(value, TOKEN, now + 1000)).toBe(true);
    expect(await verifyAdminSession(value, TOKEN, now + ADMIN_SESSION_MS)).toBe(false);
  });

  it('should refuse tampered, foreign and malformed sessions', async () => {
    const now = 1_800_000_000_000;
    const value = await createAdminSession(TOKEN, now);
    const [expiry, mac] = value.split('.');
    expect(await verifyAdminSession(`${Number(expiry) + 1}.${mac}`, TOKEN, now)).toBe(false);
    expect(await verifyAdminSession(value, 'another-admin-token', now)).toBe(false);
    expect(await verifyAdminSession('garbage', TOKEN, now)).toBe(false);
    expect(await verifyAdminSession(undefined, TOKEN, now)).toBe(false);
  });
});
