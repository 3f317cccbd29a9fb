// `npm run reliability`: issue 11's long tests at full size, then ONE table of every figure.
//
// - Runs a list of steps, one after another (CI has 2 cores); every step runs even if an
//   earlier one failed.
// - Every reliability test writes its figures to .test-results/reliability/<name>.json as
//   { "rows": [{ "label", "value" }] } (tests/reliability/results.ts). The folder is emptied
//   first, so no figure is a previous run's.
// - The table prints every row of every file there; an expected file that is missing is shown
//   as "not run" and fails the command. Exit code 1 on any failure.
// - One seed for the whole run (XINGHUI_SEED, or a fresh one), printed first, so a failure can
//   be replayed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(root, '.test-results', 'reliability');
const seed = process.env.XINGHUI_SEED || String(Math.floor(Math.random() * 2 ** 31));

/**
 * Test files of `npm test` that report a figure for this table (the credential matrix, the
 * code budgets): every test file that writes into .test-results/reliability.
 */
function reportingTests() {
  /** @type {string[]} */
  const found = [];
  const walk = (/** @type {string} */ dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (
        entry.name.endsWith('.test.ts') &&
        !path.includes(join('tests', 'reliability')) &&
        /test-results\/reliability|writeResults\(/.test(readFileSync(path, 'utf8'))
      ) {
        found.push(path.slice(root.length));
      }
    }
  };
  for (const dir of ['packages', 'tests']) walk(join(root, dir));
  return found.filter((path) => !path.endsWith('bad-input.test.ts'));
}

const reporting = reportingTests();
const badInputRuns = process.env.XINGHUI_BAD_INPUT_RUNS || '1000';

/** @typedef {{ name: string, command: string[], env?: Record<string, string> }} Step */

/** @type {Step[]} */
const steps = [
  {
    name: `bad input, ${badInputRuns} per endpoint`,
    // At full size one endpoint's cases take longer than npm test's 5 s per test.
    command: ['vitest', 'run', 'tests/node/bad-input.test.ts', '--testTimeout=600000'],
    env: { XINGHUI_BAD_INPUT_RUNS: badInputRuns },
  },
  {
    name: 'fault-injecting proxy',
    command: [
      'vitest',
      'run',
      '--config',
      'tests/reliability/vitest.config.ts',
      'tests/reliability/faults.test.ts',
    ],
    env: { XINGHUI_FAULT_CHECKOUTS: process.env.XINGHUI_FAULT_CHECKOUTS || '1000' },
  },
  {
    name: 'SIGKILL under load',
    command: [
      'vitest',
      'run',
      '--config',
      'tests/reliability/vitest.config.ts',
      'tests/reliability/sigkill.test.ts',
    ],
    env: { XINGHUI_CRASHES: process.env.XINGHUI_CRASHES || '5' },
  },
  {
    name: 'figures from npm test (credentials, codes)',
    // With no file to run, vitest would run every test: say so instead (the table shows them
    // as "not run").
    command:
      reporting.length > 0
        ? ['vitest', 'run', ...reporting]
        : ['node', '-e', 'console.log("no test writes into .test-results/reliability yet")'],
  },
];

/** The figure files the table needs; any other file in the folder is shown too. */
const EXPECTED = ['bad-input', 'faults', 'crashes', 'credentials', 'codes'];

const env = {
  ...process.env,
  TZ: 'Asia/Shanghai',
  XINGHUI_SEED: seed,
  PATH: join(root, 'node_modules', '.bin') + delimiter + process.env.PATH,
};

console.log(`npm run reliability: seed ${seed} (replay with XINGHUI_SEED=${seed})`);
rmSync(RESULTS, { recursive: true, force: true });

/** @type {{ name: string, ok: boolean, seconds: number }[]} */
const ran = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const started = Date.now();
  const [command = '', ...args] = step.command;
  const { status, error } = spawnSync(command, args, {
    cwd: root,
    env: { ...env, ...step.env },
    stdio: 'inherit',
  });
  if (error) console.error(`${command}: ${error.message}`);
  ran.push({ name: step.name, ok: status === 0, seconds: (Date.now() - started) / 1000 });
}

const files = existsSync(RESULTS)
  ? readdirSync(RESULTS)
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.slice(0, -'.json'.length))
  : [];
const names = [...EXPECTED, ...files.filter((name) => !EXPECTED.includes(name)).sort()];

/** @type {[string, string][]} */
const rows = [];
let missing = 0;
for (const name of names) {
  if (!files.includes(name)) {
    missing++;
    rows.push([`${name}.json`, 'not run']);
    continue;
  }
  try {
    const { rows: figures } = JSON.parse(readFileSync(join(RESULTS, `${name}.json`), 'utf8'));
    for (const { label, value } of figures) rows.push([String(label), String(value)]);
  } catch (error) {
    missing++;
    rows.push([`${name}.json`, `unreadable: ${/** @type {Error} */ (error).message}`]);
  }
}

const width = Math.max(...rows.map(([label]) => label.length), 10);
console.log('\nReliability');
for (const { name, ok, seconds } of ran) {
  console.log(`  ${ok ? '✔' : '✘'} ${name.padEnd(width - 2)} ${seconds.toFixed(1)}s`);
}
console.log('');
for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
const failed = ran.filter((step) => !step.ok).length + missing;
console.log(
  `\nseed ${seed}; ${failed === 0 ? 'all green' : `${failed} failed (steps or figures)`}`,
);
process.exitCode = failed > 0 ? 1 : 0;
