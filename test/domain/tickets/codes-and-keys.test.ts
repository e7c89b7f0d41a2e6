import { describe, expect, it } from 'vitest';
import {
  constantTimeEqual,
  deriveQueryKey,
  generateQueryKey,
  hashQueryKey,
  normalizeQueryKey,
  verifyQueryKey,
} from '../../../src/domain/tickets/query-key';
import {
  generateTicketCode,
  parseTicketCode,
  type RandomBytes,
} from '../../../src/domain/tickets/ticket-code';
import { at, fixedRandom } from './fixtures';

const bytes = (...values: number[]): RandomBytes => {
  const queue = [...values];
  return (length) => Uint8Array.from({ length }, () => queue.shift() ?? 0);
};

describe('ticket codes', () => {
  it('should write the China date and four digits', () => {
    expect(generateTicketCode(at('2026-11-21 09:00'), bytes(0x12, 0xd5))).toBe('QQ-20261121-4821'); // 0x12d5 = 4821
  });

  it('should use the China date, not the UTC date, just after midnight', () => {
    expect(generateTicketCode(at('2026-01-01 00:30'), bytes(0, 7))).toBe('QQ-20260101-0007');
  });

  it('should draw again instead of biasing when the value is out of range', () => {
    expect(generateTicketCode(at('2026-11-21 09:00'), bytes(0xff, 0xff, 0, 42))).toBe('QQ-20261121-0042');
  });

  it('should be deterministic given the random source', () => {
    const t = at('2026-11-21 09:00');
    expect(generateTicketCode(t, fixedRandom(3))).toBe(generateTicketCode(t, fixedRandom(3)));
  });

  it('should normalise typed codes and reject others', () => {
    expect(parseTicketCode(' qq－20261121－4821 ')).toBe('QQ-20261121-4821');
    expect(parseTicketCode('QQ-2026112-4821')).toBeNull();
    expect(parseTicketCode('hello')).toBeNull();
  });
});

describe('query keys', () => {
  it('should generate 16 Crockford base32 symbols in groups of four', () => {
    const key = generateQueryKey(fixedRandom(9));
    expect(key).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(generateQueryKey(bytes(...Array.from({ length: 16 }, (_, i) => i)))).toBe('0123-4567-89AB-CDEF');
  });

  it('should accept the key typed loosely: lower case, no dashes, O for 0, l for 1', () => {
    expect(normalizeQueryKey('0123-4567 89ab-cdef')).toBe('0123456789ABCDEF');
    expect(normalizeQueryKey('O1lI')).toBe('0111');
  });

  it('should verify against the stored hash and refuse anything else', async () => {
    const key = '7K3M-Q9XD-2HRT-WB4N';
    const hash = await hashQueryKey(key);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain('7K3M');
    expect(await verifyQueryKey('7k3mq9xd2hrtwb4n', hash)).toBe(true);
    expect(await verifyQueryKey('7K3M-Q9XD-2HRT-WB4M', hash)).toBe(false);
    expect(await verifyQueryKey(key, null)).toBe(false);
  });

  it('should compare strings fully, whatever their lengths', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
    expect(constantTimeEqual('a', '')).toBe(false);
  });

  it('should derive the same key for the same intake, and different keys for other intakes or secrets', async () => {
    const key = await deriveQueryKey('secret-a', 'ev_1');
    expect(key).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(await deriveQueryKey('secret-a', 'ev_1')).toBe(key);
    expect(await deriveQueryKey('secret-a', 'ev_2')).not.toBe(key);
    expect(await deriveQueryKey('secret-b', 'ev_1')).not.toBe(key);
    expect(await verifyQueryKey(key, await hashQueryKey(key))).toBe(true);
  });
});
