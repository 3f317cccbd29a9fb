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
import { bytesBySource } from './source-map-bytes.mjs';

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
