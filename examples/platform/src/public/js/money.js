// Money in the page is an integer number of fen, as everywhere else: never a float.

const yuan = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });

/**
 * `123450` → `¥1,234.50`, the same text the server's `formatMoney` gives. Only integer
 * arithmetic: the fen are split off with `%`, never by dividing into a fraction.
 * @param {number} fen a whole, non-negative number of fen
 */
export function formatFen(fen) {
  const cents = fen % 100;
  return `¥${yuan.format((fen - cents) / 100)}.${String(cents).padStart(2, '0')}`;
}
