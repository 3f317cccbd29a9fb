// Runs only the store's bench sections (wallet, credit rate, growth), for working on them:
// `npx tsx --conditions=source scripts/bench-store.ts [wallet] [credit] [growth]`.
// `npm run bench` runs every section, these included.
import { benchCreditRate } from './bench/credit-rate.js';
import { benchGrowth } from './bench/growth.js';
import { printTable, type BenchRow } from './bench/table.js';
import { benchWallet } from './bench/wallet.js';

const SECTIONS: Record<string, () => Promise<BenchRow[]>> = {
  wallet: benchWallet,
  credit: benchCreditRate,
  growth: benchGrowth,
};
const asked = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const [name, run] of Object.entries(SECTIONS)) {
  if (asked.length > 0 && !asked.includes(name)) continue;
  const started = performance.now();
  rows.push(...(await run()));
  console.error(`${name}: ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
printTable(rows);
