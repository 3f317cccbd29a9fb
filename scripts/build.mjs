// `npm run build` = `tsc -b` (declarations into each package's dist/) + this file (the JavaScript).
// Builds every workspace package with scripts/rollup.config.mjs and prints what it wrote.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { rollup } from 'rollup';
import configs from './rollup.config.mjs';

// Drop the previous build's JavaScript (hashed chunk names change); keep tsc's .d.ts files.
// Once per folder and before any bundle is written: several configs share one folder (the
// elements' ESM entries and the CDN files), and cleaning between them once deleted the first
// config's output.
const dists = new Set(configs.map((config) => String(config.output.dir)));
for (const dist of dists) {
  const previous = existsSync(dist) ? readdirSync(dist, { recursive: true, encoding: 'utf8' }) : [];
  for (const file of previous) {
    if (/\.js(\.map)?$/.test(file)) rmSync(join(dist, file));
  }
}

for (const config of configs) {
  const dist = String(config.output.dir);
  const bundle = await rollup(config);
  const { output } = await bundle.write(config.output);
  await bundle.close();

  for (const file of output) {
    if (file.type !== 'chunk') continue;
    const kb = (Buffer.byteLength(file.code) / 1024).toFixed(1);
    console.log(`${relative(process.cwd(), join(dist, file.fileName))}  ${kb} KB`);
  }
}
