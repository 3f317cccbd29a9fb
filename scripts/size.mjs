// `npm run size`: the min+gzip size of what merchants load, against its budget. Builds first.
// Fails (exit 1) when a budget is crossed, so CI and reviews see a regression at once.
// `npm run size -- --modules` also shows what each package (and each of our source folders)
// adds to the file, read from its source map.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Budgets in bytes, min+gzip. The CDN file holds all three components, lit, the SDK with its
 * response validation (zod) and ky: 41.8 KB when the three were done, of which about 12 KB is the
 * components' own code and 3.5 KB their words in two languages. The first budget, 32 KB, was
 * guessed before the credit components existed; this one leaves a little room, and a crossing
 * still fails the run so that a regression is seen at once.
 */
const BUDGETS = [{ file: 'packages/elements/dist/xinghui-elements.js', gzipBudget: 44 * 1024 }];

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipSize = (/** @type {string | Buffer} */ code) => gzipSync(code, { level: 9 }).length;

execSync('npm run build --silent', { stdio: 'ignore' });

let over = false;
for (const { file, gzipBudget } of BUDGETS) {
  const code = readFileSync(file);
  const gzip = gzipSize(code);
  const ok = gzip <= gzipBudget;
  over ||= !ok;
  console.log(
    `${ok ? '✔' : '✖'} ${file}: ${kb(code.length)} min, ` +
      `${kb(gzip)} min+gzip (budget ${(gzipBudget / 1024).toFixed(0)} KB)`,
  );
  if (process.argv.includes('--modules')) printModules(code.toString('utf8'), gzip, `${file}.map`);
}
process.exit(over ? 1 : 0);

/**
 * Prints the minified bytes each group of sources produced, by the file's source map, and its
 * share of the gzipped size. Gzip compresses across module boundaries, so the share is the
 * gzipped total split in proportion to minified bytes: an estimate, but one whose parts add up.
 *
 * @param {string} code the minified file
 * @param {number} gzip its gzipped size
 * @param {string} mapFile its source map
 */
function printModules(code, gzip, mapFile) {
  /** @type {{ sources: string[], mappings: string }} */
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  /** @type {Map<string, number>} */
  const bytes = new Map();
  let owner = '(no source)';
  let from = 0;
  let lineStart = 0;
  let source = 0;
  const lines = map.mappings.split(';');
  for (let line = 0; line < lines.length; line++) {
    let column = 0;
    for (const segment of (lines[line] ?? '').split(',')) {
      if (!segment) continue;
      const fields = decodeVlq(segment);
      column += fields[0] ?? 0;
      if (fields.length < 4) continue;
      source += fields[1] ?? 0;
      const at = lineStart + column;
      bytes.set(owner, (bytes.get(owner) ?? 0) + at - from);
      owner = groupOf(join(dirname(mapFile), map.sources[source] ?? ''));
      from = at;
    }
    const end = code.indexOf('\n', lineStart);
    lineStart = end === -1 ? code.length : end + 1;
  }
  bytes.set(owner, (bytes.get(owner) ?? 0) + code.length - from);

  const rows = [...bytes].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  for (const [group, n] of rows) {
    const share = (gzip * n) / code.length;
    console.log(`  ${group.padEnd(34)} ${kb(n).padStart(9)} min ${kb(share).padStart(9)} gzip`);
  }
}

/**
 * `lit-html`, `@lit/task`, `zod`; our own sources by package and folder: `sdk/core`.
 *
 * @param {string} path a source's path, from the repository root
 */
function groupOf(path) {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inPackage) return inPackage[1] ?? path;
  const ours = /^packages\/([^/]+)\/src\/(?:([^/]+)\/)?/.exec(path);
  if (ours) return ours[2] ? `${ours[1]}/${ours[2]}` : (ours[1] ?? path);
  return path;
}

/**
 * The numbers of one source-map segment (base64 VLQ).
 *
 * @param {string} segment
 */
function decodeVlq(segment) {
  const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  /** @type {number[]} */
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}
