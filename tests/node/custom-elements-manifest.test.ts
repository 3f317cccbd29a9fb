// The custom-elements manifest (packages/elements/dist/custom-elements.json) is what IDEs and
// frameworks read to know each tag's attributes, events, parts and custom properties. It is
// generated from the components' source; this checks that what a merchant needs is in it,
// inherited members included.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  elementsOf,
  frameworkFiles,
  reactDeclarations,
  vueDeclarations,
} from '../../scripts/manifest/framework-types.mjs';

interface TypeText {
  text: string;
  references?: { name: string; module: string }[];
}

interface Declaration {
  tagName?: string;
  members?: { name: string; privacy?: string; readonly?: boolean; type?: TypeText }[];
  attributes?: { name: string; type?: TypeText }[];
  events?: { name: string; type?: TypeText }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const tags = new Map<string, Declaration>();
let manifestText = '';

beforeAll(() => {
  const run = spawnSync('npm', ['run', 'analyze', '--silent', '-w', '@xinghui/elements'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`cem analyze failed:\n${run.stdout}\n${run.stderr}`);
  manifestText = readFileSync(`${root}/packages/elements/dist/custom-elements.json`, 'utf8');
  const manifest = JSON.parse(manifestText) as { modules: { declarations?: Declaration[] }[] };
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

it('points every module, inherited member and type reference at a file the package ships', () => {
  const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '-w', '@xinghui/elements'], {
    cwd: root,
    encoding: 'utf8',
  });
  const [{ files }] = JSON.parse(pack.stdout) as [{ files: { path: string }[] }];
  const shipped = new Set(files.map((file) => file.path));
  const paths = [...manifestText.matchAll(/"(?:path|module)": "([^"]+)"/g)].map(([, path]) => path);
  expect(paths.length).toBeGreaterThan(20);
  expect(paths.filter((path) => !shipped.has(path!))).toEqual([]);
}, 60_000);

it.each([...['xh-pay-button', 'xh-one-click-loan', 'xh-credit-wallet', 'xh-provider']])(
  '%s lists only public members: no private, protected, #private or _-prefixed one',
  (tag) => {
    const members = tags.get(tag)!.members ?? [];
    expect(members.length).toBeGreaterThan(0);
    const hidden = members.filter(
      ({ name, privacy }) => privacy === 'private' || privacy === 'protected' || /^[#_]/.test(name),
    );
    expect(hidden).toEqual([]);
  },
);

it.each([
  ['xh-pay-button', 'xh-payment-succeeded', 'XhPaymentSucceededDetail'],
  ['xh-pay-button', 'xh-top-up-requested', 'XhTopUpRequestedDetail'],
  ['xh-one-click-loan', 'xh-loan-confirmed', 'XhLoanConfirmedDetail'],
  ['xh-credit-wallet', 'xh-repayment-succeeded', 'XhRepaymentSucceededDetail'],
  ['xh-credit-wallet', 'xh-funds-changed', 'XhFundsChangedDetail'],
])('%s types %s with its detail, %s, and where it is declared', (tag, event, detail) => {
  const type = tags.get(tag)!.events!.find(({ name }) => name === event)!.type;
  expect(type).toEqual({
    text: `CustomEvent<${detail}>`,
    references: [{ name: detail, module: `src/events/${event}.ts` }],
  });
  const source = readFileSync(`${root}/packages/elements/src/events/${event}.ts`, 'utf8');
  expect(source).toContain(`export interface ${detail} {`);
});

it.each(['xh-pay-button', 'xh-one-click-loan', 'xh-credit-wallet'])(
  '%s types every event it fires',
  (tag) => {
    const untyped = tags
      .get(tag)!
      .events!.filter(({ type }) => !type?.text.startsWith('CustomEvent<Xh'));
    expect(untyped).toEqual([]);
  },
);

/** The values of a `'a' | 'b'` type text. */
const union = (type?: TypeText) =>
  new Set(type?.text.split(' | ').map((part) => part.replace(/^'(.*)'$/, '$1')));

const shared = [
  'loading',
  'sending',
  'code',
  'processing',
  'expired',
  'locked',
  'network-error',
  'error',
];

it.each([
  ['xh-pay-button', ['ready', 'succeeded', 'insufficient']],
  [
    'xh-one-click-loan',
    [
      'enrol',
      'deciding',
      'approved',
      'declined',
      'referred',
      'offers',
      'succeeded',
      'insufficient-credit',
      'frozen',
    ],
  ],
  [
    'xh-credit-wallet',
    [
      'ready',
      'loan',
      'repay',
      'repaid',
      'receipt',
      'received',
      'statement',
      'certificate',
      'reviewing',
      'reviewed',
      'revoke-confirm',
      'revoked',
    ],
  ],
])(
  '%s writes its state as the union of its steps, read-only, and types xh-state-change with it',
  (tag, own) => {
    const element = tags.get(tag)!;
    const state = element.members!.find(({ name }) => name === 'state')!;
    expect(union(state.type)).toEqual(new Set([...own, ...shared]));
    expect(state.readonly).toBe(true);
    expect(element.attributes!.find(({ name }) => name === 'state')!.type).toEqual(state.type);
    expect(element.events!.find(({ name }) => name === 'xh-state-change')!.type!.text).toBe(
      `CustomEvent<XhStateChangeDetail<${state.type!.text}>>`,
    );
  },
);

describe('the React and Vue declarations the build writes from the manifest', () => {
  const withEvents = () => [...tags].filter(([, element]) => element.events?.length);

  it('are committed as the generator writes them from this manifest', async () => {
    const files = await frameworkFiles();
    expect(Object.keys(files)).toEqual(['src/frameworks/react.ts', 'src/frameworks/vue.ts']);
    for (const [path, text] of Object.entries(files)) {
      expect(readFileSync(`${root}/packages/elements/${path}`, 'utf8'), path).toBe(text);
    }
  });

  it('give React 19 each writable attribute, and each event as on<event>, typed as the manifest says', () => {
    const react = reactDeclarations(elementsOf(JSON.parse(manifestText)));
    for (const [tag, element] of tags) {
      expect(react).toContain(`'${tag}': `);
      for (const attribute of element.attributes ?? []) {
        const line = `'${attribute.name}'?: ${attribute.type!.text};`;
        if (attribute.name === 'state') expect(react).not.toContain(line);
        else expect(react).toContain(line);
      }
    }
    for (const [, element] of withEvents()) {
      for (const event of element.events!) {
        expect(react).toContain(`'on${event.name}'?: (event: ${event.type!.text}) => void;`);
      }
    }
  });

  it('give Vue 3 GlobalComponents with each event as its on… prop, typed as the manifest says', () => {
    const vue = vueDeclarations(elementsOf(JSON.parse(manifestText)));
    for (const [tag] of tags) expect(vue).toMatch(new RegExp(`'${tag}': DefineComponent<`));
    for (const [, element] of withEvents()) {
      for (const event of element.events!) {
        const prop = `on${event.name.replace(/(^|-)([a-z])/g, (_, _dash, c: string) => c.toUpperCase())}`;
        expect(vue).toContain(`${prop}?: (event: ${event.type!.text}) => void;`);
      }
    }
  });

  it('compile a React and a Vue fixture, and refuse a wrong prop, state or event detail', () => {
    const fixture = `${root}/tests/node/fixtures/framework-types`;
    const expected = ['react.tsx', 'vue.ts'].map(
      (file) =>
        readFileSync(`${fixture}/${file}`, 'utf8').match(/^ *\/\/ @ts-expect-error/gm)!.length,
    );
    expect(expected).toEqual([7, 4]);
    // tsc fails on an expected error that does not happen (TS2578), so each line above must fail.
    const tsc = spawnSync(
      process.execPath,
      [`${root}/node_modules/typescript/bin/tsc`, '-p', fixture],
      {
        encoding: 'utf8',
      },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 180_000);
});
