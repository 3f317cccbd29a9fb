// Two copies of @xinghui/elements on one page, each built on its own: the CDN loader from
// packages/elements/dist/, and a merchant's bundle of the ESM entries (esbuild, from dist/)
// that names another version. They share one registry: the first to define a tag wins, the
// other warns once naming both versions, and `configure()` from either copy reaches the
// components whichever copy defined them. Each page pays through a sandbox bank in Chromium.
// Run `npm run build` first (`npm test` does).
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { createSandbox, MemoryStore, SEED, type Sandbox } from '@xinghui/sandbox';
import { startServer, type RunningServer } from '@xinghui/sandbox/node';
import { Xinghui, createSandboxPartner, type Partner } from '@xinghui/sdk/server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(root, 'packages/elements/dist');
const CDN_VERSION = (
  JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8')) as {
    version: string;
  }
).version;
const BUNDLE_VERSION = '9.9.9-merchant';

let sandbox: Sandbox;
let bank: RunningServer;
let partner: Partner;
let xinghui: Xinghui;
let site: Server;
let siteUrl = '';
let browser: Browser;
let bundle = '';
let buyer = '';
let supplier = '';

/** The merchant's bundle: its own copy of the components, built as that version. */
async function bundleMerchantCopy(): Promise<string> {
  let replaced = 0;
  const asVersion: Plugin = {
    name: 'as-another-version',
    setup(plugin) {
      plugin.onLoad({ filter: /packages[\\/]elements[\\/]dist[\\/].*\.js$/ }, (args) => {
        const code = readFileSync(args.path, 'utf8');
        const marked = `const VERSION = ${JSON.stringify(CDN_VERSION)};`;
        if (!code.includes(marked)) return { contents: code, loader: 'js' };
        replaced++;
        return {
          contents: code.replace(marked, `const VERSION = ${JSON.stringify(BUNDLE_VERSION)};`),
          loader: 'js',
        };
      });
    },
  };
  const result = await build({
    stdin: {
      contents:
        "export { configure } from '@xinghui/elements';\n" +
        "import '@xinghui/elements/define/pay-button.js';\n",
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    plugins: [asVersion],
  });
  expect(replaced, 'the bundle carries one VERSION').toBe(1);
  return result.outputFiles[0]!.text;
}

/** What the page's scripts need: set before any of them runs. */
const pageHtml = (scripts: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">` +
  `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self' http://127.0.0.1:*">` +
  `</head><body>${scripts}</body></html>`;

// Page 1: the CDN copy defines <xh-pay-button> first, then the merchant's copy loads, also
// registers it (and is refused), and configures the page.
const CDN_DEFINES = `import { load } from '/dist/xinghui-elements.js';
await load('xh-pay-button');
const { configure } = await import('/merchant-copy.js');
const query = new URLSearchParams(location.search);
configure({ publishableKey: query.get('pk'), apiBase: query.get('bank') });
mount(query.get('secret'));
`;

// Page 2: the merchant's copy is on the page first and defines the tag; the CDN loader's
// configure() sets the key, then its own pay-button chunk loads and is refused.
const BUNDLE_DEFINES = `import '/merchant-copy.js';
import { configure, load } from '/dist/xinghui-elements.js';
const query = new URLSearchParams(location.search);
configure({ publishableKey: query.get('pk'), apiBase: query.get('bank') });
await load('xh-pay-button');
mount(query.get('secret'));
`;

const MOUNT = `function mount(secret) {
  const button = document.createElement('xh-pay-button');
  button.setAttribute('client-secret', secret);
  button.addEventListener('xh-payment-succeeded', (event) => {
    document.body.dataset.paid = event.detail.paymentId;
  });
  document.body.append(button);
}
`;

function serveSite(): Promise<Server> {
  const files: Record<string, string> = {
    '/merchant-copy.js': bundle,
    '/cdn-defines.js': MOUNT + CDN_DEFINES,
    '/bundle-defines.js': MOUNT + BUNDLE_DEFINES,
    '/cdn-defines.html': pageHtml('<script type="module" src="/cdn-defines.js"></script>'),
    '/bundle-defines.html': pageHtml('<script type="module" src="/bundle-defines.js"></script>'),
  };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    // The browser asks for a favicon on its own: no icon, and no 404 in the console either.
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    const type = path.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript';
    if (path in files)
      return void response.writeHead(200, { 'Content-Type': type }).end(files[path]);
    const file = join(DIST, path.slice('/dist/'.length));
    if (!path.startsWith('/dist/') || !file.startsWith(DIST) || !existsSync(file)) {
      return void response.writeHead(404).end();
    }
    response.writeHead(200, { 'Content-Type': type }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  if (!existsSync(join(DIST, 'xinghui-elements.js')) || !existsSync(join(DIST, 'index.js'))) {
    throw new Error('packages/elements/dist is not built: run npm run build');
  }
  bundle = await bundleMerchantCopy();
  sandbox = createSandbox({ store: new MemoryStore() });
  bank = await startServer(sandbox.app, { port: 0 });
  partner = await createSandboxPartner({ baseUrl: bank.url, secret_key_release: true });
  xinghui = new Xinghui({ secretKey: partner.secret_key, baseUrl: bank.url });
  const shop = await xinghui.buyers.create(SEED.shop);
  buyer = shop.id;
  supplier = (await xinghui.suppliers.create(SEED.supplier)).id;
  await xinghui.wallets.topUp(shop.wallet, { amount: { amount: 100_000, currency: 'CNY' } });
  site = await serveSite();
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  site?.closeAllConnections();
  await new Promise((resolve) => (site ? site.close(resolve) : resolve(undefined)));
  await bank?.close();
  sandbox?.close();
});

/** Opens a page for a fresh session and returns what its console warned. */
async function open(file: string): Promise<{ tab: Page; sessionId: string; warnings: string[] }> {
  const session = await xinghui.checkoutSessions.create({
    buyer,
    supplier,
    amount: { amount: 12_900, currency: 'CNY' },
    line_items: [
      {
        name: '婴儿纸尿裤 L 码 (箱)',
        quantity: 1,
        unit_amount: { amount: 12_900, currency: 'CNY' },
      },
    ],
  });
  const tab = await browser.newPage();
  const warnings: string[] = [];
  const errors: string[] = [];
  tab.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
    if (message.type() === 'error') errors.push(message.text());
  });
  tab.on('pageerror', (error) => errors.push(error.message));
  const query = new URLSearchParams({
    pk: partner.publishable_key,
    bank: bank.url,
    secret: session.client_secret,
  });
  await tab.goto(`${siteUrl}/${file}?${query}`);
  await tab.locator('xh-pay-button[state="ready"]').waitFor({ timeout: 20_000 });
  expect(errors).toEqual([]);
  return { tab, sessionId: session.id, warnings };
}

/** Pays with the code the bank "texted"; returns the payment id the page heard. */
async function pay(tab: Page, sessionId: string): Promise<string> {
  const button = tab.locator('xh-pay-button');
  await button.locator('[part="pay"]').click();
  await tab.locator('xh-pay-button[state="code"]').waitFor();
  const response = await fetch(
    `${bank.url}/v1/sandbox/verification_codes?checkout_session=${sessionId}`,
    { headers: { Authorization: `Bearer ${partner.secret_key}` } },
  );
  const { code } = (await response.json()) as { code: string };
  await button.locator('[part="code-input"]').fill(code);
  await button.locator('[part="confirm"]').click();
  await tab.locator('xh-pay-button[state="succeeded"]').waitFor();
  return (await tab.locator('body[data-paid]').getAttribute('data-paid'))!;
}

/** What the page's shared registry says. */
const registryOf = (tab: Page) =>
  tab.evaluate(() => {
    const registry = (globalThis as Record<symbol, unknown>)[Symbol.for('xinghui.elements')] as {
      schema: number;
      definedBy: Record<string, string>;
      clients: Map<string, unknown>;
      early: Map<string, unknown>;
    };
    return {
      schema: registry.schema,
      definedBy: registry.definedBy,
      clients: registry.clients.size,
      early: registry.early.size,
    };
  });

describe('two copies of the components on one page', { timeout: 60_000 }, () => {
  it.each([
    ['cdn-defines.html', CDN_VERSION, BUNDLE_VERSION, 'the merchant bundle'],
    ['bundle-defines.html', BUNDLE_VERSION, CDN_VERSION, 'the CDN loader'],
  ])(
    '%s: version %s defines <xh-pay-button>, %s warns once, configure() from %s reaches it',
    async (file, first, second) => {
      const { tab, sessionId, warnings } = await open(file);
      const paymentId = await pay(tab, sessionId);
      expect(await xinghui.payments.retrieve(paymentId)).toMatchObject({
        status: 'succeeded',
        amount: { amount: 12_900 },
      });
      expect(await registryOf(tab)).toEqual({
        schema: 2,
        definedBy: { 'xh-pay-button': first },
        clients: 1, // both copies use the one client for the key and the bank
        early: 0, // the loader's early read, if it made one, was taken by the component
      });
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(
        `@xinghui/elements ${second}: <xh-pay-button> is already defined by @xinghui/elements ${first}`,
      );
      await tab.close();
    },
  );
});
