// `node scripts/size-sdk.mjs`: the page SDK's bytes alone, min+gzip, and which source files they
// come from. It bundles what the components import from `@xinghui/sdk` (`createClient` and the
// two guards of base/failure.ts) with the CDN build's own plugins and tree-shaking, so the
// figures are what the `shared` chunk holds of the SDK and the contract, compressed on their
// own. A file's share of the gzip size is the gzipped total split in proportion to its minified
// bytes (as `npm run size -- --modules` does): gzip compresses across files, so repeated text
// costs far less than its share says, and removing a file saves less than its share.
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { cdnConfig } from './rollup.config.mjs';

/** What the components import from the SDK (configure.ts and base/failure.ts). */
const ENTRY =
  "export { createClient, isXinghuiError, isXinghuiConnectionError } from '@xinghui/sdk';";

const KIB = 1024;
const config = cdnConfig();
const entry = {
  name: 'page-sdk-entry',
  resolveId: (/** @type {string} */ id) => (id === '\0page-sdk' ? id : null),
  load: (/** @type {string} */ id) => (id === '\0page-sdk' ? ENTRY : null),
};
const bundle = await rollup({
  ...config,
  input: '\0page-sdk',
  // Not the CDN's chunking or chunk graph: one file holding the SDK and nothing else.
  plugins: [
    entry,
    .../** @type {import('rollup').Plugin[]} */ (config.plugins).filter(
      (plugin) => plugin.name !== 'xinghui-cdn-chunk-graph',
    ),
  ],
  onwarn: () => {},
});
const { output } = await bundle.generate({ format: 'esm', sourcemap: true });
await bundle.close();
const [chunk] = output;
if (chunk?.type !== 'chunk' || !chunk.map) throw new Error('the page SDK bundle has no code');

const gzip = gzipSync(chunk.code, { level: 9 }).length;
console.log(
  `the page SDK (createClient and two guards): ${(chunk.code.length / KIB).toFixed(1)} KB min, ` +
    `${(gzip / KIB).toFixed(1)} KB min+gzip (${gzip} B)`,
);
const bytes = bytesBySource(chunk.code, chunk.map);
for (const [source, n] of [...bytes].sort((a, b) => b[1] - a[1])) {
  const share = (gzip * n) / chunk.code.length;
  const name = source.replace(/^.*?packages\//, '').replace(/^.*node_modules\//, '');
  console.log(
    `  ${name.padEnd(52)} ${String(n).padStart(6)} B min ${share.toFixed(0).padStart(6)} B gzip`,
  );
}

/**
 * The minified bytes each source produced, read from the source map.
 *
 * @param {string} code
 * @param {{ sources: string[], mappings: string }} map
 */
function bytesBySource(code, map) {
  /** @type {Map<string, number>} */
  const bytes = new Map();
  let owner = '(no source)';
  let from = 0;
  let source = 0;
  let lineStart = 0;
  const lines = map.mappings.split(';');
  for (const line of lines) {
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = decodeVlq(segment);
      column += fields[0] ?? 0;
      if (fields.length < 4) continue;
      source += fields[1] ?? 0;
      const at = lineStart + column;
      bytes.set(owner, (bytes.get(owner) ?? 0) + at - from);
      owner = map.sources[source] ?? owner;
      from = at;
    }
    const end = code.indexOf('\n', lineStart);
    lineStart = end === -1 ? code.length : end + 1;
  }
  bytes.set(owner, (bytes.get(owner) ?? 0) + code.length - from);
  return new Map([...bytes].filter(([, n]) => n > 0));
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
