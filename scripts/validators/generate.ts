/**
 * Writes packages/sdk/src/core/page-validators.generated.ts from the contract (see
 * page-validators.ts).
 *
 *     npm run validators:generate                                  # rewrite it
 *     tsx --conditions=source scripts/validators/generate.ts --check   # exit 1 if it is stale
 *
 * tests/node/page-validators.test.ts runs the same check in `npm test`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '../docs/paths.js';
import { GENERATE_COMMAND, PAGE_VALIDATORS_FILE, renderPageValidators } from './page-validators.js';

const path = join(repoRoot, PAGE_VALIDATORS_FILE);
const text = await renderPageValidators();
if (process.argv.includes('--check')) {
  const committed = await readFile(path, 'utf8').catch(() => null);
  if (committed !== text) {
    console.error(
      `${PAGE_VALIDATORS_FILE} is ${committed ? 'stale' : 'missing'}: run ${GENERATE_COMMAND}`,
    );
    process.exitCode = 1;
  } else console.log(`${PAGE_VALIDATORS_FILE} is up to date`);
} else {
  await writeFile(path, text);
  console.log(`Wrote ${PAGE_VALIDATORS_FILE}`);
}
