/**
 * The arrows of the house (docs/architecture.md), read from the import lines of every source
 * file: which package may import which, that no file reaches into another package's folder, and
 * the layers of the sandbox engine (packages/sandbox/src/engine/README.md). Import circles
 * between files are checked by `npm run circles` (dpdm), which follows every file's imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every `.ts` file below `dir`, as an absolute path. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** What a file imports or re-exports: the module specifiers, static and dynamic. */
function importsOf(text: string): string[] {
  const found: string[] = [];
  const pattern =
    /(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;
  for (const match of text.matchAll(pattern)) found.push((match[1] ?? match[2] ?? match[3])!);
  return found;
}

/** The packages each package may import (DESIGN: contract <- sdk <- elements, contract <- sandbox <- mock). */
const ALLOWED_PACKAGES: Record<string, string[]> = {
  contract: [],
  sdk: ['contract'],
  elements: ['contract', 'sdk'],
  sandbox: ['contract'],
  mock: ['contract', 'sandbox'],
};

/** The engine's layers: a folder imports only those before it (see the engine's README). */
const ENGINE_LAYERS: Record<string, string[]> = {
  core: [],
  ledger: ['core'],
  webhooks: ['core'],
  trade: ['core', 'ledger'],
  credit: ['core', 'ledger', 'webhooks', 'trade'],
  escrow: ['core', 'ledger', 'webhooks', 'trade'],
  payments: ['core', 'ledger', 'webhooks', 'trade', 'credit', 'escrow'],
};

describe('the arrows of the house', () => {
  it('reads static, dynamic, type-only and re-export imports', () => {
    expect(
      importsOf(
        "import { a } from './a.js';\nimport type { B } from '../b.js';\nexport * from './c.js';\n" +
          "const d = await import('./d.js');\nimport './e.js';\nexport { f } from '@x/f';",
      ),
    ).toEqual(['./a.js', '../b.js', './c.js', './d.js', './e.js', '@x/f']);
  });

  for (const [name, allowed] of Object.entries(ALLOWED_PACKAGES)) {
    it(`${name} imports only ${allowed.join(', ') || 'no other package'}, and no other package's files`, () => {
      const src = join(root, 'packages', name, 'src');
      const wrong: string[] = [];
      for (const file of sources(src)) {
        for (const spec of importsOf(readFileSync(file, 'utf8'))) {
          const where = `${relative(root, file)} -> ${spec}`;
          const other = /^@xinghui\/([a-z-]+)/.exec(spec)?.[1];
          if (other !== undefined && other !== name && !allowed.includes(other)) wrong.push(where);
          if (spec.startsWith('.') && !resolve(dirname(file), spec).startsWith(src + sep))
            wrong.push(where);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('keeps the sandbox engine in its layers, away from HTTP and from node: modules', () => {
    const engine = join(root, 'packages/sandbox/src/engine');
    const wrong: string[] = [];
    for (const file of sources(engine)) {
      const [folder, ...rest] = relative(engine, file).split(sep);
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        const where = `${relative(root, file)} -> ${spec}`;
        // The engine runs in pages too (through msw): no node: module, no HTTP.
        if (spec.startsWith('node:')) wrong.push(where);
        if (!spec.startsWith('.')) continue;
        const target = relative(engine, resolve(dirname(file), spec)).split(sep);
        if (target[0] === '..') {
          // Outside the engine: the store interface, the logger and the risk engine only.
          const outside = target.slice(1).join('/');
          const allowed = ['store/store.js', 'logger.js', 'risk/index.js'];
          // A unit test may run its file on the memory store.
          if (file.endsWith('.test.ts')) allowed.push('store/memory-store.js');
          const ok = allowed.includes(outside);
          if (!ok || (outside === 'risk/index.js' && folder !== 'credit')) wrong.push(where);
          continue;
        }
        // Top-level files (the Bank, the timers' table, the test clock) join the domains.
        if (rest.length === 0) continue;
        const [to] = target;
        if (target.length === 1)
          wrong.push(where); // a folder reaching up to the top
        else if (to !== folder && !ENGINE_LAYERS[folder!]?.includes(to!)) wrong.push(where);
      }
    }
    expect(Object.keys(ENGINE_LAYERS).sort()).toEqual(
      readdirSync(engine, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort(),
    );
    expect(wrong).toEqual([]);
  });
});
