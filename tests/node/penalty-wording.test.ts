// Issue 16 (smaller): penalty interest runs from the due date (算头不算尾: an instalment unpaid at
// the end of its due date owes one day of penalty the next day). Every text a partner or a shop
// reads must say so: the docs, the components' messages, the bank's agreement and notices. This
// test finds the old wording ("from the day after" the due date, 到期次日起) anywhere it could hide.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every file under `dir` (relative to the repo) whose name matches `pattern`. */
function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.includes('node_modules') && !path.includes(`${'/'}dist${'/'}`));
}

const WRONG = [/penalty[^.]*from the day after/i, /次日起[^。]*罚息/, /罚息[^。]*次日起/];

it('says penalty interest runs from the due date, never from the day after', () => {
  const texts = [
    ...files('docs', /\.md$/),
    'README.md',
    'README.zh-CN.md',
    ...files('packages/elements/src', /\.messages(\.en)?\.ts$/),
    ...files('packages/sandbox/src/engine/credit', /\.ts$/),
    ...files('packages/contract/src', /\.ts$/),
  ].map((path) => (path.startsWith('/') ? path : join(root, path)));
  expect(texts.length).toBeGreaterThan(20);
  const found = texts.flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    return WRONG.filter((pattern) => pattern.test(text)).map((pattern) => `${path}: ${pattern}`);
  });
  expect(found).toEqual([]);
  // And the places that state the rule state it the one way.
  const credit = readFileSync(join(root, 'docs/credit.md'), 'utf8');
  expect(credit).toContain('**Penalty interest** (罚息) runs from the due date');
  const wallet = (language: string) =>
    readFileSync(
      join(
        root,
        `packages/elements/src/components/credit-wallet/credit-wallet.messages${language}.ts`,
      ),
      'utf8',
    );
  expect(wallet('')).toContain('自到期日起按年化利率的 1.5 倍');
  expect(wallet('.en')).toContain('runs on the overdue principal from the due date');
});
