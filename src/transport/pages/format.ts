import { CHINA_UTC_OFFSET_MS } from '../../domain/calendar/china-time';

/** An instant as China wall-clock time, "2026-11-21 14:05". */
export function formatDateTime(at: number | null | undefined): string {
  if (at === null || at === undefined || !Number.isFinite(at)) return '—';
  return new Date(at + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** An instant as a China date, "2026-11-21". */
export function formatDate(at: number | null | undefined): string {
  return formatDateTime(at).slice(0, 10);
}

/** A week's Monday as "11/17", for chart axes. */
export function formatWeek(at: number): string {
  const d = new Date(at + CHINA_UTC_OFFSET_MS);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
}

/** A share as a percentage with one decimal: "12.5%"; "—" when there is nothing to divide. */
export function percent(part: number, whole: number): string {
  if (whole <= 0) return '—';
  return `${(Math.round((part / whole) * 1000) / 10).toString()}%`;
}

/** A duration in hours, or days once it is over two days: "5.5 小时", "3.2 天". */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '—';
  const hours = ms / 3_600_000;
  if (hours < 48) return `${Math.round(hours * 10) / 10} 小时`;
  return `${Math.round((hours / 24) * 10) / 10} 天`;
}
