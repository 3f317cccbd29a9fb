// The custom-elements manifest (packages/elements/dist/custom-elements.json) is what IDEs and
// frameworks read to know each tag's attributes, events, parts and custom properties. It is
// generated from the components' source; this checks that what a merchant needs is in it,
// inherited members included.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const tags = new Map<string, Declaration>();

beforeAll(() => {
  const run = spawnSync('npm', ['run', 'analyze', '--silent', '-w', '@xinghui/elements'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`cem analyze failed:\n${run.stdout}\n${run.stderr}`);
  const manifest = JSON.parse(
    readFileSync(`${root}/packages/elements/dist/custom-elements.json`, 'utf8'),
  ) as { modules: { declarations?: Declaration[] }[] };
  for (const { declarations = [] } of manifest.modules) {
    for (const declaration of declarations) {
      if (declaration.tagName) tags.set(declaration.tagName, declaration);
    }
  }
}, 60_000);

const names = (items: { name: string }[] = []) => items.map((item) => item.name);

it.each([
  ['xh-pay-button', ['xh-ready', 'xh-payment-succeeded', 'xh-payment-failed']],
  ['xh-one-click-loan', ['xh-ready', 'xh-loan-confirmed', 'xh-loan-failed']],
  ['xh-credit-wallet', ['xh-ready', 'xh-repayment-succeeded', 'xh-limit-review-completed']],
])('%s lists its attributes, events, parts and custom properties', (tag, events) => {
  const element = tags.get(tag)!;
  expect(element).toBeDefined();
  expect(names(element.attributes)).toEqual(
    expect.arrayContaining(['client-secret', 'publishable-key', 'api-base', 'state']),
  );
  expect(names(element.events)).toEqual(expect.arrayContaining(events));
  expect(names(element.cssParts)).toEqual(expect.arrayContaining(['base', 'status']));
  expect(names(element.cssProperties)).toContain('--xh-color-primary');
});

it('lists <xh-provider> with its attributes', () => {
  expect(names(tags.get('xh-provider')?.attributes)).toEqual(['publishable-key', 'api-base']);
});

it.each(['xh-pay-button', 'xh-one-click-loan', 'xh-credit-wallet'])(
  '%s lists the shared state and funds events, and every custom property it reads',
  (tag) => {
    const element = tags.get(tag)!;
    expect(names(element.events)).toEqual(
      expect.arrayContaining(['xh-state-change', 'xh-funds-changed']),
    );
    expect(names(element.cssProperties)).toEqual(
      expect.arrayContaining([
        '--xh-color-link',
        '--xh-color-border-strong',
        '--xh-radius-control',
        '--xh-font-size',
      ]),
    );
  },
);

it('lists the cashier’s top-up attribute and event', () => {
  const payButton = tags.get('xh-pay-button')!;
  expect(names(payButton.attributes)).toContain('top-up-url');
  expect(names(payButton.events)).toContain('xh-top-up-requested');
  expect(names(payButton.cssParts)).toEqual(
    expect.arrayContaining(['order', 'line-item', 'time-left', 'confirm-summary', 'receipt']),
  );
});
