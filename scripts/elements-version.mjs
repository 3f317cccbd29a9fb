// Writes packages/elements/src/version.ts from the package's package.json, so the version a copy
// of the components names on a page (the shared registry's "defined by") is the one it shipped
// as. `npm run build` runs it first; tests/node/elements-version.test.ts fails if the committed
// file differs from package.json (after `changeset version`, build and commit it).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkgFile = fileURLToPath(new URL('../packages/elements/package.json', import.meta.url));
const versionFile = fileURLToPath(new URL('../packages/elements/src/version.ts', import.meta.url));

/** @type {string} */
const version = JSON.parse(readFileSync(pkgFile, 'utf8')).version;
if (!/^[\w.+-]+$/.test(version)) throw new Error(`@xinghui/elements: odd version "${version}"`);
const text =
  `// Written by scripts/elements-version.mjs from package.json: do not edit.\n` +
  `/** The version of \`@xinghui/elements\` this copy was built from. */\n` +
  `export const VERSION = '${version}';\n`;

let current = '';
try {
  current = readFileSync(versionFile, 'utf8');
} catch {
  // the first run
}
// Written only when it changes, so tsc's and the build's staleness checks stay quiet.
if (current !== text) writeFileSync(versionFile, text);
