// The demo end to end: Chromium drives examples/platform as a shop owner would (log in, fill
// the cart, check out, pay with <xh-pay-button> and the one-time code) against a real sandbox
// bank over HTTP on 127.0.0.1, then the bank's own books are checked. It is what `npm start`
// serves, run in this process.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ELEMENTS = join(root, 'packages/elements/dist/xinghui-elements.js');
/** What the bundle is built from: when any of it is newer than the bundle, rebuild. */
const ELEMENTS_SOURCES = ['packages/elements/src', 'packages/sdk/src', 'packages/contract/src'];

let sandbox: Sandbox;
let bank: RunningServer;
let site: RunningPlatform;
let browser: Browser;
let partner: Partner;
let xinghui: Xinghui;
let parties: SeededParties;

/** The `<xh-pay-button>` bundle is a build output: build it when it is missing or stale. */
function ensureElementsBundle(): void {
  const newestSource = Math.max(
    ...ELEMENTS_SOURCES.flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map(
        (file) => statSync(join(root, dir, file)).mtimeMs,
      ),
    ),
  );
  if (existsSync(ELEMENTS) && statSync(ELEMENTS).mtimeMs >= newestSource) return;
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) {
    throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
  }
}

beforeAll(async () => {
  ensureElementsBundle();
  sandbox = createSandbox({ store: new MemoryStore() });
  bank = await startServer(sandbox.app, { port: 0 });
  partner = await createSandboxPartner({ baseUrl: bank.url });
  xinghui = new Xinghui({ secretKey: partner.secret_key, baseUrl: bank.url });
  const platform = createPlatform({
    bankUrl: bank.url,
    secretKey: partner.secret_key,
    publishableKey: partner.publishable_key,
    elementsFile: ELEMENTS,
  });
  parties = await platform.seed();
  site = await servePlatform(platform.app, { port: 0 });
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await bank?.close();
  sandbox?.close();
});

/** Everything a page showed or sent or received, for the secret-key check. */
interface Recording {
  page: Page;
  /** URLs, headers and bodies of every request and response, and each page's text. */
  seen: string[];
  /** Console errors and uncaught exceptions: a CSP violation shows up here. */
  errors: string[];
  /** Waits for the body reads still in flight, then snapshots the current page. */
  settle(): Promise<void>;
}

async function openPage(viewport: { width: number; height: number }): Promise<Recording> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
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

/** No page text, URL, header or body ever carries a secret key. */
function expectNoSecretKey(seen: string[]): void {
  for (const text of seen) {
    expect(text).not.toContain(partner.secret_key);
    // The SDK's own warning says "A secret key (sk_…) must never reach a browser": that
    // placeholder is not a key. Anything else starting with sk_ is.
    expect(text.replaceAll('sk_…', '')).not.toContain('sk_');
  }
}

/** The page never scrolls sideways: it fits its viewport (320 px on a small phone). */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

async function logIn(page: Page, shop: string): Promise<void> {
  await page.goto(`${site.url}/`);
  await page.waitForURL(`${site.url}/login.html`); // not logged in yet: sent to the login page
  await page.locator(`[data-shop="${shop}"] button`).click();
  await page.waitForURL(`${site.url}/`);
}

async function addToCart(page: Page, productId: string, quantity: number): Promise<void> {
  const card = page.locator(`[data-product="${productId}"]`);
  await card.locator('input').fill(String(quantity));
  await card.getByRole('button', { name: '加入进货单' }).click();
}

/** Cart → 提交订单 → the checkout page; returns the new order's id. */
async function checkOut(page: Page): Promise<string> {
  await page
    .locator('.site-nav')
    .getByRole('link', { name: /进货单/ })
    .click();
  await page.waitForURL(`${site.url}/cart.html`);
  await page.locator('[data-place-order]').click();
  await page.waitForURL(/\/checkout\.html\?order=ord_/);
  return new URL(page.url()).searchParams.get('order')!;
}

const settlement = async () =>
  (await xinghui.suppliers.retrieve(parties.supplierId)).settlement_account.balance.amount;
const wallet = async (shop: string) =>
  (await xinghui.wallets.retrieve(parties.shops.find((s) => s.key === shop)!.walletId)).balance
    .amount;

describe('the demo platform in Chromium', () => {
  it('a shop owner orders, pays with the wallet and the one-time code; the bank agrees', async () => {
    const { page, seen, errors, settle } = await openPage({ width: 1280, height: 900 });
    const supplierBefore = await settlement();
    const walletBefore = await wallet('beibei');

    await logIn(page, 'beibei');
    await addToCart(page, 'diaper-l', 2); // 2 × ¥129.00
    await addToCart(page, 'formula-3', 1); // 1 × ¥1,128.00
    await expect(page.locator('[data-cart-count]').textContent()).resolves.toBe('3');
    const orderId = await checkOut(page);
    await settle();

    // The order's total is the platform's own price list, whatever the page might have sent.
    const total = 2 * 12_900 + 112_800;
    await expect(page.locator('[data-order] [data-total]').textContent()).resolves.toBe(
      '¥1,386.00',
    );
    const payButton = page.locator('xh-pay-button[state="ready"]');
    await payButton.waitFor();
    await expect(payButton.locator('[part="amount"]').textContent()).resolves.toContain('1,386.00');

    await payButton.locator('[part="pay"]').click();
    await page.locator('xh-pay-button[state="code"]').waitFor();
    // The code the bank "texted", read as the partner's server can in the sandbox.
    const clientSecret = await page.locator('xh-pay-button').getAttribute('client-secret');
    const sessionId = clientSecret!.split('_secret_')[0]!;
    const { code } = await xinghui.sandbox.retrieveVerificationCode(sessionId);
    // The checkout page's sandbox panel shows the same code.
    await page.locator('[data-sandbox-code]').filter({ hasText: code }).waitFor();

    await page.locator('xh-pay-button [part="code-input"]').fill(code);
    await page.locator('xh-pay-button [part="confirm"]').click();
    await page.locator('xh-pay-button[state="succeeded"]').waitFor();
    // The platform confirmed the payment with the bank before showing this.
    await page.locator('[data-paid]').waitFor();
    await settle();

    await page.locator('.site-nav').getByRole('link', { name: '我的订单' }).click();
    await page.locator(`[data-order="${orderId}"][data-status="paid"]`).waitFor();
    await settle();

    expect((await settlement()) - supplierBefore).toBe(total);
    expect(walletBefore - (await wallet('beibei'))).toBe(total);
    const session = await xinghui.checkoutSessions.retrieve(sessionId);
    expect(session).toMatchObject({ status: 'complete', amount: { amount: total } });
    expect((await xinghui.sandbox.verifyLedger()).ok).toBe(true);

    expectNoSecretKey(seen);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('on a 320 px phone, a shop with too little in its wallet sees 余额不足 and pays nothing', async () => {
    const { page, seen, errors, settle } = await openPage({ width: 320, height: 640 });
    const supplierBefore = await settlement();

    await logIn(page, 'xiaoya');
    await expectNoHorizontalScroll(page);
    await addToCart(page, 'wipes-80', 1); // ¥59.90, more than the ¥50.00 in the wallet
    const orderId = await checkOut(page);

    const payButton = page.locator('xh-pay-button[state="insufficient"]');
    await payButton.waitFor();
    await expect(payButton.locator('[part="pay"]').count()).resolves.toBe(0);
    await expect(page.locator('[data-payment-note]').textContent()).resolves.toContain(
      '贝贝母婴生活馆',
    );
    await expectNoHorizontalScroll(page);
    await settle();

    await page.locator('.site-nav').getByRole('link', { name: '我的订单' }).click();
    await page.locator(`[data-order="${orderId}"][data-status="pending"]`).waitFor();
    await expectNoHorizontalScroll(page);
    await settle();

    expect(await settlement()).toBe(supplierBefore);
    expect(await wallet('xiaoya')).toBe(5_000);
    expect((await xinghui.sandbox.verifyLedger()).ok).toBe(true);
    expectNoSecretKey(seen);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);
});
