/**
 * Writes docs/openapi.json, the OpenAPI description of the bank API, from @xinghui/contract.
 *
 *     npm run openapi                         # regenerate docs/openapi.json
 *     npx tsx scripts/emit-openapi.ts --check # exit 1 if the committed file is stale (CI)
 *
 * The file is `JSON.stringify(doc, null, 2)` plus a newline (not Prettier's layout; see
 * .prettierignore), so `--check` compares it byte for byte.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';

// Read the contract from its TypeScript source (the "source" export condition), as the tests and
// the browser runner do, so the document always matches src/ even when dist/ is stale or absent.
// (`tsx --conditions=source` would do the same; this keeps `npm run openapi` a plain `tsx` call.)
register(
  'data:text/javascript,' +
    encodeURIComponent(
      'export function resolve(specifier, context, next) {' +
        "  return next(specifier, { ...context, conditions: ['source', ...context.conditions] });" +
        '}',
    ),
);
const { buildOpenApiDocument } = await import('@xinghui/contract');

const target = fileURLToPath(new URL('../docs/openapi.json', import.meta.url));
const relative = 'docs/openapi.json';
const text = JSON.stringify(buildOpenApiDocument(), null, 2) + '\n';

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => null);
  if (committed === null) {
    console.error(`${relative} is missing: run npm run openapi`);
    process.exitCode = 1;
  } else if (committed !== text) {
    console.error(`${relative} is stale: run npm run openapi`);
    process.exitCode = 1;
  } else {
    console.log(`${relative} is up to date`);
  }
} else {
  await writeFile(target, text);
  console.log(`Wrote ${relative}`);
}
