import { expect } from '@open-wc/testing';
import { formatDate, formatDateIntl } from './locale.js';

describe('formatDate', () => {
  it('writes what Intl.DateTimeFormat writes in Chromium, in both languages, with and without time', () => {
    // Every month, both ends of the Shanghai day (15:59:59 and 16:00:00 UTC), leap days, years.
    const stamps = [Date.UTC(1991, 8, 15) / 1000, Date.UTC(2024, 1, 29, 3, 4, 5) / 1000];
    for (let month = 0; month < 12; month++) {
      stamps.push(
        Date.UTC(2026, month, 1, 15, 59, 59) / 1000,
        Date.UTC(2026, month, 28, 16) / 1000,
      );
    }
    for (let step = 0; step < 200; step++) stamps.push(1_700_000_000 + step * 7_654_321);
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const withTime of [false, true]) {
        for (const seconds of stamps) {
          expect(
            formatDate(seconds, locale, withTime),
            `${seconds} ${locale} ${withTime}`,
          ).to.equal(formatDateIntl(seconds, locale, withTime));
        }
      }
    }
  });

  it('shows a Shanghai day, whatever the device zone', () => {
    // 16:00 UTC is midnight in Shanghai: the next day there.
    expect(formatDate(Date.UTC(2026, 11, 2, 16) / 1000, 'zh-CN')).to.equal('2026年12月3日');
    expect(formatDate(Date.UTC(2026, 11, 2, 16) / 1000, 'en', true)).to.equal(
      'Dec 3, 2026, 00:00:00',
    );
  });
});
