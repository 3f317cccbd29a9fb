// The one table `npm run bench` prints: every section returns rows of this shape, and the
// runner prints them together, each measured figure beside the product's target for it.

/** One measured figure of the bench, beside its target. */
export interface BenchRow {
  /** The section: `risk`, `wallet`, `credit`, `growth`. */
  section: string;
  /** What was measured, e.g. `decisions/s, 1,300 indicators, closures`. */
  what: string;
  /** The figure as printed, e.g. `6,120/s` or `p99 0.8 ms`. */
  figure: string;
  /** The target as the issue states it, e.g. `>= 5,000/s`; empty when there is none. */
  target: string;
  /** Whether the figure meets the target; `undefined` when there is no target. */
  met?: boolean;
}

/** Prints the rows as one Markdown table (so it pastes into docs/performance.md as is). */
export function printTable(rows: readonly BenchRow[]): void {
  const header = ['section', 'what', 'figure', 'target', 'met'];
  const cells = rows.map((row) => [
    row.section,
    row.what,
    row.figure,
    row.target,
    row.met === undefined ? '' : row.met ? 'yes' : '**no**',
  ]);
  const widths = header.map((_, i) =>
    Math.max(header[i]!.length, ...cells.map((c) => c[i]!.length)),
  );
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
}
