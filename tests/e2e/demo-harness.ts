// The demo platform end to end, shared by the tests in this folder: a real sandbox bank and
// examples/platform on 127.0.0.1 (what `npm start` serves, in this process), Debian's Chromium,
// and the steps a shop owner takes on the site.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createPlatform,
  servePlatform,
  type RunningPlatform,
  type SeededParties,
} from '@xinghui/example-platform';
import { createSandbox, MemoryStore, type Sandbox } from '@xinghui/sandbox';
import { startServer, type RunningServer } from '@xinghui/sandbox/node';
import { Xinghui, createSandboxPartner, type Partner } from '@xinghui/sdk/server';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { ensureBuilt } from '../../scripts/ensure-built.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ELEMENTS = join(root, 'packages/elements/dist/xinghui-elements.js');
/** Everything a page showed or sent or received, for the secret-key check. */
export interface Recording {
  page: Page;
  /** URLs, headers and bodies of every request and response, and each page's text. */
  seen: string[];
  /** Console errors and uncaught exceptions: a CSP violation shows up here. */
  errors: string[];
  /** Waits for the body reads still in flight, then snapshots the current page. */
  settle(): Promise<void>;
}

/** The running demo, and the steps a shop owner takes on it. */
export interface Demo {
  site: RunningPlatform;
  partner: Partner;
  /** The bank, with the platform's secret key: for checking its books from the test. */
  xinghui: Xinghui;
  parties: SeededParties;
  /** A fresh browser context and page that records what it sees; `device` adds to the context (a phone's user agent, touch). */
  openPage(
    viewport: { width: number; height: number },
    device?: BrowserContextOptions,
  ): Promise<Recording>;
  logIn(page: Page, shop: string): Promise<void>;
  addToCart(page: Page, productId: string, quantity: number): Promise<void>;
  /** Cart → 提交订单 → the checkout page; returns the new order's id. */
  checkOut(page: Page): Promise<string>;
  /** The supplier's settlement balance, in fen. */
  settlement(): Promise<number>;
  /** A seeded shop's wallet balance, in fen. */
  wallet(shop: string): Promise<number>;
  /** No page text, URL, header or body ever carries a secret key. */
  expectNoSecretKey(seen: string[]): void;
}

/**
 * Starts the sandbox, the platform and Chromium before the file's tests and stops them after.
 * The returned object is ready once `beforeAll` has run.
 */
export function useDemo(): Demo {
  let sandbox: Sandbox;
  let bank: RunningServer;
  let browser: Browser;
  const demo = {
    async openPage(viewport, device) {
      const context = await browser.newContext({ ...device, viewport, locale: 'zh-CN' });
      return record(await context.newPage());
    },
    async logIn(page, shop) {
      await page.goto(`${demo.site.url}/`);
      await page.waitForURL(`${demo.site.url}/login.html`); // not logged in: sent to log in
      await page.locator(`[data-shop="${shop}"] button`).click();
      await page.waitForURL(`${demo.site.url}/`);
    },
    async addToCart(page, productId, quantity) {
      const card = page.locator(`[data-product="${productId}"]`);
      await card.locator('input').fill(String(quantity));
      await card.getByRole('button', { name: '加入进货单' }).click();
    },
    async checkOut(page) {
      await page
        .locator('.site-nav')
        .getByRole('link', { name: /进货单/ })
        .click();
      await page.waitForURL(`${demo.site.url}/cart.html`);
      await page.locator('[data-place-order]').click();
      await page.waitForURL(/\/checkout\.html\?order=ord_/);
      return new URL(page.url()).searchParams.get('order')!;
    },
    async settlement() {
      const supplier = await demo.xinghui.suppliers.retrieve(demo.parties.supplierId);
      return supplier.settlement_account.balance.amount;
    },
    async wallet(shop) {
      const { walletId } = demo.parties.shops.find((s) => s.key === shop)!;
      return (await demo.xinghui.wallets.retrieve(walletId)).balance.amount;
    },
    expectNoSecretKey(seen) {
      for (const text of seen) {
        expect(text).not.toContain(demo.partner.secret_key);
        // The SDK's own warning says "A secret key (sk_…) must never reach a browser": that
        // placeholder is not a key. Anything else starting with sk_ is.
        expect(text.replaceAll('sk_…', '')).not.toContain('sk_');
      }
    },
  } as Demo;

  beforeAll(async () => {
    ensureBuilt(); // the demo serves the built CDN loader and its chunks
    sandbox = createSandbox({ store: new MemoryStore() });
    bank = await startServer(sandbox.app, { port: 0 });
    demo.partner = await createSandboxPartner({ baseUrl: bank.url, secret_key_release: true });
    demo.xinghui = new Xinghui({ secretKey: demo.partner.secret_key, baseUrl: bank.url });
    const platform = createPlatform({
      bankUrl: bank.url,
      secretKey: demo.partner.secret_key,
      publishableKey: demo.partner.publishable_key,
      elementsFile: ELEMENTS,
    });
    demo.parties = await platform.seed();
    demo.site = await servePlatform(platform.app, { port: 0 });
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await demo.site?.close();
    await bank?.close();
    sandbox?.close();
  });
  return demo;
}

/** The page never scrolls sideways: it fits its viewport (320 px on a small phone). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** axe-core's browser build: the engine the component tests' `to.be.accessible()` runs. */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** One axe finding, short enough to read in a failed assertion. */
interface AxeFinding {
  rule: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * The page as it is now has no axe violation, with axe's default rules (what the component
 * tests run), shadow roots included. `state` names the journey's step in the failure message.
 * The demo's CSP forbids inline scripts, so axe is evaluated over the DevTools protocol, which
 * the page's CSP does not govern: the page itself stays as strict as a shop owner gets it.
 */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const loaded = await page.evaluate('typeof axe === "object"');
  if (!loaded) await page.evaluate(`${AXE_SOURCE}\n;undefined`);
  const findings = await page.evaluate(async (): Promise<AxeFinding[]> => {
    type Axe = {
      run(
        context: Document,
        options: { resultTypes: string[] },
      ): Promise<{
        violations: {
          id: string;
          impact: string | null;
          help: string;
          nodes: { target: unknown[] }[];
        }[];
      }>;
    };
    const { axe } = window as unknown as { axe: Axe };
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  });
  expect(findings, `axe at "${state}"`).toEqual([]);
}

/** Records what a page shows, sends and receives, and its console errors. */
function record(page: Page): Recording {
  const seen: string[] = [];
  const errors: string[] = [];
  const pending: Promise<unknown>[] = [];
  page.on('request', (request) => {
    seen.push(request.url(), request.postData() ?? '');
    pending.push(request.allHeaders().then((headers) => seen.push(JSON.stringify(headers))));
  });
  page.on('response', (response) => {
    pending.push(
      response.allHeaders().then((headers) => seen.push(JSON.stringify(headers))),
      response.text().then(
        (body) => seen.push(body),
        () => undefined, // a redirect or a preflight has no body
      ),
    );
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    page,
    seen,
    errors,
    async settle() {
      await Promise.all(pending);
      // The light DOM and the pay button's shadow DOM, as the shop owner sees them now.
      seen.push(
        await page.content(),
        await page.evaluate(
          () =>
            `${document.body.innerText}\n${document.querySelector('xh-pay-button')?.shadowRoot?.innerHTML ?? ''}`,
        ),
      );
    },
  };
}
