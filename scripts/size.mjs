// `npm run size`: the bytes a merchant's page loads, min+gzip (and brotli), against budgets.
// Builds first; `--no-build` measures the build already in dist/ (`npm test` runs it after the
// `packages` step's build). Fails (exit 1) when an enforced budget is crossed, so CI and reviews
// see a regression at once. `npm run size -- --modules` also shows what each package (and each of
// our source folders) adds to the CDN file, read from its source map.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { cdnConfig } from './rollup.config.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const KIB = 1024;
const CDN_FILE = 'packages/elements/dist/xinghui-elements.js';

/**
 * The repository's budget for the CDN file (every component, lit, the SDK and ky in one file),
 * enforced. It was 32 KB before the credit components existed and 44 KB since; it stays until
 * issue 17's loader replaces the one file, and is never raised.
 */
const CDN_BUDGET = 44 * KIB;

/**
 * Issue 17's budgets, the product's: what a page loads in all, min+gzip. Printed beside the
 * figures until the CDN file becomes the loader they describe (today a CDN page loads the one
 * file whatever it shows, and an ESM page bundles the components it imports).
 */
const PAGE_BUDGETS = { loader: 4 * KIB, 'pay-button': 22 * KIB, 'all three': 32 * KIB };

/** Adyen Web's Drop-in + Card with rollup + terser, gzip: 101.3 KiB JS and 19.0 KiB CSS. */
const ADYEN_DROP_IN_CARD = (101.3 + 19.0) * KIB;

/** The pages measured: the components each registers, besides `configure()`. */
const PAGES = {
  'pay-button': ['pay-button'],
  'one-click-loan': ['one-click-loan'],
  'credit-wallet': ['credit-wallet'],
  'all three': ['pay-button', 'one-click-loan', 'credit-wallet', 'provider'],
};

const kb = (/** @type {number} */ bytes) => `${(bytes / KIB).toFixed(1)} KB`;
const gzipSize = (/** @type {string | Buffer} */ code) => gzipSync(code, { level: 9 }).length;
const brotliSize = (/** @type {string | Buffer} */ code) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

if (!process.argv.includes('--no-build')) {
  execSync('npm run build --silent', { stdio: 'ignore', cwd: root });
}

let over = false;
const cdn = readFileSync(join(root, CDN_FILE));
const cdnGzip = gzipSize(cdn);
over ||= cdnGzip > CDN_BUDGET;
console.log(
  `${cdnGzip <= CDN_BUDGET ? '✔' : '✖'} ${CDN_FILE}: ${kb(cdn.length)} min, ` +
    `${kb(cdnGzip)} min+gzip, ${kb(brotliSize(cdn))} brotli (budget ${kb(CDN_BUDGET)}, enforced)`,
);
if (process.argv.includes('--modules')) {
  printModules(cdn.toString('utf8'), cdnGzip, join(root, `${CDN_FILE}.map`));
}

console.log(
  '\nIssue 17 (a page pays for what it uses): min+gzip / brotli, budgets not yet enforced',
);
console.log(
  `  ${'loader'.padEnd(40)} none yet: the CDN file above is the one file every page loads`,
);
for (const [page, components] of Object.entries(PAGES)) {
  const code = await pageBundle(components);
  const gzip = gzipSize(code);
  const budget = PAGE_BUDGETS[/** @type {keyof typeof PAGE_BUDGETS} */ (page)];
  const verdict =
    budget === undefined
      ? ''
      : gzip <= budget
        ? `  ✔ budget ${kb(budget)}`
        : `  ✖ budget ${kb(budget)}, over by ${kb(gzip - budget)}`;
  const label = `a page with ${page === 'all three' ? 'all three' : `only <xh-${page}>`}`;
  console.log(
    `  ${label.padEnd(40)} ${kb(gzip).padStart(8)} / ${kb(brotliSize(code)).padStart(8)}${verdict}`,
  );
  if (page === 'all three') {
    const ratio = ((100 * gzip) / ADYEN_DROP_IN_CARD).toFixed(0);
    console.log(`  ${'  vs Adyen Drop-in + Card (120.3 KB)'.padEnd(40)} ${ratio.padStart(7)} %`);
  }
}
process.exit(over ? 1 : 0);

/**
 * What an ESM page that registers these components (and calls `configure()`) loads: the CDN
 * build's plugins (lit's production build, minified templates, terser) over an entry that
 * imports only them, built in memory.
 *
 * @param {string[]} components folders under packages/elements/src/components
 * @returns {Promise<string>} the minified code
 */
async function pageBundle(components) {
  const config = cdnConfig();
  const src = join(root, 'packages', 'elements', 'src');
  const entry = '\0size-page';
  const code = [
    ...components.map(
      (name) => `import ${JSON.stringify(join(src, 'components', name, `${name}.ts`))};`,
    ),
    `export { configure } from ${JSON.stringify(join(src, 'configure.ts'))};`,
  ].join('\n');
  /** @type {import('rollup').Plugin} */
  const page = {
    name: 'size-page',
    resolveId: (id) => (id === entry ? entry : null),
    load: (id) => (id === entry ? code : null),
  };
  const bundle = await rollup({
    ...config,
    input: entry,
    plugins: [page, .../** @type {import('rollup').Plugin[]} */ (config.plugins)],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ ...config.output, sourcemap: false });
  await bundle.close();
  return output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
}

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
 * @param {string} path a source's path, absolute
 */
function groupOf(path) {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inPackage) return inPackage[1] ?? path;
  const ours = /packages\/([^/]+)\/src\/(?:([^/]+)\/)?/.exec(path);
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
