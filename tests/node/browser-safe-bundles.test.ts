// What runs in a page must load there: @xinghui/sandbox/engine and @xinghui/mock, bundled by
// esbuild for the browser, import no `node:` module and generate no code (`new Function`,
// `eval`), which a strict Content-Security-Policy forbids. The sandbox's full entry is the
// control: it carries the risk engine's codegen mode, so the check is seen to find it. (zod's
// own probe, `const F = Function` in a try, never runs: the contract turns zod's JIT off; the
// browser test runs the mock under a CSP without 'unsafe-eval' to prove it.)
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { rollup, type OutputChunk } from 'rollup';
import { describe, expect, it } from 'vitest';
import { packageConfig } from '../../scripts/rollup.config.mjs';

/** One browser bundle of `entry` (a package specifier), through the workspace's sources. */
async function browserBundle(entry: string): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    stdin: { contents: `export * from '${entry}';`, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    conditions: ['source'],
    metafile: true,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs) };
}

const CODE_GENERATION = /\bnew Function\b|\beval\s*\(/;

describe('the browser-safe bundles', () => {
  it('finds code generation in the sandbox’s full entry (the control)', async () => {
    const { code } = await browserBundle('@xinghui/sandbox');
    expect(code).toMatch(CODE_GENERATION);
  });

  for (const entry of ['@xinghui/sandbox/engine', '@xinghui/mock']) {
    it(`${entry}: no node: import, no new Function or eval`, async () => {
      const { code, inputs } = await browserBundle(entry);
      expect(inputs.filter((input) => input.startsWith('node:'))).toEqual([]);
      expect(code).not.toMatch(/\bfrom\s*["']node:|\brequire\(\s*["']node:/);
      expect(code).not.toMatch(CODE_GENERATION);
      // The engine itself is inside: the memory store and the trigger recipes.
      expect(code).toMatch(/\bMemoryStore = class\b|class MemoryStore\b/);
      expect(code).toContain('checkout_session.completed');
    }, 60_000);
  }

  it('the built @xinghui/sandbox/engine (dist/engine-api.js and its chunks) holds neither', async () => {
    // The package's own build, in memory: a page loading dist/ unbundled loads these files.
    const config = packageConfig(
      fileURLToPath(new URL('../../packages/sandbox', import.meta.url)),
    )!;
    const bundle = await rollup({ ...config, onwarn: () => {} });
    const { output } = await bundle.generate({ ...config.output, sourcemap: false });
    await bundle.close();
    const chunks = new Map(
      output
        .filter((file): file is OutputChunk => file.type === 'chunk')
        .map((c) => [c.fileName, c]),
    );
    const loaded = new Set<string>();
    const visit = (name: string) => {
      if (loaded.has(name)) return;
      loaded.add(name);
      for (const imported of chunks.get(name)!.imports) if (chunks.has(imported)) visit(imported);
    };
    visit('engine-api.js');
    const code = [...loaded].map((name) => chunks.get(name)!.code).join('\n');
    expect(code).not.toMatch(CODE_GENERATION);
    expect([...loaded].flatMap((name) => chunks.get(name)!.imports)).not.toContainEqual(
      expect.stringMatching(/^node:|better-sqlite3|@hono\/node-server/),
    );
    // The control: the full entry's files do hold the codegen mode.
    expect([...chunks.values()].map((chunk) => chunk.code).join('\n')).toMatch(CODE_GENERATION);
  }, 60_000);
});
