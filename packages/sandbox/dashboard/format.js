// How the dashboard writes money, times and durations. Money stays integer fen to the end: the
// yuan and fen are cut from the integer, never divided into a float.

/** @param {{ amount: number, currency?: string } | number | null | undefined} money */
export function money(money) {
  if (money === null || money === undefined) return '—';
  const fen = typeof money === 'number' ? money : money.amount;
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * A Unix time in the bank's timezone.
 * @param {number | null | undefined} seconds
 * @param {string} locale
 */
export function time(seconds, locale) {
  if (seconds === null || seconds === undefined) return '—';
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'Asia/Shanghai',
  }).format(new Date(seconds * 1000));
}

/**
 * A span of seconds as `2d 3h 4m` (or `2天 3小时 4分`).
 * @param {number | null | undefined} seconds
 * @param {string} locale
 */
export function duration(seconds, locale) {
  if (seconds === null || seconds === undefined) return '—';
  const zh = locale === 'zh-CN';
  const parts = [
    [Math.floor(seconds / 86_400), zh ? '天' : 'd'],
    [Math.floor((seconds % 86_400) / 3600), zh ? '小时' : 'h'],
    [Math.floor((seconds % 3600) / 60), zh ? '分' : 'm'],
  ].filter(([value]) => value > 0);
  return parts.length
    ? parts.map(([value, unit]) => `${value}${unit}`).join(' ')
    : zh
      ? '不到1分'
      : '<1m';
}

/**
 * Time left on a live countdown, to the second: `9d 23h 59m 58s` (or `9天 23小时 59分 58秒`).
 * @param {number} seconds
 * @param {string} locale
 */
export function countdownText(seconds, locale) {
  const zh = locale === 'zh-CN';
  const units = zh ? ['天', '小时', '分', '秒'] : ['d', 'h', 'm', 's'];
  const values = [
    Math.floor(seconds / 86_400),
    Math.floor((seconds % 86_400) / 3600),
    Math.floor((seconds % 3600) / 60),
    Math.floor(seconds % 60),
  ];
  // From the first unit that is not zero: `3m 5s`, never `0d 0h 3m 5s`.
  const first = values.findIndex((value) => value > 0);
  return values
    .slice(first === -1 ? 3 : first)
    .map((value, i) => `${value}${units[i + (first === -1 ? 3 : first)]}`)
    .join(' ');
}
