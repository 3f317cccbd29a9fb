import { z } from '../zod.js';

/**
 * The bank's calendar: Asia/Shanghai days (UTC+8 all year; China has had no daylight saving
 * since 1991). Due dates, day counts and "today" are calendar dates, never instants, so the
 * same loan bills the same interest wherever the code runs.
 */

/** A calendar date, `YYYY-MM-DD`, in Asia/Shanghai. */
export const CalendarDate = /* @__PURE__ */ z
  .string()
  .check(
    z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date such as 2026-11-28'),
  );
export type CalendarDate = string;

const DAY_SECONDS = 86_400;
const SHANGHAI_OFFSET_SECONDS = 8 * 3600;

/** Days since 1970-01-01 of a calendar date. */
export function dayNumber(date: CalendarDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / (DAY_SECONDS * 1000);
}

/** The calendar date of a day number. */
export function fromDayNumber(days: number): CalendarDate {
  return new Date(days * DAY_SECONDS * 1000).toISOString().slice(0, 10);
}

/**
 * The Asia/Shanghai calendar date of an instant.
 *
 * @example
 * ```ts
 * shanghaiDate(1764345600); // '2025-11-29' (16:00 UTC on the 28th is midnight in Shanghai)
 * ```
 */
export function shanghaiDate(unixSeconds: number): CalendarDate {
  return fromDayNumber(Math.floor((unixSeconds + SHANGHAI_OFFSET_SECONDS) / DAY_SECONDS));
}

/** The instant a calendar date begins in Shanghai, in Unix seconds. */
export function startOfShanghaiDay(date: CalendarDate): number {
  return dayNumber(date) * DAY_SECONDS - SHANGHAI_OFFSET_SECONDS;
}

/**
 * Days from one date up to, but not including, another (算头不算尾): borrowed on the 1st and
 * repaid on the 18th is 17 days of interest.
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * The calendar date `days` days after `date` (before it when negative).
 *
 * @example
 * ```ts
 * addDays('2026-11-28', 3); // '2026-12-01'
 * ```
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * The date `months` months after `date`, on the same day of the month, clamped to the month's
 * end: a loan disbursed on 31 January falls due on 28 (or 29) February, 31 March, 30 April.
 */
export function addMonthsKeepingDay(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
