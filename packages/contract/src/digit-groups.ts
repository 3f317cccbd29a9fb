/**
 * Writes a string of digits with a comma every three from the right, `1234567` → `1,234,567`:
 * what `Intl.NumberFormat` does in zh-CN and en. Money and rates are formatted by hand in those
 * two locales because a page's first `Intl` call loads the ICU data, 30–45 ms of main-thread
 * work in a fresh Chromium tab, before a component can show its first figure.
 */
export function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}
