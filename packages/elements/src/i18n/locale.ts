import { formatMoney, formatRatePercent, type Money } from '@xinghui/contract';
import { isServer } from 'lit';
import { languageOf, type Locale } from './language.js';

export type { Locale };

/** The language of an element ({@link languageOf}), on the server by its own `lang` alone. */
export const localeOf = (element: Element): Locale => languageOf(element, isServer);

const dateFormats = new Map<string, Intl.DateTimeFormat>();

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
/** Shanghai has kept UTC+8 all year since its last summer time ended, in September 1991. */
const FIXED_OFFSET_SINCE = Date.UTC(1991, 8, 15) / 1000;
const two = (value: number) => String(value).padStart(2, '0');

/**
 * Formats a bank timestamp (Unix seconds) as a calendar date. The bank's days are Asia/Shanghai
 * days (a loan due on the 15th is due on the 15th in Shanghai), so dates are shown in that zone
 * wherever the shop owner's device is. Written by hand, as `Intl.DateTimeFormat` writes it in
 * Chromium: a page's first `Intl` call loads the ICU data (30–45 ms of main-thread work), which
 * a component's first render should not wait for. Dates from before 1991 go to `Intl`.
 */
export function formatDate(seconds: number, locale: Locale, withTime = false): string {
  if (seconds < FIXED_OFFSET_SINCE) return formatDateIntl(seconds, locale, withTime);
  const at = new Date((seconds + 8 * 3600) * 1000); // Shanghai's wall clock, read as UTC
  const [year, month, day] = [at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()];
  const time = `${two(at.getUTCHours())}:${two(at.getUTCMinutes())}:${two(at.getUTCSeconds())}`;
  const date =
    locale === 'en' ? `${MONTHS[month]} ${day}, ${year}` : `${year}年${month + 1}月${day}日`;
  if (!withTime) return date;
  return locale === 'en' ? `${date}, ${time}` : `${date} ${time}`;
}

/** The same, by `Intl.DateTimeFormat` (its hours 00–23, as Chromium shows them). */
export function formatDateIntl(seconds: number, locale: Locale, withTime = false): string {
  const key = `${locale}${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: locale === 'en' ? 'short' : 'long',
      day: 'numeric',
      ...(withTime && { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }),
    });
    dateFormats.set(key, format);
  }
  return format.format(seconds * 1000);
}

/** Money, rates and dates in one locale: what every template needs. */
export interface Formatters {
  /** Money in that locale: `¥258.00`. */
  money(value: Money): string;
  /** A decimal-string rate as a percentage, exactly: `"0.000304"` → `0.0304%`. */
  rate(rate: string): string;
  /** A bank timestamp (Unix seconds) as an Asia/Shanghai calendar date. */
  date(seconds: number): string;
  /** A bank calendar date, `2026-12-01`, as a day in that locale. */
  day(date: string): string;
  /** A bank timestamp (Unix seconds) as an Asia/Shanghai date and time, for receipts. */
  time(seconds: number): string;
}

export function formattersFor(locale: Locale): Formatters {
  return {
    money: (value) => formatMoney(value, locale),
    rate: (rate) => formatRatePercent(rate, locale),
    date: (seconds) => formatDate(seconds, locale),
    day: (date) => formatDate(calendarDateSeconds(date), locale),
    time: (seconds) => formatDate(seconds, locale, true),
  };
}

/** Noon in Shanghai on a `YYYY-MM-DD` bank date, in Unix seconds: that day in any zone's maths. */
function calendarDateSeconds(date: string): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day, 4) / 1000;
}
