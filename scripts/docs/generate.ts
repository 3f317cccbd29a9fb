/**
 * Writes the docs pages that would drift if kept by hand (SDK resources, event types, error
 * codes), from the SDK's source and the contract.
 *
 *     npm run docs:generate                          # rewrite them
 *     tsx --conditions=source scripts/docs/generate.ts --check   # exit 1 if one is stale
 *
 * tests/node/docs-generated.test.ts runs the same check in `npm test`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GENERATED_PAGES, renderPage } from './catalogue.js';
import { repoRoot } from './paths.js';

const check = process.argv.includes('--check');
for (const page of GENERATED_PAGES) {
  const text = await renderPage(page);
  const path = join(repoRoot, page.file);
  if (check) {
    const committed = await readFile(path, 'utf8').catch(() => null);
    if (committed !== text) {
      console.error(
        `${page.file} is ${committed === null ? 'missing' : 'stale'}: run npm run docs:generate`,
      );
      process.exitCode = 1;
    } else console.log(`${page.file} is up to date`);
  } else {
    await writeFile(path, text);
    console.log(`Wrote ${page.file}`);
  }
}
