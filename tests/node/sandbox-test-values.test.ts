// The sandbox's test values (docs/sandbox.md, "Test values"), each reached end to end the way a
// partner's own tests reach it: the SDK against a sandbox served on 127.0.0.1. And rolling a
// secret key: the old key works within its overlap and is refused after it.
import { createSandbox, MemoryStore, type Sandbox } from '@xinghui/sandbox';
import { startServer, type RunningServer } from '@xinghui/sandbox/node';
import { createClient } from '@xinghui/sdk';
import {
  Xinghui,
  XinghuiAuthenticationError,
  XinghuiPaymentError,
  createSandboxPartner,
  type Partner,
} from '@xinghui/sdk/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

let server: RunningServer;
let sandbox: Sandbox;
let partner: Partner;
let xinghui: Xinghui;

beforeAll(async () => {
  sandbox = createSandbox({ store: new MemoryStore() });
  server = await startServer(sandbox.app, { port: 0 });
});
afterAll(async () => {
  await server.close();
  sandbox.close();
});

beforeEach(async () => {
  partner = await createSandboxPartner({ baseUrl: server.url });
  xinghui = new Xinghui({ secretKey: partner.secret_key, baseUrl: server.url });
});

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });

const SHOP = {
  business_name: '贝贝母婴生活馆',
  credit_code: '91440300708461136T',
  owner_name: '林晓梅',
  phone: '13800138000',
  industry: 'mother_baby',
} as const;

/** A topped-up shop, its supplier and a checkout session of `amount`, with its page's client. */
async function checkout(amount: number, businessName: string = SHOP.business_name) {
  const shop = await xinghui.buyers.create({ ...SHOP, business_name: businessName });
  const supplier = await xinghui.suppliers.create({
    business_name: '安心母婴用品批发有限公司',
    credit_code: '914403001922038216',
    phone: '13900139000',
    industry: 'mother_baby',
  });
  await xinghui.wallets.topUp(shop.wallet, { amount: cny(1_000_000) });
  const session = await xinghui.checkoutSessions.create({
    buyer: shop.id,
    supplier: supplier.id,
    amount: cny(amount),
    line_items: [{ name: '婴儿纸尿裤 L 码 (箱)', quantity: 1, unit_amount: cny(amount) }],
  });
  const page = createClient({ publishableKey: partner.publishable_key, baseUrl: server.url });
  return { shop, supplier, session, page };
}

describe('test values', () => {
  it.each([
    [66_601, 'insufficient_balance'],
    [66_602, 'wallet_frozen'],
    [66_603, 'payment_declined'],
  ] as const)(
    'a wallet payment of %i fen fails with %s: payment.failed, no money moves',
    async (amount, code) => {
      const { shop, session, page } = await checkout(amount);
      await page.checkoutSessions.requestVerificationCode(session.client_secret);
      const sent = await xinghui.sandbox.retrieveVerificationCode(session.id);
      await expect(
        page.checkoutSessions.confirm(session.client_secret, {
          payment_method: 'wallet',
          verification_code: sent.code,
        }),
      ).rejects.toMatchObject({ constructor: XinghuiPaymentError, code, status: 402 });

      const [failed] = (await xinghui.events.list({ type: 'payment.failed' })).data;
      expect(failed?.type).toBe('payment.failed');
      if (failed?.type !== 'payment.failed') return;
      expect(failed.data.object).toMatchObject({
        status: 'failed',
        failure_code: code,
        amount: cny(amount),
        checkout_session: session.id,
      });
      const [payment] = (await xinghui.payments.list({ buyer: shop.id })).data;
      expect(payment).toMatchObject({ id: failed.data.object.id, status: 'failed' });
      expect((await xinghui.wallets.retrieve(shop.wallet)).balance.amount).toBe(1_000_000);
      expect((await xinghui.checkoutSessions.retrieve(session.id)).status).toBe('open');
      expect((await xinghui.events.list({ type: 'payment.succeeded' })).data).toEqual([]);
      expect((await xinghui.sandbox.verifyLedger()).ok).toBe(true);
    },
  );

  it('a wallet payment of any other amount is not touched by them', async () => {
    const { session, page } = await checkout(66_600);
    await page.checkoutSessions.requestVerificationCode(session.client_secret);
    const { code } = await xinghui.sandbox.retrieveVerificationCode(session.id);
    const paid = await page.checkoutSessions.confirm(session.client_secret, {
      payment_method: 'wallet',
      verification_code: code,
    });
    expect(paid.status).toBe('complete');
  });

  it('the code 000000 is always wrong, and counts as a wrong try', async () => {
    const { session, page } = await checkout(25_800);
    await page.checkoutSessions.requestVerificationCode(session.client_secret);
    const { code } = await xinghui.sandbox.retrieveVerificationCode(session.id);
    expect(code).not.toBe('000000');
    await expect(
      page.checkoutSessions.confirm(session.client_secret, {
        payment_method: 'wallet',
        verification_code: '000000',
      }),
    ).rejects.toMatchObject({
      code: 'verification_code_invalid',
      message: expect.stringContaining('4 tries left'),
    });
    // The real code still pays.
    const paid = await page.checkoutSessions.confirm(session.client_secret, {
      payment_method: 'wallet',
      verification_code: code,
    });
    expect(paid.status).toBe('complete');
  });

  it('a webhook endpoint on webhooks.xinghui.test/status/500 answers 500, and is retried', async () => {
    const failing = await xinghui.webhookEndpoints.create({
      url: 'http://webhooks.xinghui.test/status/500',
      enabled_events: ['payment.succeeded'],
    });
    const fine = await xinghui.webhookEndpoints.create({
      url: 'https://webhooks.xinghui.test/status/200',
      enabled_events: ['payment.succeeded'],
    });
    const { session, page } = await checkout(25_800);
    await page.checkoutSessions.requestVerificationCode(session.client_secret);
    const { code } = await xinghui.sandbox.retrieveVerificationCode(session.id);
    await page.checkoutSessions.confirm(session.client_secret, {
      payment_method: 'wallet',
      verification_code: code,
    });
    await sandbox.webhooks.idle();
    const [bad] = (await xinghui.webhookEndpoints.listDeliveries(failing.id)).data;
    expect(bad).toMatchObject({ status: 'pending', next_attempt_at: expect.any(Number) });
    expect(bad!.attempts).toEqual([
      expect.objectContaining({ attempt: 1, status: 'failed', response_status: 500, error: null }),
    ]);
    const [good] = (await xinghui.webhookEndpoints.listDeliveries(fine.id)).data;
    expect(good).toMatchObject({ status: 'succeeded' });
    expect(good!.attempts[0]).toMatchObject({ status: 'succeeded', response_status: 200 });
  });

  it('[delay:1s] in the business name makes the credit decision take a second', async () => {
    const shop = await xinghui.buyers.create({
      ...SHOP,
      business_name: '贝贝母婴生活馆 [approve] [delay:1s]',
    });
    await xinghui.consents.create({
      buyer: shop.id,
      type: 'credit_query',
      template_version: '2026-11-01',
      locale: 'zh-CN',
    });
    const started = performance.now();
    const application = await xinghui.creditApplications.create({
      buyer: shop.id,
      months_trading: 24,
    });
    // A lower bound only: the answer cannot come before the delay the test value asks for.
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect(application.status).toBe('approved');
  });
});

describe('rolling the secret key', () => {
  it('keeps the old key working for the overlap, then refuses it with api_key_expired', async () => {
    const rolled = await xinghui.sandbox.rollSecretKey({ overlap_seconds: 3_600 });
    expect(rolled).toMatchObject({
      object: 'rolled_secret_key',
      secret_key: expect.stringMatching(/^sk_test_/),
      previous_secret_key: `sk_test_…${partner.secret_key.slice(-4)}`,
    });
    expect(rolled.secret_key).not.toBe(partner.secret_key);
    const clock = await xinghui.sandbox.retrieveClock();
    expect(rolled.previous_secret_key_expires_at - clock.now).toBeGreaterThan(3_590);
    const next = new Xinghui({ secretKey: rolled.secret_key, baseUrl: server.url });

    // Within the overlap both keys work.
    expect((await xinghui.buyers.list()).object).toBe('list');
    expect((await next.buyers.list()).object).toBe('list');

    await next.sandbox.advanceClock({ seconds: 3_601 });
    await expect(xinghui.buyers.list()).rejects.toMatchObject({
      constructor: XinghuiAuthenticationError,
      code: 'api_key_expired',
      status: 401,
    });
    expect((await next.buyers.list()).object).toBe('list');
  });

  it('with overlap 0 ends the old key at once; rolling again never extends it', async () => {
    const first = await xinghui.sandbox.rollSecretKey({ overlap_seconds: 600 });
    const second = new Xinghui({ secretKey: first.secret_key, baseUrl: server.url });
    const again = await second.sandbox.rollSecretKey({ overlap_seconds: 0 });
    await expect(second.buyers.list()).rejects.toMatchObject({ code: 'api_key_expired' });
    // The first key keeps its own end (600 s), not the second roll's.
    expect((await xinghui.buyers.list()).object).toBe('list');
    const third = new Xinghui({ secretKey: again.secret_key, baseUrl: server.url });
    await third.sandbox.advanceClock({ seconds: 601 });
    await expect(xinghui.buyers.list()).rejects.toMatchObject({ code: 'api_key_expired' });
  });

  it('refuses an overlap over 7 days, changing nothing', async () => {
    await expect(
      xinghui.sandbox.rollSecretKey({ overlap_seconds: 7 * 86_400 + 1 }),
    ).rejects.toMatchObject({ code: 'parameter_invalid' });
    expect((await xinghui.buyers.list()).object).toBe('list');
    await xinghui.sandbox.advanceClock({ days: 8 });
    expect((await xinghui.buyers.list()).object).toBe('list');
  });
});
