import { chinaDateKey, type EpochMs } from '../calendar/china-time';

/** A source of random bytes, passed in so code and key generation stay pure (crypto.getRandomValues in production). */
export type RandomBytes = (length: number) => Uint8Array;

const CODE = /^QQ-(\d{8})-(\d{4})$/;

/**
 * A human-friendly ticket code, QQ-<China date>-<4 digits>, e.g. QQ-20261121-4821. Codes can repeat
 * (10 000 per day), so the store must enforce uniqueness and the caller draws again on a clash.
 */
export function generateTicketCode(now: EpochMs, random: RandomBytes): string {
  const date = chinaDateKey(now).replaceAll('-', '');
  for (;;) {
    const bytes = random(2);
    const value = ((bytes[0] ?? 0) << 8) | (bytes[1] ?? 0);
    if (value < 60000) return `QQ-${date}-${String(value % 10000).padStart(4, '0')}`; // unbiased: 60000 = 6 × 10000
  }
}

/** Normalises what a person typed (spaces, lower case, full-width dash) into a ticket code, or null if it is not one. */
export function parseTicketCode(input: string): string | null {
  const code = input
    .trim()
    .toUpperCase()
    .replace(/[－—–]/g, '-')
    .replace(/\s+/g, '');
  return CODE.test(code) ? code : null;
}
