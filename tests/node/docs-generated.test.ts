// The generated pages of docs/ (SDK resources, event types, error codes) must match what the
// SDK and the contract say now: a change to either without `npm run docs:generate` fails here.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_PAGES, renderPage } from '../../scripts/docs/catalogue.js';
import { repoRoot } from '../../scripts/docs/paths.js';
import { readSdkResources } from '../../scripts/docs/sdk-resources.js';

describe('generated docs', () => {
  for (const page of GENERATED_PAGES) {
    it(`${page.file} is up to date (else run npm run docs:generate)`, async () => {
      const committed = await readFile(join(repoRoot, page.file), 'utf8');
      expect(committed).toBe(await renderPage(page));
    });
  }
});

describe('hand-written pages that list the SDK', () => {
  const { server, browser } = readSdkResources();
  for (const file of ['docs/sdk.md', 'packages/sdk/README.md']) {
    it(`${file} names every resource of both clients`, async () => {
      const text = await readFile(join(repoRoot, file), 'utf8');
      const missing = [...server, ...browser]
        .map((r) => r.property)
        .filter((name) => !text.includes('`' + name + '`'));
      expect(missing).toEqual([]);
    });
  }
});
