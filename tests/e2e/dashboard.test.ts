// The sandbox's dashboard (issue 18) in Chromium, at 1280 and 375 px: signed in with the
// partner's secret key typed into its form (sessionStorage only, never in a URL), it shows a
// payment, a credit line's validity, an escrow timer counting down live and after a clock
// advance, verifies the ledger, resends a webhook delivery and shows what each attempt sent and
// got back, sends a test delivery, and advances the test clock, under a strict CSP.
// `DASHBOARD_SCREENSHOTS=1` also writes docs/images/dashboard-*.png.
import { createServer, type Server } from 'node:http';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSandbox, SEED, type Sandbox } from '@xinghui/sandbox';
import { dashboardFiles, startServer, type RunningServer } from '@xinghui/sandbox/node';
import { Xinghui, createSandboxPartner, type Partner } from '@xinghui/sdk/server';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const IMAGES = fileURLToPath(new URL('../../docs/images/', import.meta.url));

let sandbox: Sandbox;
let bank: RunningServer;
let receiver: Server;
let browser: Browser;
let partner: Partner;
let xinghui: Xinghui;
let paymentId: string;
let escrowId: string;
let creditLineId: string;
let loanId: string;
let eventId: string;

let receiverUrl: string;

/** A webhook endpoint on this machine that answers every delivery 200, with a short body. */
function startReceiver(): Promise<string> {
  receiver = createServer((request, response) => {
    request.resume();
    request.on('end', () =>
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"received":true}'),
    );
  });
  return new Promise((resolve) =>
    receiver.listen(0, '127.0.0.1', () => {
      const address = receiver.address() as { port: number };
      resolve(`http://127.0.0.1:${address.port}/hooks`);
    }),
  );
}

/** A wallet payment (escrowed or not), or a credit one by a shop with a line. */
type Pay = { escrow: true } | { credit: string } | Record<string, never>;

/** A paid checkout, through the page endpoints as a shop's page would pay it. */
async function payOnce(how: Pay = {}): Promise<string> {
  const shop =
    'credit' in how
      ? await xinghui.buyers.retrieve(how.credit)
      : await xinghui.buyers.create(
          'escrow' in how
            ? { ...SEED.shop, credit_code: SEED.creditCode(2), phone: '13800138002' }
            : SEED.shop,
        );
  const supplier = await xinghui.suppliers.create(SEED.supplier);
  await xinghui.wallets.topUp(shop.wallet, { amount: { amount: 100_000, currency: 'CNY' } });
  const session = await xinghui.checkoutSessions.create({
    buyer: shop.id,
    supplier: supplier.id,
    amount: { amount: 25_800, currency: 'CNY' },
    line_items: [SEED.item(25_800)],
    ...('escrow' in how ? { escrow: {} } : {}),
    ...('credit' in how ? { payment_methods: ['credit' as const] } : {}),
  });
  const page = (path: string, body: unknown) =>
    fetch(`${bank.url}${path}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${partner.publishable_key}`,
        'Xinghui-Client-Secret': session.client_secret,
        'Content-Type': 'application/json',
        'Idempotency-Key': `e2e-${crypto.randomUUID()}`,
      },
      body: JSON.stringify(body),
    });
  expect((await page('/v1/client/checkout_session/verification_codes', {})).status).toBe(200);
  const { code } = await xinghui.sandbox.retrieveVerificationCode(session.id);
  const paid = await page(
    '/v1/client/checkout_session/confirm',
    'credit' in how
      ? {
          payment_method: 'credit',
          verification_code: code,
          term: { repayment_method: 'pay_anytime', length: 30 },
        }
      : { payment_method: 'wallet', verification_code: code },
  );
  expect(paid.status, await paid.clone().text()).toBe(200);
  return (await xinghui.checkoutSessions.retrieve(session.id)).payment!;
}

beforeAll(async () => {
  sandbox = createSandbox({ dashboard: dashboardFiles() });
  bank = await startServer(sandbox.app, { port: 0 });
  partner = await createSandboxPartner({ baseUrl: bank.url });
  xinghui = new Xinghui({ secretKey: partner.secret_key, baseUrl: bank.url });
  receiverUrl = await startReceiver();
  await xinghui.webhookEndpoints.create({
    url: receiverUrl,
    enabled_events: ['payment.succeeded'],
  });
  paymentId = await payOnce();
  // Shipped and held: its auto-release timer runs on the partner's clock.
  escrowId = await payOnce({ escrow: true });
  await xinghui.payments.ship(escrowId, { carrier: 'SF', tracking_number: 'SF1234567890' });
  // A shop the [approve] scenario gives a line, valid 12 months.
  const borrower = await xinghui.buyers.create({
    ...SEED.shop,
    business_name: `${SEED.shop.business_name} [approve]`,
    credit_code: SEED.creditCode(3),
    phone: '13800138003',
  });
  await xinghui.consents.create({
    buyer: borrower.id,
    type: 'credit_query',
    template_version: '2026-11-01',
    locale: 'zh-CN',
  });
  const application = await xinghui.creditApplications.create({
    buyer: borrower.id,
    months_trading: 24,
  });
  creditLineId = application.credit_line!;
  // It draws on its line at checkout: a loan with its schedule.
  await payOnce({ credit: borrower.id });
  loanId = (await xinghui.loans.list({ buyer: borrower.id })).data[0]!.id;
  await sandbox.webhooks.idle();
  eventId = (await xinghui.events.list({ type: 'payment.succeeded' })).data[0]!.id;
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await bank?.close();
  sandbox?.close();
  await new Promise((done) => (receiver ? receiver.close(done) : done(undefined)));
});

/** Opens the dashboard and signs in through its form, recording every URL the page asked for. */
async function signIn(width: number, locale: 'zh-CN' | 'en') {
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale });
  const page = await context.newPage();
  const urls: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const response = await page.goto(`${bank.url}/dashboard/`);
  expect(response!.status()).toBe(200);
  await page.locator('#secret-key').fill(partner.secret_key);
  await page.locator('#sign-in button[type="submit"]').click();
  await page.locator('#app:not([hidden])').waitFor();
  return { page, urls, errors, context };
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The page's viewport, or one element of it (a locator), when screenshots are asked for. */
async function screenshot(target: Page | Locator, name: string) {
  if (!process.env['DASHBOARD_SCREENSHOTS']) return;
  mkdirSync(IMAGES, { recursive: true });
  const path = `${IMAGES}${name}.png`;
  await ('goto' in target
    ? target.screenshot({ path, fullPage: false })
    : target.screenshot({ path }));
}

describe('the sandbox dashboard in Chromium', () => {
  it('is served under a strict CSP, with no inline script or style', async () => {
    const response = await fetch(`${bank.url}/dashboard/`);
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    const html = await response.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=/);
    for (const file of ['app.js', 'style.css']) {
      const asset = await fetch(`${bank.url}/dashboard/${file}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('Content-Security-Policy')).toBe(csp);
    }
    expect((await fetch(`${bank.url}/dashboard/..%2Fpackage.json`)).status).toBe(404);
  });

  for (const [width, locale] of [
    [1280, 'en'],
    [375, 'zh-CN'],
  ] as const) {
    it(`signs in, shows a payment, a credit line and a live escrow timer, verifies the ledger, resends a delivery with its request and response, sends a test delivery and advances the clock at ${width} px (${locale})`, async () => {
      const { page, urls, errors, context } = await signIn(width, locale);
      try {
        // A payment, on the first page.
        await page.locator(`[data-payment="${paymentId}"]`).waitFor();
        await expect(
          page.locator(`[data-payment="${paymentId}"]`).textContent(),
        ).resolves.toContain('¥258.00');
        await expectNoHorizontalScroll(page);
        await screenshot(
          page,
          `dashboard-${locale === 'en' ? 'en' : 'zh-CN'}-${width < 768 ? 'mobile' : 'desktop'}`,
        );

        // A credit line: limit, used, available as a gauge, and its validity on the clock.
        await page.locator('#nav a[href="#credit"]').click();
        const line = page.locator(`[data-credit-line="${creditLineId}"]`);
        await line.waitFor();
        await expect(line.locator('meter').count()).resolves.toBe(1);
        const expiresAt = (await xinghui.creditLines.retrieve(creditLineId)).expires_at!;
        await expect(line.locator('[data-expires]').getAttribute('data-expires')).resolves.toBe(
          String(expiresAt),
        );
        await expect(line.locator('[data-expires]').textContent()).resolves.toMatch(
          locale === 'en' ? /^until .+ · \d+d .*left$/ : /^至 .+ · 剩余 \d+天/,
        );
        await expectNoHorizontalScroll(page);

        // The shop's consent, and its loan with the schedule's instalments.
        await page.locator('#nav a[href="#consents"]').click();
        await page.locator('#view .card', { hasText: 'credit_query' }).first().waitFor();
        await page.locator('#nav a[href="#loans"]').click();
        const loan = page.locator(`[data-loan="${loanId}"]`);
        await loan.waitFor();
        expect(await loan.locator('tbody tr').count()).toBeGreaterThanOrEqual(1);
        await expectNoHorizontalScroll(page);

        // The escrow hold's timer counts down live, on the partner's clock...
        await page.locator('#nav a[href="#escrow"]').click();
        const timer = page.locator(`[data-escrow="${escrowId}"] .countdown`);
        await timer.waitFor();
        const first = await timer.textContent();
        await expect.poll(() => timer.textContent(), { timeout: 10_000 }).not.toBe(first);
        const days = async () => Number(/^(\d+)/.exec((await timer.textContent()) ?? '')?.[1]);
        const daysBefore = await days();
        // ...and a day less after the clock moves a day.
        await page.locator('#nav a[href="#clock"]').click();
        await page.locator('#advance-days').fill('1');
        await page.locator('#advance-hours').fill('0');
        await page.locator('.advance button[type="submit"]').click();
        await page.locator('#clock-note:not(:empty)').waitFor();
        await page.locator('#nav a[href="#escrow"]').click();
        await timer.waitFor();
        expect(await days()).toBe(daysBefore - 1);
        await expectNoHorizontalScroll(page);

        // The ledger, verified from its postings.
        await page.locator('#nav a[href="#ledger"]').click();
        await page.locator('#verify-ledger').click();
        await expect(page.locator('#ledger-report.ok').textContent()).resolves.toMatch(
          locale === 'en' ? /^Ledger balanced/ : /^账本平衡/,
        );
        await expectNoHorizontalScroll(page);

        // The event's delivery, resent: one attempt more, by hand (the page waits for it).
        await page.locator('#nav a[href="#events"]').click();
        const event = page.locator(`[data-event="${eventId}"]`);
        await event.waitFor();
        const before = await event.locator('.delivery li').count();
        await event.locator('button.resend').click();
        await expect.poll(() => event.locator('.delivery li').count()).toBe(before + 1);
        // Each attempt opens on what was sent (signed headers, body) and what came back.
        const newest = event.locator('.delivery li').last();
        await newest.locator('summary').click();
        const sent = await newest.locator('.sent').textContent();
        expect(sent).toContain(`POST ${receiverUrl}`);
        expect(sent).toMatch(/Xinghui-Signature: t=\d+,v1=[0-9a-f]{64}/);
        expect(sent).toContain(`"id":"${eventId}"`);
        const answer = await newest.locator('.answer').textContent();
        expect(answer).toContain('HTTP 200');
        expect(answer).toContain('received');
        expect(await newest.textContent()).toMatch(locale === 'en' ? /by hand/ : /手动/);
        // The signature is shown; the endpoint's signing secret never reaches the page.
        expect(await page.locator('#view').textContent()).not.toContain('whsec_');
        await expectNoHorizontalScroll(page);
        // The event's card alone, its newest attempt opened: the picture in docs/sandbox.md.
        await screenshot(
          event,
          `dashboard-events-${locale === 'en' ? 'en-desktop' : 'zh-CN-mobile'}`,
        );

        // A test delivery to the endpoint: a webhook_endpoint.test event, with its attempt.
        const tests = page.locator('[data-event]', { hasText: 'webhook_endpoint.test' });
        const testsBefore = await tests.count();
        await page.locator('button.send-test').first().click();
        await expect.poll(() => tests.count()).toBe(testsBefore + 1);
        await expect(tests.first().locator('.delivery li').count()).resolves.toBe(1);
        await expect(tests.first().locator('.badge-succeeded').count()).resolves.toBe(1);

        // The one-time code the shop was "texted" for its payment.
        await page.locator('#nav a[href="#messages"]').click();
        await page.locator('[data-code]').first().waitFor();
        expect(await page.locator('[data-code]').count()).toBeGreaterThanOrEqual(2);

        // The clock, an hour on.
        const { now } = await xinghui.sandbox.retrieveClock();
        await page.locator('#nav a[href="#clock"]').click();
        await page.locator('#advance-hours').fill('1');
        await page.locator('#advance-days').fill('0');
        await page.locator('.advance button[type="submit"]').click();
        await page.locator('#clock-note:not(:empty)').waitFor();
        expect((await xinghui.sandbox.retrieveClock()).now).toBeGreaterThanOrEqual(now + 3600);
        await expectNoHorizontalScroll(page);

        // The request log shows the dashboard's own calls, with the key's kind only.
        await page.locator('#nav a[href="#requests"]').click();
        await page.locator('[data-request]').first().waitFor();
        const log = await page.locator('#view').textContent();
        expect(log).toContain('POST /v1/test_clocks/advance');
        expect(log).toContain('secret_key');

        // The key never travels in a URL and stays in this tab's session only.
        for (const url of urls) expect(url).not.toContain(partner.secret_key);
        await expect(
          page.evaluate(() => localStorage.length && JSON.stringify(localStorage)),
        ).resolves.not.toContain('sk_test_');
        await expect(page.evaluate(() => Object.values(sessionStorage))).resolves.toContain(
          partner.secret_key,
        );
        expect(errors).toEqual([]);
      } finally {
        if (process.env['DASHBOARD_DEBUG'])
          console.log(errors, await page.locator('body').innerHTML());
        await context.close();
      }
    }, 90_000);
  }

  it("refuses the secret key from another origin's page, as before", async () => {
    const refused = await fetch(`${bank.url}/v1/test_clocks/current`, {
      headers: {
        Authorization: `Bearer ${partner.secret_key}`,
        Origin: 'http://localhost:5173',
        'Sec-Fetch-Site': 'cross-site',
      },
    });
    expect(refused.status).toBe(403);
    // Same origin claimed, but not by a browser's same-origin fetch: still refused.
    const forged = await fetch(`${bank.url}/v1/test_clocks/current`, {
      headers: { Authorization: `Bearer ${partner.secret_key}`, Origin: bank.url },
    });
    expect(forged.status).toBe(403);
  });
});
