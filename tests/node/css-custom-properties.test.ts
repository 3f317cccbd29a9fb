// Every CSS custom property the components read is documented (issue 15, finding 10:
// `--xh-color-link` and `--xh-color-border-strong` were used but not documented), and every one
// documented is read. The flow components inherit the list from `XhFlowElement`'s JSDoc
// (tests/node/custom-elements-manifest.test.ts checks the manifest carries it to each tag).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../packages/elements/src', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** `--xh-…` names read by `var(` anywhere in the components' styles, across line breaks. */
const used = new Set(
  sources(src).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/var\(\s*(--xh-[a-z-]+)/g)].map((m) => m[1]!),
  ),
);
const documented = new Set(
  [
    ...readFileSync(join(src, 'base/flow-element.ts'), 'utf8').matchAll(
      /@cssproperty (--xh-[a-z-]+)/g,
    ),
  ].map((m) => m[1]!),
);

it('documents every custom property a component reads, on the shared flow element', () => {
  expect(used.size).toBeGreaterThan(10);
  expect([...used].filter((name) => !documented.has(name))).toEqual([]);
});

it('documents no custom property that nothing reads', () => {
  expect([...documented].filter((name) => !used.has(name))).toEqual([]);
});
