import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsKeepingDay,
  daysBetween,
  shanghaiDate,
  startOfShanghaiDay,
} from './calendar.js';

describe('the bank calendar (Asia/Shanghai)', () => {
  it('turns instants into Shanghai dates, whatever the machine’s timezone', () => {
    expect(shanghaiDate(Date.UTC(2026, 10, 28, 15, 59, 59) / 1000)).toBe('2026-11-28');
    expect(shanghaiDate(Date.UTC(2026, 10, 28, 16, 0, 0) / 1000)).toBe('2026-11-29');
    expect(startOfShanghaiDay('2026-11-29')).toBe(Date.UTC(2026, 10, 28, 16) / 1000);
  });

  it('counts days from the first up to but not including the last (算头不算尾)', () => {
    expect(daysBetween('2026-11-01', '2026-11-18')).toBe(17);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2); // a leap year
    expect(addDays('2026-11-28', 30)).toBe('2026-12-28');
  });

  it('keeps the day of the month, clamped to the month end', () => {
    expect(addMonthsKeepingDay('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonthsKeepingDay('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsKeepingDay('2027-01-31', 3)).toBe('2027-04-30');
    expect(addMonthsKeepingDay('2026-11-28', 12)).toBe('2027-11-28');
    expect(addMonthsKeepingDay('2026-08-31', 6)).toBe('2027-02-28');
  });
});
