// The demo platform's backend (examples/platform) against a real sandbox bank over HTTP: what it
// promises a partner developer about amounts, keys, payments and bad input. The platform's
// own app runs in-process (`app.request`); the browser side is tests/e2e.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPlatform, type Platform } from '@xinghui/example-platform';
import { createSandbox, MemoryStore, type Sandbox } from '@xinghui/sandbox';
import { startServer, type RunningServer } from '@xinghui/sandbox/node';
import { createClient } from '@xinghui/sdk';
import { Xinghui, createSandboxPartner, type Partner } from '@xinghui/sdk/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let sandbox: Sandbox;
let bank: RunningServer;
let partner: Partner;
let xinghui: Xinghui;
let platform: Platform;
let supplierId: string;
/** Every body and header the platform answered with, for the secret-key check. */
const answers: string[] = [];

beforeAll(async () => {
  sandbox = createSandbox({ store: new MemoryStore() });
  bank = await startServer(sandbox.app, { port: 0 });
  partner = await createSandboxPartner({ baseUrl: bank.url, secret_key_release: true });
  xinghui = new Xinghui({ secretKey: partner.secret_key, baseUrl: bank.url });
  // These tests never load the pay button, so any file will do as its bundle.
  const elementsFile = join(mkdtempSync(join(tmpdir(), 'xh-platform-')), 'xinghui-elements.js');
  writeFileSync(elementsFile, '');
  platform = createPlatform({
    bankUrl: bank.url,
    secretKey: partner.secret_key,
    publishableKey: partner.publishable_key,
    elementsFile,
  });
  ({ supplierId } = await platform.seed());
});

afterAll(async () => {
  for (const answer of answers) expect(answer).not.toContain(partner.secret_key);
  await bank?.close();
  sandbox?.close();
});

/** Calls the platform's app; `shop` logs in first. */
async function call(
  path: string,
  { method = 'GET', body, shop }: { method?: string; body?: unknown; shop?: string } = {},
) {
  const headers: Record<string, string> = {};
  if (shop) headers.cookie = `shop=${shop}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await platform.app.request(path, {
    method,
    headers,
    body: typeof body === 'string' || body === undefined ? body : JSON.stringify(body),
  });
  const text = await response.text();
  answers.push(text, JSON.stringify([...response.headers]));
  const json = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  return { status: response.status, headers: response.headers, body: json };
}

async function placeOrder(shop: string, lines: unknown) {
  const { status, body } = await call('/api/checkout', { method: 'POST', shop, body: { lines } });
  expect(status).toBe(201);
  return body as { orderId: string; clientSecret: string; publishableKey: string; apiBase: string };
}

/** Pays an order from the shop's wallet, as the checkout page's button does. */
async function pay(clientSecret: string) {
  const page = createClient({ publishableKey: partner.publishable_key, baseUrl: bank.url });
  await page.checkoutSessions.requestVerificationCode(clientSecret);
  const { code } = await xinghui.sandbox.retrieveVerificationCode(
    clientSecret.split('_secret_')[0]!,
  );
  await page.checkoutSessions.confirm(clientSecret, {
    payment_method: 'wallet',
    verification_code: code,
  });
}

const ship = (orderId: string, body: unknown, shop = 'beibei') =>
  call(`/api/orders/${orderId}/ship`, { method: 'POST', shop, body });
/**
 * 确认收货 as the orders page does it: the shop's own act in <xh-credit-wallet>, with the wallet
 * session the platform creates and the one-time code the bank texts the shop owner. The
 * platform's backend has no route that releases escrow.
 */
async function confirmReceipt(orderId: string, shop = 'beibei') {
  const order = (await call(`/api/orders/${orderId}`, { shop })).body as { paymentId: string };
  const session = (await call('/api/wallet-session', { method: 'POST', shop })).body as {
    clientSecret: string;
  };
  const page = createClient({ publishableKey: partner.publishable_key, baseUrl: bank.url });
  const stated = await page.receipts.retrieve(session.clientSecret, order.paymentId);
  await page.receipts.requestCode(session.clientSecret, order.paymentId);
  const { code } = await xinghui.sandbox.retrieveVerificationCode(
    session.clientSecret.split('_secret_')[0]!,
  );
  await page.receipts.confirm(session.clientSecret, order.paymentId, { verification_code: code });
  return { stated, order: await call(`/api/orders/${orderId}`, { shop }) };
}
const settlement = async () =>
  (await xinghui.suppliers.retrieve(supplierId)).settlement_account.balance.amount;

describe('the demo platform’s backend', () => {
  it('prices the order itself and creates the bank’s session for exactly that', async () => {
    const checkout = await placeOrder('beibei', [
      // A page that tampers with prices changes nothing: only ids and quantities are read.
      { product_id: 'diaper-l', quantity: 2, unit_amount: { amount: 1, currency: 'CNY' } },
      { product_id: 'wipes-80', quantity: 3, price: 0 },
    ]);
    expect(checkout).toEqual({
      orderId: expect.stringMatching(/^ord_/),
      clientSecret: expect.stringMatching(/^cs_\w+_secret_\w+$/),
      publishableKey: partner.publishable_key,
      apiBase: bank.url,
    });

    const session = await xinghui.checkoutSessions.retrieve(
      checkout.clientSecret.split('_secret_')[0]!,
    );
    expect(session.amount).toEqual({ amount: 2 * 12_900 + 3 * 5_990, currency: 'CNY' });
    expect(
      session.line_items.map((item) => [item.name, item.quantity, item.unit_amount.amount]),
    ).toEqual([
      ['婴儿纸尿裤 L 码 (箱)', 2, 12_900],
      ['婴儿湿巾 80 抽 (提)', 3, 5_990],
    ]);
    expect(session.metadata).toEqual({ order_id: checkout.orderId });
    expect(session.payment_methods).toEqual(['wallet', 'credit']);
    // Guaranteed trade: the bank holds the money until receipt, 10 days after shipment at most.
    expect(session.escrow).toEqual({ fulfilment: 'delivery', auto_release_days: 10 });
  });

  it('seeds one shop pre-approved for credit and leaves the others to enrol', async () => {
    const { data: shops } = await call('/api/shops').then((answer) => answer.body);
    expect(shops.map((shop: { key: string }) => shop.key)).toEqual(['beibei', 'xiaoya', 'lele']);
    const lines = await xinghui.creditLines.list({ limit: 10 });
    expect(lines.data).toHaveLength(1);
    expect(lines.data[0]!.status).toBe('active');
  });

  it('gives the "my credit" page a wallet session for the logged-in shop only', async () => {
    expect((await call('/api/wallet-session', { method: 'POST' })).status).toBe(401);
    const { status, body } = await call('/api/wallet-session', { method: 'POST', shop: 'lele' });
    expect(status).toBe(201);
    expect(body).toEqual({
      clientSecret: expect.stringMatching(/^ws_\w+_secret_\w+$/),
      publishableKey: partner.publishable_key,
      apiBase: bank.url,
    });

    // The page reads that shop's wallet, and repays with a code the sandbox panel can show.
    const page = createClient({ publishableKey: body.publishableKey, baseUrl: bank.url });
    const wallet = await page.wallet.retrieve(body.clientSecret);
    const lele = (await call('/api/me', { shop: 'lele' })).body;
    expect(wallet.balance).toEqual(lele.walletBalance);
    expect(await call('/api/sandbox/verification-code?for=wallet', { shop: 'lele' })).toMatchObject(
      {
        status: 404,
        body: { error: { code: 'code_not_sent' } },
      },
    );
  });

  it('tops a shop up in the sandbox, by a fixed amount', async () => {
    const before = (await call('/api/me', { shop: 'xiaoya' })).body.walletBalance.amount;
    const { status, body } = await call('/api/sandbox/top-up', { method: 'POST', shop: 'xiaoya' });
    expect({ status, body }).toEqual({
      status: 201,
      body: { sandbox: true, amount: { amount: 100_000, currency: 'CNY' } },
    });
    expect((await call('/api/me', { shop: 'xiaoya' })).body.walletBalance.amount).toBe(
      before + 100_000,
    );
  });

  it('marks an order paid only once the bank has completed its payment', async () => {
    const { orderId, clientSecret } = await placeOrder('beibei', [
      { product_id: 'formula-3', quantity: 1 },
    ]);
    const verify = () =>
      call(`/api/orders/${orderId}/verify-payment`, { method: 'POST', shop: 'beibei' });

    // The page's "succeeded" event is not proof: nothing is paid yet.
    expect(await verify()).toMatchObject({
      status: 409,
      body: { error: { code: 'payment_not_complete' } },
    });

    const page = createClient({ publishableKey: partner.publishable_key, baseUrl: bank.url });
    await page.checkoutSessions.requestVerificationCode(clientSecret);
    const sandboxCode = await call(`/api/sandbox/verification-code?order=${orderId}`, {
      shop: 'beibei',
    });
    const { code } = await xinghui.sandbox.retrieveVerificationCode(
      clientSecret.split('_secret_')[0]!,
    );
    expect(sandboxCode.body).toEqual({ sandbox: true, code });
    await page.checkoutSessions.confirm(clientSecret, {
      payment_method: 'wallet',
      verification_code: code,
    });

    const paid = await verify();
    expect(paid).toMatchObject({
      status: 200,
      body: { id: orderId, status: 'paid', checkout: null },
    });
    const payment = await xinghui.payments.retrieve(paid.body.paymentId);
    expect(payment.amount).toEqual({ amount: 112_800, currency: 'CNY' });
    const { body: orders } = await call('/api/orders', { shop: 'beibei' });
    expect(orders.data.find((o: { id: string }) => o.id === orderId)).toMatchObject({
      status: 'paid',
      totalText: '¥1,128.00',
    });
  });

  it('holds the money at the bank until the shop confirms receipt of the shipped goods', async () => {
    const { orderId, clientSecret } = await placeOrder('beibei', [
      { product_id: 'diaper-l', quantity: 3 },
    ]);
    const total = 3 * 12_900;
    const before = await settlement();
    await pay(clientSecret);

    // Paid, held by the bank: the supplier has nothing yet.
    const paid = await call(`/api/orders/${orderId}`, { shop: 'beibei' });
    expect(paid.body).toMatchObject({ status: 'paid', shipment: null, autoReleaseAt: null });
    expect(await settlement()).toBe(before);

    // The supplier ships (the demo stands in for it): the bank starts the 10-day timer.
    const shipped = await ship(orderId, { carrier: ' 顺丰速运 ', trackingNumber: 'SF0012345678' });
    expect(shipped.status).toBe(200);
    expect(shipped.body).toMatchObject({
      id: orderId,
      status: 'shipped',
      shipment: { carrier: '顺丰速运', trackingNumber: 'SF0012345678' },
    });
    const payment = await xinghui.payments.retrieve(shipped.body.paymentId);
    expect(payment.escrow).toMatchObject({
      status: 'shipped',
      shipment: { carrier: '顺丰速运', tracking_number: 'SF0012345678' },
    });
    expect(Date.parse(shipped.body.autoReleaseAt)).toBe(payment.escrow!.auto_release_at! * 1000);
    expect(payment.escrow!.auto_release_at! - payment.escrow!.shipment!.shipped_at).toBe(
      10 * 86_400,
    );
    expect(await settlement()).toBe(before);
    expect(await ship(orderId, { carrier: '圆通速递', trackingNumber: 'YT1' })).toMatchObject({
      status: 409,
      body: { error: { code: 'order_already_shipped' } },
    });

    // 确认收货: the backend cannot release; the shop does, with its code, once.
    expect(
      await call(`/api/orders/${orderId}/confirm-receipt`, { method: 'POST', shop: 'beibei' }),
    ).toMatchObject({ status: 404, body: { error: { code: 'route_not_found' } } });
    expect(await settlement()).toBe(before);
    const { stated, order: completed } = await confirmReceipt(orderId);
    expect(stated).toMatchObject({
      amount: { amount: total, currency: 'CNY' },
      supplier_name: paid.body.supplierName,
      status: 'shipped',
    });
    expect(completed).toMatchObject({ status: 200, body: { status: 'completed' } });
    expect(await settlement()).toBe(before + total);
    expect((await xinghui.payments.retrieve(paid.body.paymentId)).escrow).toMatchObject({
      status: 'released',
      released_by: 'shop',
      amount_held: { amount: 0 },
      amount_released: { amount: total },
    });
    await expect(confirmReceipt(orderId)).rejects.toMatchObject({ code: 'escrow_settled' });
    const { body: orders } = await call('/api/orders', { shop: 'beibei' });
    expect(orders.data.find((o: { id: string }) => o.id === orderId)).toMatchObject({
      status: 'completed',
    });
    expect((await xinghui.sandbox.verifyLedger()).ok).toBe(true);
  });

  it('follows the bank when it moves the escrow on its own: auto-confirmed after 10 days', async () => {
    const { orderId, clientSecret } = await placeOrder('beibei', [
      { product_id: 'wipes-80', quantity: 1 },
    ]);
    await pay(clientSecret);
    expect((await ship(orderId, { carrier: '顺丰速运', trackingNumber: 'SF9' })).status).toBe(200);
    await xinghui.sandbox.advanceClock({ days: 10 });
    // No webhooks here (no public URL): the order reads the bank's escrow when it is shown.
    expect(await call(`/api/orders/${orderId}`, { shop: 'beibei' })).toMatchObject({
      status: 200,
      body: { status: 'completed' },
    });
  });

  it('answers bad input with a clear 4xx JSON error', async () => {
    const { orderId } = await placeOrder('beibei', [{ product_id: 'diaper-l', quantity: 1 }]);
    const paidOrder = await placeOrder('beibei', [{ product_id: 'diaper-l', quantity: 1 }]);
    await pay(paidOrder.clientSecret);
    const shipment = { carrier: '顺丰速运', trackingNumber: 'SF1' };
    const cases: [string, Parameters<typeof call>, number, string][] = [
      [
        'not logged in',
        ['/api/checkout', { method: 'POST', body: { lines: [] } }],
        401,
        'not_logged_in',
      ],
      [
        'an unknown shop',
        ['/api/login', { method: 'POST', body: { shop: 'x' } }],
        400,
        'unknown_shop',
      ],
      [
        'a body that is not JSON',
        ['/api/checkout', { method: 'POST', shop: 'beibei', body: '{' }],
        400,
        'invalid_json',
      ],
      [
        'an unknown product',
        [
          '/api/checkout',
          { method: 'POST', shop: 'beibei', body: { lines: [{ product_id: 'x', quantity: 1 }] } },
        ],
        400,
        'unknown_product',
      ],
      [
        'a negative quantity',
        [
          '/api/checkout',
          {
            method: 'POST',
            shop: 'beibei',
            body: { lines: [{ product_id: 'diaper-l', quantity: -1 }] },
          },
        ],
        400,
        'invalid_quantity',
      ],
      [
        'another shop’s order',
        [`/api/orders/${orderId}`, { shop: 'xiaoya' }],
        404,
        'order_not_found',
      ],
      [
        'an unknown order',
        ['/api/sandbox/verification-code?order=ord_x', { shop: 'beibei' }],
        404,
        'order_not_found',
      ],
      [
        'shipping an unpaid order',
        [`/api/orders/${orderId}/ship`, { method: 'POST', shop: 'beibei', body: shipment }],
        409,
        'order_not_paid',
      ],
      [
        'shipping with no carrier',
        [
          `/api/orders/${paidOrder.orderId}/ship`,
          { method: 'POST', shop: 'beibei', body: { ...shipment, carrier: ' ' } },
        ],
        400,
        'invalid_carrier',
      ],
      [
        'shipping with a tracking number that is not text',
        [
          `/api/orders/${paidOrder.orderId}/ship`,
          { method: 'POST', shop: 'beibei', body: { ...shipment, trackingNumber: 42 } },
        ],
        400,
        'invalid_tracking_number',
      ],
      [
        'shipping with a tracking number over 100 characters',
        [
          `/api/orders/${paidOrder.orderId}/ship`,
          {
            method: 'POST',
            shop: 'beibei',
            body: { ...shipment, trackingNumber: 'S'.repeat(101) },
          },
        ],
        400,
        'invalid_tracking_number',
      ],
      [
        'shipping with a body that is not JSON',
        [`/api/orders/${paidOrder.orderId}/ship`, { method: 'POST', shop: 'beibei', body: '[' }],
        400,
        'invalid_json',
      ],
      [
        'shipping another shop’s order',
        [`/api/orders/${paidOrder.orderId}/ship`, { method: 'POST', shop: 'lele', body: shipment }],
        404,
        'order_not_found',
      ],
      [
        'shipping when not logged in',
        [`/api/orders/${paidOrder.orderId}/ship`, { method: 'POST', body: shipment }],
        401,
        'not_logged_in',
      ],
      [
        'releasing escrow from the backend (the shop confirms receipt itself)',
        [`/api/orders/${paidOrder.orderId}/confirm-receipt`, { method: 'POST', shop: 'beibei' }],
        404,
        'route_not_found',
      ],
      [
        'an unknown endpoint',
        ['/api/refunds', { method: 'POST', shop: 'beibei' }],
        404,
        'route_not_found',
      ],
      [
        'a huge body',
        ['/api/checkout', { method: 'POST', shop: 'beibei', body: 'x'.repeat(100_000) }],
        413,
        'body_too_large',
      ],
    ];
    for (const [name, args, status, code] of cases) {
      const answer = await call(...args);
      expect({ name, status: answer.status, code: answer.body?.error?.code }).toEqual({
        name,
        status,
        code,
      });
      expect(answer.body.error.message).toEqual(expect.any(String));
    }
    // None of the refused calls moved the money.
    expect(await call(`/api/orders/${paidOrder.orderId}`, { shop: 'beibei' })).toMatchObject({
      body: { status: 'paid', shipment: null },
    });
  });

  it('serves its pages under a strict Content-Security-Policy, with no inline script', async () => {
    expect(await call('/orders.html')).toMatchObject({ status: 302 });
    const login = await call('/login.html');
    expect(login.status).toBe(200);
    const csp = login.headers.get('content-security-policy');
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain(`connect-src 'self' ${bank.url};`);
    expect(csp).not.toContain('unsafe-eval');

    const pages = fileURLToPath(new URL('../../examples/platform/src/public/', import.meta.url));
    for (const file of readdirSync(pages).filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(join(pages, file), 'utf8');
      for (const script of html.match(/<script\b[^>]*>/g) ?? []) expect(script).toMatch(/\bsrc=/);
      expect(html).not.toMatch(/\son[a-z]+=/);
    }
  });
});
