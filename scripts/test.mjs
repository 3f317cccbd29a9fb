// `npm test`: every check in the repo, one after another (CI has 2 cores), with one closing count.
//
// - Every step runs even if an earlier one failed, so a lint error never hides a test result.
// - tsc, eslint and prettier count as one test each (passed or failed).
// - vitest and web-test-runner counts are read from the JSON files they write to .test-results/.
//   A runner that leaves no result file crashed: that is a failure, never "zero tests".
// - The very last line is `N passed, N failed` (plus `, N skipped` when there are any);
//   the exit code is 1 when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const VITEST_JSON = '.test-results/vitest.json';
const BROWSER_JSON = '.test-results/browser.json'; // written by scripts/wtr-counts-reporter.mjs
const CONSUMER_JSON = '.test-results/consumer.json';

/** @typedef {{ passed: number, failed: number, skipped: number }} Counts */
/**
 * @typedef {object} Step
 * @property {string} name
 * @property {string[]} command
 * @property {string} [resultFile] JSON file with the step's test counts; without it the step is one test.
 * @property {(json: any) => Counts} [readCounts]
 * @property {boolean} [needsChromium]
 */

/** Counts from vitest's JSON report. */
function vitestCounts(/** @type {any} */ json) {
  return {
    passed: json.numPassedTests,
    // A test file that fails to load has no failed test in it: count the file.
    failed:
      json.numFailedTests +
      json.testResults.filter(
        (/** @type {any} */ file) =>
          file.status === 'failed' &&
          !file.assertionResults.some((/** @type {any} */ t) => t.status === 'failed'),
      ).length,
    skipped: json.numPendingTests + json.numTodoTests,
  };
}

/** @type {Step[]} */
const steps = [
  { name: 'typecheck', command: ['tsc', '-b'] },
  { name: 'lint', command: ['eslint', '.'] },
  { name: 'format', command: ['prettier', '--check', '.'] },
  // No import circle between the files of any package (the arrows themselves: tests/node/architecture.test.ts).
  {
    name: 'circles',
    command: [
      'dpdm',
      '--no-tree',
      '--no-warning',
      '--no-progress',
      '--exit-code',
      'circular:1',
      'packages/*/src/**/*.ts',
    ],
  },
  // The API reference: typedoc fails on any warning (an undocumented export, a broken link).
  { name: 'docs', command: ['typedoc'] },
  // The build the end-to-end tests and the framework examples load (dist/, the CDN chunks), made
  // once here: test files run in parallel, and scripts/ensure-built.mjs then finds it fresh.
  { name: 'build', command: ['npm', 'run', 'build', '--silent'] },
  {
    name: 'vitest',
    // --passWithNoTests: a package without tests yet is not a crash; the counts stay honest.
    command: [
      'vitest',
      'run',
      '--passWithNoTests',
      '--reporter=default', // for humans
      '--reporter=json',
      `--outputFile.json=${VITEST_JSON}`,
    ],
    resultFile: VITEST_JSON,
    readCounts: vitestCounts,
  },
  {
    name: 'browser',
    command: ['web-test-runner', '--config', 'web-test-runner.config.mjs'],
    resultFile: BROWSER_JSON,
    readCounts: ({ passed, failed, skipped }) => ({ passed, failed, skipped }),
    needsChromium: true,
  },
  // Builds, then publint --strict and arethetypeswrong on every public package.
  { name: 'packages', command: ['node', 'scripts/lint-packages.mjs'] },
  // The CDN file against its budget, and issue 17's page budgets beside it; measures the build above.
  { name: 'size', command: ['node', 'scripts/size.mjs', '--no-build'] },
  {
    // The packed packages installed outside the workspace (tests/consumer); uses the build above.
    name: 'consumer',
    command: [
      'vitest',
      'run',
      '--config',
      'tests/consumer/vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${CONSUMER_JSON}`,
    ],
    resultFile: CONSUMER_JSON,
    readCounts: vitestCounts,
    needsChromium: true,
  },
];

const env = {
  ...process.env,
  // Dates in the bank's timezone, wherever CI runs.
  TZ: 'Asia/Shanghai',
  // The repo's tools by name, as under `npm run`, also when this file is run with plain `node`.
  PATH: join(root, 'node_modules', '.bin') + delimiter + process.env.PATH,
};

/** Runs a command with live output; returns whether it exited 0. */
function run(/** @type {string[]} */ [command = '', ...args]) {
  const { status, error } = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (error) console.error(`${command}: ${error.message}`);
  return status === 0;
}

const failedOnce = { passed: 0, failed: 1, skipped: 0 };

/**
 * Runs one step; a step without a result file is one test, passed when it exits 0.
 * @param {Step} step
 * @returns {{ counts: Counts, note?: string }}
 */
function runStep(step) {
  if (step.needsChromium && !chromiumReady) {
    return { counts: failedOnce, note: 'not run: scripts/ensure-chromium.sh failed' };
  }
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const resultFile = step.resultFile && join(root, step.resultFile);
  if (resultFile) rmSync(resultFile, { force: true }); // never read a previous run's counts

  const ok = run(step.command);
  if (!resultFile || !step.readCounts) {
    return { counts: ok ? { passed: 1, failed: 0, skipped: 0 } : failedOnce };
  }
  if (!existsSync(resultFile)) {
    return { counts: failedOnce, note: `no ${step.resultFile}: the runner crashed` };
  }
  const counts = step.readCounts(JSON.parse(readFileSync(resultFile, 'utf8')));
  if (!ok && counts.failed === 0) {
    return { counts: { ...counts, failed: 1 }, note: 'exited non-zero: see its output' };
  }
  return { counts };
}

console.log('\n▶ chromium: scripts/ensure-chromium.sh');
const chromiumReady = run(['bash', 'scripts/ensure-chromium.sh']);

/** @type {{ name: string, counts: Counts, seconds: number, note?: string }[]} */
const results = [];
for (const step of steps) {
  const started = Date.now();
  const { counts, note } = runStep(step);
  results.push({ name: step.name, counts, seconds: (Date.now() - started) / 1000, note });
}

/** `N passed, N failed[, N skipped]` */
const format = (/** @type {Counts} */ c) =>
  `${c.passed} passed, ${c.failed} failed` + (c.skipped > 0 ? `, ${c.skipped} skipped` : '');

const total = { passed: 0, failed: 0, skipped: 0 };
console.log('\nSummary');
for (const { name, counts, seconds, note } of results) {
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  const mark = counts.failed > 0 ? '✘' : '✔';
  const line = `  ${mark} ${name.padEnd(10)} ${format(counts).padEnd(32)} ${seconds.toFixed(1)}s`;
  console.log(note ? `${line}  ${note}` : line);
}
console.log(format(total));
process.exitCode = total.failed > 0 ? 1 : 0;
