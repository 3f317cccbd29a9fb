// The version a copy of the components names on a page (the shared registry's warning when two
// copies define the same tag) is the package's: src/version.ts is written from package.json by
// scripts/elements-version.mjs, which `npm run build` runs first.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

it('packages/elements/src/version.ts names the version in package.json (else run npm run build)', () => {
  const { version } = JSON.parse(read('packages/elements/package.json')) as { version: string };
  expect(read('packages/elements/src/version.ts')).toContain(
    `export const VERSION = '${version}';`,
  );
});
