// A web-test-runner reporter that writes the run's test counts to a JSON file, for
// scripts/test.mjs to add up. It prints nothing: the default reporter stays the human output.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * @param {{ outputFile: string }} options
 * @returns {import('@web/test-runner').Reporter}
 */
export function countsReporter({ outputFile }) {
  return {
    async stop({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const failedBefore = counts.failed;
        if (session.testResults) countSuite(session.testResults, counts);
        // A file can fail outside any test (import error, uncaught error, timeout): count it once.
        if (!session.passed && counts.failed === failedBefore) counts.failed += 1;
      }
      await mkdir(dirname(outputFile), { recursive: true });
      await writeFile(outputFile, JSON.stringify({ ...counts, files: sessions.length }) + '\n');
    },
  };
}

/**
 * @param {import('@web/test-runner').TestSuiteResult} suite
 * @param {{ passed: number, failed: number, skipped: number }} counts
 */
function countSuite(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countSuite(child, counts);
}
