// Rollup config for every workspace package: each entry point named by a "source" condition in
// the package's `exports` becomes the ESM file its "default" condition names (dist/<name>.js).
// Declarations (dist/*.d.ts) come from `tsc -b`, not from here. A new package under the root
// `workspaces` is picked up with no change to this file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserPlugin from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { cdnChunkGraph } from './cdn-chunk-graph.mjs';
import { cdnManualChunks } from './cdn-chunks.mjs';
import { minifyTemplates } from './minify-templates.mjs';

// The plugin's types describe a CommonJS module; imported as ESM, the default export is the plugin.
const terser = /** @type {typeof terserPlugin.default} */ (/** @type {unknown} */ (terserPlugin));

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = (/** @type {string} */ file) => JSON.parse(readFileSync(file, 'utf8'));

/** Package directories from the root package.json `workspaces` (plain paths or `dir/*`). */
export function workspaceDirs() {
  /** @type {string[]} */
  const patterns = readJson(join(root, 'package.json')).workspaces;
  return patterns
    .flatMap((pattern) => {
      if (!pattern.endsWith('/*')) return [join(root, pattern)];
      const parent = join(root, pattern.slice(0, -2));
      return readdirSync(parent).map((name) => join(parent, name));
    })
    .filter((dir) => existsSync(join(dir, 'package.json')));
}

/** The packages a partner installs: every workspace package not marked `private`. */
export function publicPackageDirs() {
  return workspaceDirs().filter((dir) => !readJson(join(dir, 'package.json')).private);
}

/**
 * @param {string} dir absolute package directory
 * @returns {(import('rollup').RollupOptions & { output: import('rollup').OutputOptions }) | undefined}
 */
export function packageConfig(dir) {
  const pkg = readJson(join(dir, 'package.json'));

  // { ".": { source: "./src/index.ts", default: "./dist/index.js" } } -> { index: "<dir>/src/index.ts" }
  /** @type {Record<string, string>} */
  const input = {};
  for (const target of Object.values(pkg.exports ?? {})) {
    if (typeof target?.source !== 'string' || typeof target.default !== 'string') continue;
    const name = relative('dist', target.default).replace(/\.js$/, '');
    if (name.startsWith('..')) throw new Error(`${pkg.name}: "${target.default}" is not in dist/`);
    input[name] = join(dir, target.source);
  }
  // A package with a `bin` has a CLI, src/cli.ts -> dist/cli.js. The bin itself is a committed
  // launcher (bin/<name>.js) that runs dist/cli.js: it exists before any build, so `npm ci` links it.
  if (pkg.bin) input.cli = join(dir, 'src', 'cli.ts');
  if (Object.keys(input).length === 0) return undefined; // nothing to build (e.g. an app)

  // Dependencies and Node built-ins stay imports; consumers install/dedupe them.
  const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  /** @param {string} id */
  const isExternal = (id) =>
    id.startsWith('node:') ||
    builtinModules.includes(id) ||
    deps.some((dep) => id === dep || id.startsWith(`${dep}/`));

  return {
    input,
    external: isExternal,
    // esbuild strips types and resolves `./x.js` imports to `./x.ts`; it reads the package tsconfig.
    // JSON modules (the sandbox's default risk rules) are bundled as data.
    plugins: [esbuild({ target: 'es2022', loaders: { '.json': 'json' } })],
    onwarn(warning, warn) {
      // A bare import that is not a dependency would silently be left as an import: refuse.
      if (warning.code === 'UNRESOLVED_IMPORT') {
        throw new Error(`${pkg.name}: ${warning.message}. Add it to "dependencies".`);
      }
      warn(warning);
    },
    output: {
      dir: join(dir, 'dist'),
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js', // code shared by several entries
      sourcemap: true,
    },
  };
}

/**
 * The loader a merchant pastes as `<script type="module" src=".../xinghui-elements.js">`, and
 * beside it (dist/cdn/) one chunk per component plus the chunks they share: a page loads only
 * the components whose tags it uses, with lit, the SDK and the contract inside, minified. Workspace packages are
 * bundled from their sources (the "source" condition); lit's production build is used.
 *
 * @returns {import('rollup').RollupOptions & { output: import('rollup').OutputOptions }}
 */
export function cdnConfig() {
  const dir = join(root, 'packages', 'elements');
  return {
    input: join(dir, 'src', 'xinghui-elements.ts'),
    plugins: [
      nodeResolve({
        // 'production' named here, or the plugin adds 'development' whenever NODE_ENV is set to
        // anything else (vitest sets 'test'), and lit's dev build would land in the CDN file.
        exportConditions: ['source', 'browser', 'production', 'import', 'default'],
        extensions: ['.ts', '.js'],
      }),
      esbuild({ target: 'es2022', tsconfig: join(dir, 'tsconfig.json') }),
      minifyTemplates(),
      cdnChunkGraph(), // each tag's chunks, into the loader, to preload them at once
      terser({ ecma: 2020, module: true, compress: { passes: 3 }, format: { comments: false } }),
    ],
    treeshake: {
      // zod's modules set up its globals, and the contract's zod.ts configures zod (no eval),
      // for the schemas built after them. A page builds none: its answers are checked by the
      // validators generated from the schemas (packages/sdk/src/core/page-validators.generated.ts),
      // and tests/node/cdn-bundle.test.ts fails if zod comes back. So these side effects alone
      // must not keep zod's core in the file.
      moduleSideEffects: (id) =>
        !/[\\/](contract[\\/]src[\\/]zod\.ts|node_modules[\\/]zod[\\/].*)$/.test(id),
    },
    // The chunks import the shared registry from the loader itself (already loaded), rather
    // than rollup moving the loader's code into a chunk the loader would have to fetch first.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: join(dir, 'dist'),
      format: 'esm',
      entryFileNames: 'xinghui-elements.js',
      // Each component's chunk, and the code they share, beside the loader; the loader imports
      // them relative to its own URL.
      chunkFileNames: 'cdn/[name]-[hash].js',
      manualChunks: cdnManualChunks(),
      sourcemap: true,
    },
  };
}

/**
 * The same bundle for a plain `<script src=".../xinghui-elements.classic.js">` (no
 * `type="module"`): a classic script parsed as one would die on the module file's first `export`
 * with only "Unexpected token 'export'". This one registers every component the same way and
 * puts the module's exports on `window.XinghuiElements` (`XinghuiElements.configure({...})`).
 *
 * @returns {import('rollup').RollupOptions & { output: import('rollup').OutputOptions }}
 */
export function classicCdnConfig() {
  const config = cdnConfig();
  return {
    ...config,
    // terser as for a script, not a module: a module's top level is private, so `module: true`
    // would rename the `XinghuiElements` global away.
    plugins: [
      .../** @type {import('rollup').Plugin[]} */ (config.plugins).filter(
        (plugin) => plugin.name !== 'terser',
      ),
      terser({ ecma: 2020, format: { comments: false } }),
    ],
    output: {
      ...config.output,
      format: 'iife',
      name: 'XinghuiElements',
      // A classic script cannot import chunks: this file carries every component, and each
      // still registers only when its tag appears.
      inlineDynamicImports: true,
      chunkFileNames: undefined,
      manualChunks: undefined,
      entryFileNames: 'xinghui-elements.classic.js',
    },
  };
}

// `rollup -c scripts/rollup.config.mjs` builds every package; scripts/build.mjs uses the same list.
export default [
  ...workspaceDirs()
    .map(packageConfig)
    .filter((config) => config !== undefined),
  cdnConfig(),
  classicCdnConfig(),
];
