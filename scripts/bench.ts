// `npm run bench`: the one runner. Each section measures one part of issue 14 and returns rows;
// the runner prints them as ONE table (scripts/bench/table.ts), each figure beside its target.
// Seeded and bounded (well under 10 minutes); everything a section starts, it stops.
//
//   npm run bench                      every section
//   npm run bench -- --only risk,wallet   just those
//
// A section whose file is not there (a branch that has not got it yet) is skipped with a note,
// so the runner works on any branch and runs everything once the branches are merged.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { printTable, type BenchRow } from './bench/table.js';

/** Each section: the file under scripts/bench/ and the function it exports. */
const SECTIONS = {
  risk: { file: 'risk', run: 'benchRisk' },
  wallet: { file: 'wallet', run: 'benchWallet' },
  credit: { file: 'credit-rate', run: 'benchCreditRate' },
  growth: { file: 'growth', run: 'benchGrowth' },
} as const;
type SectionName = keyof typeof SECTIONS;
const NAMES = Object.keys(SECTIONS) as SectionName[];

function chosen(): SectionName[] {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  if (values.only === undefined) return NAMES;
  const asked = values.only
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = asked.filter((name) => !NAMES.includes(name as SectionName));
  if (unknown.length > 0 || asked.length === 0) {
    console.error(`bench: --only takes a list of ${NAMES.join(', ')}; got "${values.only}"`);
    process.exit(1);
  }
  return asked as SectionName[];
}

const rows: BenchRow[] = [];
const started = performance.now();
for (const name of chosen()) {
  const { file, run } = SECTIONS[name];
  const url = new URL(`./bench/${file}.ts`, import.meta.url);
  if (!existsSync(url)) {
    console.log(`bench: skipping ${name}: scripts/bench/${file}.ts is not on this branch`);
    continue;
  }
  console.log(`bench: ${name}…`);
  const section = (await import(url.href)) as Record<string, () => Promise<BenchRow[]>>;
  rows.push(...(await section[run]!()));
}
console.log(
  `\nnpm run bench, Node ${process.version}, ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
);
printTable(rows);
if (rows.some((row) => row.met === false)) {
  console.log('\nSome figures miss their targets (marked **no**): see docs/performance.md.');
}
