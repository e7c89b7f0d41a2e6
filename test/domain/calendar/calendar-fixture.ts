import { chinaTime } from '../../../src/domain/calendar/china-time';
import { createWorkCalendar } from '../../../src/domain/calendar/work-calendar';

/** The 2026 schedule from the 国务院办公厅 notice (reference/holidays.md). */
export const cal2026 = createWorkCalendar({
  holidays: [
    { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
    { name: '春节', from: '2026-02-15', to: '2026-02-23' },
    { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
    { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
    { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
    { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
    { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
  ],
  workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
});

/** An instant from a China wall-clock time: at('2026-09-30 10:00'). */
export function at(text: string): number {
  const [day, time = '00:00'] = text.split(' ');
  const [h, m] = time.split(':').map(Number);
  return chinaTime(day!, h!, m);
}
