// The SDK against a real sandbox bank over HTTP on 127.0.0.1: what a partner's own
// integration tests do. One server for the file, a fresh partner per test.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSandbox, MemoryStore, type Sandbox } from '@xinghui/sandbox';
import { startServer, type RunningServer } from '@xinghui/sandbox/node';
import { createClient, XinghuiConfigurationError } from '@xinghui/sdk';
import {
  Xinghui,
  XinghuiAuthenticationError,
  XinghuiIdempotencyError,
  XinghuiIdempotencyKeyReusedError,
  XinghuiInvalidRequestError,
  XinghuiPaymentError,
  XinghuiPermissionError,
  XinghuiRateLimitError,
  isXinghuiConnectionError,
  isXinghuiRateLimitError,
  type XinghuiConnectionError,
  WebhookSignatureError,
  createSandboxPartner,
  type Partner,
} from '@xinghui/sdk/server';
import { creditCodeCheckCharacter } from '@xinghui/contract';
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
  shopsMade = 0;
  partner = await createSandboxPartner({ baseUrl: server.url });
  xinghui = new Xinghui({
    secretKey: partner.secret_key,
    baseUrl: server.url,
    initialRetryDelayMs: 5,
  });
});

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });

/** Shops made for the current test's partner: each needs a credit code of its own. */
let shopsMade = 0;

/** The seed shop's code first, then valid codes of their own (one buyer per code). */
function nextCreditCode(): string {
  const n = shopsMade++;
  if (n === 0) return '91440300708461136T';
  const first17 = `9144030070${String(n).padStart(7, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
}

async function shopAndSupplier(topUp = 100_000, businessName = '贝贝母婴生活馆') {
  const shop = await xinghui.buyers.create({
    business_name: businessName,
    credit_code: nextCreditCode(),
    owner_name: '林晓梅',
    phone: '13800138000',
    industry: 'mother_baby',
  });
  const supplier = await xinghui.suppliers.create({
    business_name: '安心母婴用品批发有限公司',
    credit_code: '914403001922038216',
    phone: '13900139000',
    industry: 'mother_baby',
  });
  if (topUp > 0) await xinghui.wallets.topUp(shop.wallet, { amount: cny(topUp) });
  return { shop, supplier };
}

/**
 * A shop approved by its `[approve]` trigger (20,000.00 at 10.95%) after giving `consents`
 * through the SDK, with its supplier and wallet topped up by `topUp`.
 */
async function approvedShop(
  consents: ('credit_query' | 'data_sharing' | 'direct_debit')[] = ['credit_query'],
  topUp = 0,
) {
  const { shop, supplier } = await shopAndSupplier(topUp, '贝贝母婴生活馆 [approve]');
  for (const type of consents) {
    const { version } = await xinghui.consents.retrieveTemplate(type);
    await xinghui.consents.create({
      buyer: shop.id,
      type,
      template_version: version,
      locale: 'zh-CN',
    });
  }
  const application = await xinghui.creditApplications.create({
    buyer: shop.id,
    months_trading: 24,
  });
  const page = createClient({ publishableKey: partner.publishable_key, baseUrl: server.url });
  /** A checkout session of `amount` that the shop may pay on credit. */
  const creditSession = (amount: number) =>
    xinghui.checkoutSessions.create({
      buyer: shop.id,
      supplier: supplier.id,
      amount: cny(amount),
      payment_methods: ['wallet', 'credit'],
      line_items: [
        { name: '婴幼儿配方奶粉 3 段 800g (箱)', quantity: 4, unit_amount: cny(amount / 4) },
      ],
    });
  return { shop, supplier, application, page, creditSession };
}

async function checkout(amount = 25_800, topUp = 100_000) {
  const { shop, supplier } = await shopAndSupplier(topUp);
  const session = await xinghui.checkoutSessions.create({
    buyer: shop.id,
    supplier: supplier.id,
    amount: cny(amount),
    line_items: [{ name: '婴儿纸尿裤 L 码 (箱)', quantity: 2, unit_amount: cny(amount / 2) }],
  });
  const page = createClient({ publishableKey: partner.publishable_key, baseUrl: server.url });
  return { shop, supplier, session, page };
}

describe('the SDK against the sandbox bank', () => {
  it('pays a supplier from a wallet: server creates, page confirms with the code', async () => {
    const { shop, supplier, session, page } = await checkout();
    const view = await page.checkoutSessions.retrieve(session.client_secret);
    expect(view.wallet.balance).toEqual(cny(100_000));
    expect(view.buyer.phone_masked).toBe('138****8000');

    const sent = await page.checkoutSessions.requestVerificationCode(session.client_secret);
    expect(sent.attempts_remaining).toBe(5);
    const { code } = await xinghui.sandbox.retrieveVerificationCode(session.id);
    const paid = await page.checkoutSessions.confirm(session.client_secret, {
      payment_method: 'wallet',
      verification_code: code,
    });

    expect(paid.status).toBe('complete');
    const payment = await xinghui.payments.retrieve(paid.payment!);
    expect(payment).toMatchObject({
      status: 'succeeded',
      amount: cny(25_800),
      supplier: supplier.id,
    });
    expect((await xinghui.suppliers.retrieve(supplier.id)).settlement_account.balance).toEqual(
      cny(25_800),
    );
    expect((await xinghui.wallets.retrieve(shop.wallet)).balance).toEqual(cny(74_200));
    const types = (await xinghui.events.list()).data.map((event) => event.type);
    expect(types).toEqual(
      expect.arrayContaining(['payment.succeeded', 'checkout_session.completed']),
    );
    expect((await xinghui.sandbox.verifyLedger()).ok).toBe(true);
  });

  it('surfaces the bank’s refusals as typed errors', async () => {
    const { session, page } = await checkout(25_800, 1_000);
    await page.checkoutSessions.requestVerificationCode(session.client_secret);
    const { code } = await xinghui.sandbox.retrieveVerificationCode(session.id);
    const wrong = code === '000000' ? '111111' : '000000';

    await expect(
      page.checkoutSessions.confirm(session.client_secret, {
        payment_method: 'wallet',
        verification_code: wrong,
      }),
    ).rejects.toMatchObject({
      constructor: XinghuiPaymentError,
      code: 'verification_code_invalid',
    });
    await expect(
      page.checkoutSessions.confirm(session.client_secret, {
        payment_method: 'wallet',
        verification_code: code,
      }),
    ).rejects.toMatchObject({
      constructor: XinghuiPaymentError,
      code: 'insufficient_balance',
      status: 402,
    });
    // The bank asks for a wait of about a minute: longer than the SDK's bound, so the error comes
    // at once (a page shows it) rather than after a minute of silence, and says how long.
    const asked = Date.now();
    const tooSoon = await page.checkoutSessions
      .requestVerificationCode(session.client_secret)
      .catch((caught: unknown) => caught);
    expect(Date.now() - asked).toBeLessThan(2_000);
    expect(tooSoon).toMatchObject({
      constructor: XinghuiRateLimitError,
      code: 'resend_too_soon',
      status: 429,
      retryable: true,
    });
    expect(isXinghuiRateLimitError(tooSoon)).toBe(true);
    expect((tooSoon as XinghuiRateLimitError).retryAfterMs).toBeGreaterThan(50_000);

    const other = await createSandboxPartner({ baseUrl: server.url });
    const outsider = new Xinghui({ secretKey: other.secret_key, baseUrl: server.url });
    await expect(outsider.checkoutSessions.retrieve(session.id)).rejects.toMatchObject({
      constructor: XinghuiInvalidRequestError,
      code: 'resource_missing',
      status: 404,
    });
    const outsiderPage = createClient({
      publishableKey: other.publishable_key,
      baseUrl: server.url,
    });
    await expect(
      outsiderPage.checkoutSessions.retrieve(session.client_secret),
    ).rejects.toBeInstanceOf(XinghuiAuthenticationError);
    expect(() => createClient({ publishableKey: partner.secret_key, baseUrl: server.url })).toThrow(
      XinghuiConfigurationError,
    );
    await expect(
      xinghui.buyers.create({
        business_name: 'x',
        credit_code: '91440300708461136A',
        owner_name: 'y',
        phone: '13800138000',
        industry: 'pets',
      }),
    ).rejects.toMatchObject({
      constructor: XinghuiInvalidRequestError,
      param: 'credit_code',
      status: 400,
    });
  });

  it('a secret key sent from a browser origin is refused', async () => {
    const browserLike = new Xinghui({
      secretKey: partner.secret_key,
      baseUrl: server.url,
      fetch: (input, init) => {
        const request = new Request(input, init);
        request.headers.set('Origin', 'http://localhost:3000');
        return fetch(request);
      },
    });
    await expect(browserLike.buyers.list()).rejects.toBeInstanceOf(XinghuiPermissionError);
  });

  it('retries a POST whose answer was lost, with the same key, and the bank replays it', async () => {
    let calls = 0;
    const replayed: (string | null)[] = [];
    // The first answer is lost on the way back, after the bank has acted on the request.
    const flaky = new Xinghui({
      secretKey: partner.secret_key,
      baseUrl: server.url,
      initialRetryDelayMs: 5,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        replayed.push(response.headers.get('idempotent-replayed'));
        if (++calls === 1) throw new TypeError('socket hang up');
        return response;
      },
    });
    const { shop } = await shopAndSupplier(0);
    await flaky.wallets.topUp(shop.wallet, { amount: cny(5_000) });
    expect(calls).toBe(2);
    expect(replayed).toEqual([null, 'true']);
    // Topped up once, not twice.
    expect((await xinghui.wallets.retrieve(shop.wallet)).balance).toEqual(cny(5_000));
    const movements = await xinghui.wallets.listTransactions(shop.wallet);
    expect(movements.data).toHaveLength(1);
  });

  it('a lost answer says it may have succeeded, and carries the key to send it again safely', async () => {
    let calls = 0;
    const losing = new Xinghui({
      secretKey: partner.secret_key,
      baseUrl: server.url,
      maxRetries: 0,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (++calls === 1) throw new TypeError('socket hang up');
        return response;
      },
    });
    const { shop } = await shopAndSupplier(0);
    const lost = await losing.wallets
      .topUp(shop.wallet, { amount: cny(5_000) })
      .catch((caught: unknown) => caught);
    expect(isXinghuiConnectionError(lost)).toBe(true);
    const { mayHaveSucceeded, idempotencyKey } = lost as XinghuiConnectionError;
    expect(mayHaveSucceeded).toBe(true);
    // The partner does what the error says: the same request with the same key.
    await losing.wallets.topUp(shop.wallet, { amount: cny(5_000) }, { idempotencyKey });
    expect((await xinghui.wallets.retrieve(shop.wallet)).balance).toEqual(cny(5_000));
    expect((await xinghui.wallets.listTransactions(shop.wallet)).data).toHaveLength(1);
  });

  it('refuses an idempotency key reused for a different request, without retrying', async () => {
    const { shop } = await shopAndSupplier(0);
    await xinghui.wallets.topUp(shop.wallet, { amount: cny(100) }, { idempotencyKey: 'order-1' });
    const reused = await xinghui.wallets
      .topUp(shop.wallet, { amount: cny(200) }, { idempotencyKey: 'order-1' })
      .catch((caught: unknown) => caught);
    expect(reused).toMatchObject({
      constructor: XinghuiIdempotencyKeyReusedError,
      code: 'idempotency_key_reused',
      status: 422,
      retryable: false,
    });
    expect(reused).toBeInstanceOf(XinghuiIdempotencyError);
    expect((await xinghui.wallets.retrieve(shop.wallet)).balance).toEqual(cny(100));
  });

  it('pages through lists with for await', async () => {
    const { shop } = await shopAndSupplier(0);
    for (let i = 1; i <= 12; i++) await xinghui.wallets.topUp(shop.wallet, { amount: cny(i) });
    const amounts: number[] = [];
    for await (const movement of xinghui.wallets.listTransactions(shop.wallet, { limit: 5 })) {
      amounts.push(movement.amount.amount);
    }
    expect(amounts).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it('expires a session on the test clock and refunds a payment', async () => {
    const { session, page } = await checkout();
    await xinghui.sandbox.advanceClock({ seconds: 1_801 });
    expect((await xinghui.checkoutSessions.retrieve(session.id)).status).toBe('expired');
    await expect(
      page.checkoutSessions.requestVerificationCode(session.client_secret),
    ).rejects.toMatchObject({
      code: 'session_expired',
    });

    const second = await checkout();
    await second.page.checkoutSessions.requestVerificationCode(second.session.client_secret);
    const { code } = await xinghui.sandbox.retrieveVerificationCode(second.session.id);
    const paid = await second.page.checkoutSessions.confirm(second.session.client_secret, {
      payment_method: 'wallet',
      verification_code: code,
    });
    const refund = await xinghui.payments.refund(paid.payment!, {
      amount: cny(800),
      reason: 'requested_by_buyer',
    });
    expect(refund.amount).toEqual(cny(800));
    expect((await xinghui.payments.retrieve(paid.payment!)).amount_refunded).toEqual(cny(800));
    expect((await xinghui.wallets.retrieve(second.shop.wallet)).balance).toEqual(
      cny(100_000 - 25_800 + 800),
    );
    expect((await xinghui.sandbox.verifyLedger()).ok).toBe(true);
  });

  it('holds a payment in escrow, ships, disputes, refunds and releases it, with statements that balance', async () => {
    // This partner's contract lets its secret key release, with a reason.
    partner = await createSandboxPartner({ baseUrl: server.url, secret_key_release: true });
    xinghui = new Xinghui({ secretKey: partner.secret_key, baseUrl: server.url });
    const { shop, supplier } = await shopAndSupplier();
    const session = await xinghui.checkoutSessions.create({
      buyer: shop.id,
      supplier: supplier.id,
      amount: cny(20_000),
      line_items: [{ name: '婴儿纸尿裤 L 码 (箱)', quantity: 2, unit_amount: cny(10_000) }],
      escrow: { fulfilment: 'delivery' },
      commission_amount: cny(2_000),
    });
    expect(session.escrow).toEqual({ fulfilment: 'delivery', auto_release_days: 10 });
    const page = createClient({ publishableKey: partner.publishable_key, baseUrl: server.url });
    expect((await page.checkoutSessions.retrieve(session.client_secret)).escrow).toEqual(
      session.escrow,
    );
    await page.checkoutSessions.requestVerificationCode(session.client_secret);
    const { code } = await xinghui.sandbox.retrieveVerificationCode(session.id);
    const paid = await page.checkoutSessions.confirm(session.client_secret, {
      payment_method: 'wallet',
      verification_code: code,
    });
    const id = paid.payment!;
    expect((await xinghui.payments.retrieve(id)).escrow?.status).toBe('held');

    const shipped = await xinghui.payments.ship(id, {
      carrier: '顺丰速运',
      tracking_number: 'SF1',
    });
    expect(shipped.escrow?.auto_release_at).toBe(
      shipped.escrow!.shipment!.shipped_at + 10 * 86_400,
    );
    await xinghui.sandbox.advanceClock({ days: 3 });
    const disputed = await xinghui.payments.dispute(id, { reason: 'goods_not_as_described' });
    expect(disputed.escrow?.auto_release_remaining).toBe(7 * 86_400);
    await expect(
      xinghui.payments.release(id, { reason: 'Agreed with the shop' }),
    ).rejects.toMatchObject({
      code: 'escrow_disputed',
      status: 409,
    });
    await xinghui.payments.refund(id, { amount: cny(5_000) });
    const partial = await xinghui.payments.release(id, {
      amount: cny(5_000),
      reason: 'Part delivered',
    });
    expect(partial.escrow).toMatchObject({ amount_held: cny(10_000), commission_paid: cny(500) });
    await xinghui.payments.dispute(id, { reason: 'other' });
    const closed = await xinghui.payments.closeDispute(id, { resolution: 'release' });
    expect(closed.escrow).toMatchObject({ status: 'released', commission_paid: cny(1_500) });

    const balance = await xinghui.balance.retrieve();
    expect(balance.available).toEqual(cny(1_500));
    expect((await xinghui.suppliers.retrieve(supplier.id)).settlement_account.balance).toEqual(
      cny(13_500),
    );
    const releases = [];
    for await (const txn of xinghui.balanceTransactions.list({
      account: supplier.settlement_account.id,
      limit: 1,
    }))
      releases.push(txn.type);
    expect(releases).toEqual(['escrow_release', 'escrow_release']);
    const { now } = await xinghui.sandbox.retrieveClock();
    const today = new Date((now + 8 * 3600) * 1000).toISOString().slice(0, 10);
    const statement = await xinghui.statements.retrieve(balance.account, { date: today });
    expect(statement).toMatchObject({ opening_balance: cny(0), closing_balance: cny(1_500) });
    const types = (await xinghui.events.list({ limit: 100 })).data.map((event) => event.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'escrow.held',
        'escrow.disputed',
        'escrow.refunded',
        'escrow.released',
      ]),
    );
    expect((await xinghui.sandbox.verifyLedger()).ok).toBe(true);
  });

  it('records consents from the server and from the checkout page, with the bank’s hash', async () => {
    const { shop, session, page } = await checkout();
    const template = await page.consents.retrieveTemplate(session.client_secret, 'credit_query');
    expect(template.title).toBe('征信查询授权书');
    const fromPage = await page.consents.create(session.client_secret, {
      type: 'credit_query',
      template_version: template.version,
      locale: 'zh-CN',
    });
    expect(fromPage).toMatchObject({
      buyer: shop.id,
      session: session.id,
      text_sha256: template.text_sha256,
    });

    const sharing = await xinghui.consents.retrieveTemplate('data_sharing', { locale: 'en' });
    const fromServer = await xinghui.consents.create({
      buyer: shop.id,
      type: 'data_sharing',
      template_version: sharing.version,
      locale: 'en',
    });
    await expect(
      xinghui.consents.create({
        buyer: shop.id,
        type: 'data_sharing',
        template_version: '2020-01-01',
        locale: 'en',
      }),
    ).rejects.toMatchObject({
      constructor: XinghuiInvalidRequestError,
      code: 'consent_template_outdated',
      status: 409,
    });
    const revoked = await xinghui.consents.revoke(fromServer.id);
    expect(revoked.status).toBe('revoked');
    const all = [];
    for await (const consent of xinghui.consents.list({ buyer: shop.id })) all.push(consent.id);
    expect(all).toEqual([fromServer.id, fromPage.id]);
  });

  it('enrols a shop for credit from the checkout page and reads its line from the server', async () => {
    const { shop } = await shopAndSupplier(0);
    const session = await xinghui.checkoutSessions.create({
      buyer: shop.id,
      supplier: (await xinghui.suppliers.list()).data[0]!.id,
      amount: cny(25_800),
      line_items: [{ name: '婴儿纸尿裤 L 码 (箱)', quantity: 1, unit_amount: cny(25_800) }],
    });
    const page = createClient({ publishableKey: partner.publishable_key, baseUrl: server.url });
    await expect(page.credit.retrieveLine(session.client_secret)).rejects.toMatchObject({
      code: 'resource_missing',
    });
    await expect(
      page.credit.apply(session.client_secret, {
        business_name: shop.business_name,
        credit_code: shop.credit_code,
        owner_name: shop.owner_name,
        phone: shop.phone,
        months_trading: 36,
      }),
    ).rejects.toMatchObject({ code: 'consent_required', status: 409 });
    const template = await page.consents.retrieveTemplate(session.client_secret, 'credit_query');
    await page.consents.create(session.client_secret, {
      type: 'credit_query',
      template_version: template.version,
      locale: 'zh-CN',
    });
    const application = await page.credit.apply(session.client_secret, {
      business_name: shop.business_name,
      credit_code: shop.credit_code,
      owner_name: shop.owner_name,
      phone: shop.phone,
      months_trading: 36,
    });
    expect(application.status).toBe('approved');
    const line = await xinghui.creditLines.retrieve(application.credit_line!);
    expect(line.available).toEqual(application.limit);
    expect(await page.credit.retrieveLine(session.client_secret)).toEqual(line);
    expect((await xinghui.creditApplications.retrieve(application.id)).session).toBe(session.id);
  });

  it('pays a supplier on credit: offers, confirm with a term, the loan paid straight to the supplier', async () => {
    const shop = await xinghui.buyers.create({
      business_name: '贝贝母婴生活馆 [limit:30000]',
      credit_code: '91440300708461136T',
      owner_name: '林晓梅',
      phone: '13800138000',
      industry: 'mother_baby',
    });
    const supplier = await xinghui.suppliers.create({
      business_name: '安心母婴用品批发有限公司',
      credit_code: '914403001922038216',
      phone: '13900139000',
      industry: 'mother_baby',
    });
    const template = await xinghui.consents.retrieveTemplate('credit_query');
    await xinghui.consents.create({
      buyer: shop.id,
      type: 'credit_query',
      template_version: template.version,
      locale: 'zh-CN',
    });
    const application = await xinghui.creditApplications.create({
      buyer: shop.id,
      months_trading: 24,
    });
    const session = await xinghui.checkoutSessions.create({
      buyer: shop.id,
      supplier: supplier.id,
      amount: cny(1_000_000),
      payment_methods: ['wallet', 'credit'],
      line_items: [
        { name: '婴幼儿配方奶粉 3 段 800g (箱)', quantity: 4, unit_amount: cny(250_000) },
      ],
    });
    const page = createClient({ publishableKey: partner.publishable_key, baseUrl: server.url });
    const offers = await page.credit.listLoanOffers(session.client_secret);
    const offer = offers.data.find((o) => o.repayment_method === 'pay_anytime' && o.length === 30)!;
    expect(offer.apr).toBe(application.apr);
    expect(offers).toEqual(await xinghui.loans.listOffers(session.id));

    await page.checkoutSessions.requestVerificationCode(session.client_secret);
    const { code } = await xinghui.sandbox.retrieveVerificationCode(session.id);
    const paid = await page.checkoutSessions.confirm(session.client_secret, {
      payment_method: 'credit',
      term: { repayment_method: 'pay_anytime', length: 30 },
      verification_code: code,
    });
    expect(paid.status).toBe('complete');
    expect((await xinghui.suppliers.retrieve(supplier.id)).settlement_account.balance).toEqual(
      cny(1_000_000),
    );
    expect((await xinghui.wallets.retrieve(shop.wallet)).balance).toEqual(cny(0));
    const [loan] = (await xinghui.loans.list({ buyer: shop.id })).data;
    // The loan bills by the offer's schedule; on the loan each instalment also has its status.
    expect(loan!.schedule).toEqual({
      ...offer.schedule,
      installments: offer.schedule.installments.map((i) => ({ ...i, status: 'upcoming' })),
    });
    expect((await xinghui.creditLines.retrieve(application.credit_line!)).available).toEqual(
      cny(2_000_000),
    );

    // 17 days later the shop repays early: interest to date only.
    await xinghui.sandbox.advanceClock({ days: 17 });
    const owed = await xinghui.loans.retrieve(loan!.id);
    await xinghui.wallets.topUp(shop.wallet, { amount: owed.payoff_amount });
    const receipt = await xinghui.loans.repay(loan!.id);
    expect(receipt.interest).toEqual(owed.accrued_interest);
    expect(receipt.principal).toEqual(cny(1_000_000));
    expect((await xinghui.loans.retrieve(loan!.id)).status).toBe('repaid');
    expect((await xinghui.creditLines.retrieve(application.credit_line!)).available).toEqual(
      cny(3_000_000),
    );
    expect((await xinghui.loans.listRepayments(loan!.id)).data).toEqual([receipt]);
    expect((await xinghui.sandbox.verifyLedger()).ok).toBe(true);
  });

  it('reports trade and reviews a limit; revoking data sharing holds it', async () => {
    const { shop, supplier } = await shopAndSupplier(0);
    for (const type of ['credit_query', 'data_sharing'] as const) {
      const { version } = await xinghui.consents.retrieveTemplate(type);
      await xinghui.consents.create({
        buyer: shop.id,
        type,
        template_version: version,
        locale: 'zh-CN',
      });
    }
    const application = await xinghui.creditApplications.create({
      buyer: shop.id,
      months_trading: 36,
    });
    const report = await xinghui.tradeReports.create({
      buyer: shop.id,
      supplier: supplier.id,
      type: 'order',
      order_id: 'PO-1',
      amount: cny(100_000),
    });
    expect((await xinghui.tradeReports.list({ buyer: shop.id })).data).toEqual([report]);
    const review = await xinghui.limitReviews.create({ credit_line: application.credit_line! });
    expect(['raise', 'hold', 'cut']).toContain(review.outcome);
    expect(await xinghui.limitReviews.retrieve(review.id)).toEqual(review);
  });

  it('serves a shop’s “my account” page through a wallet session', async () => {
    const { shop } = await shopAndSupplier(5_000);
    const session = await xinghui.walletSessions.create({ buyer: shop.id });
    const page = createClient({ publishableKey: partner.publishable_key, baseUrl: server.url });
    expect((await page.wallet.retrieve(session.client_secret)).balance).toEqual(cny(5_000));
    expect((await page.wallet.listTransactions(session.client_secret)).data).toHaveLength(1);
    expect((await page.wallet.listLoans(session.client_secret)).data).toEqual([]);
    // The credit line is read with the same call as from a checkout page.
    await expect(page.credit.retrieveLine(session.client_secret)).rejects.toMatchObject({
      code: 'resource_missing',
    });
    await expect(page.checkoutSessions.retrieve(session.client_secret)).rejects.toBeInstanceOf(
      XinghuiPermissionError,
    );
  });

  it('registers a webhook endpoint and verifies what the bank delivers to it', async () => {
    // The partner's own endpoint: a plain node:http server on 127.0.0.1 that keeps the raw body.
    const received: { body: string; headers: IncomingHttpHeaders }[] = [];
    const receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: request.headers });
        response.writeHead(received.length === 1 ? 500 : 200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    try {
      await expect(
        xinghui.webhookEndpoints.create({ url: 'mailto:ops@example.com', enabled_events: ['*'] }),
      ).rejects.toBeInstanceOf(XinghuiInvalidRequestError);
      const endpoint = await xinghui.webhookEndpoints.create({
        url,
        enabled_events: ['checkout_session.expired'],
      });
      const secret = endpoint.secret!;
      expect(secret).toMatch(/^whsec_/);
      expect((await xinghui.webhookEndpoints.retrieve(endpoint.id)).secret).toBeUndefined();
      expect((await xinghui.webhookEndpoints.list()).data.map((e) => e.id)).toEqual([endpoint.id]);

      const { session } = await checkout();
      await xinghui.checkoutSessions.expire(session.id);
      await sandbox.webhooks.idle();
      // The first attempt got a 500: the retry is due 15 s later on the test clock.
      await xinghui.sandbox.advanceClock({ seconds: 15 });
      await sandbox.webhooks.idle();
      expect(received).toHaveLength(2);

      const event = xinghui.webhooks.constructEvent(
        received[1]!.body,
        received[1]!.headers['xinghui-signature'],
        secret,
      );
      expect(event.type).toBe('checkout_session.expired');
      if (event.type === 'checkout_session.expired') expect(event.data.object.id).toBe(session.id);
      expect(received[0]!.headers['xinghui-event-id']).toBe(event.id);
      expect(() =>
        xinghui.webhooks.constructEvent(
          received[1]!.body,
          received[1]!.headers['xinghui-signature'],
          'whsec_wrong',
        ),
      ).toThrow(WebhookSignatureError);

      const { data: deliveries } = await xinghui.webhookEndpoints.listDeliveries(endpoint.id, {
        event: event.id,
      });
      expect(deliveries[0]!.attempts.map((a) => a.response_status)).toEqual([500, 200]);
      await xinghui.webhookEndpoints.resendEvent(event.id, { webhook_endpoint: endpoint.id });
      await sandbox.webhooks.idle();
      expect(received).toHaveLength(3);

      const rotated = await xinghui.webhookEndpoints.rotateSecret(endpoint.id);
      expect(rotated.secret).not.toBe(secret);
      const paused = await xinghui.webhookEndpoints.update(endpoint.id, { disabled: true });
      expect(paused).toMatchObject({ id: endpoint.id, status: 'disabled' });
      await expect(xinghui.webhookEndpoints.update(endpoint.id, {})).rejects.toMatchObject({
        code: 'parameter_invalid',
      });
      expect(await xinghui.webhookEndpoints.del(endpoint.id)).toMatchObject({ deleted: true });
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});

describe('issue 16 through the SDK', () => {
  it("reads, records and returns each loan's own agreement", async () => {
    const { shop, page, creditSession } = await approvedShop();
    const session = await creditSession(1_000_000);
    const term = { repayment_method: 'equal_installment', length: 3 } as const;
    const shown = await page.consents.retrieveTemplate(session.client_secret, 'loan_agreement', {
      locale: 'en',
      term,
    });
    expect(shown.text).toContain('equal instalments, 3 months');
    const byDefault = await page.consents.retrieveTemplate(
      session.client_secret,
      'loan_agreement',
      {
        locale: 'en',
      },
    );
    expect(byDefault.text_sha256).not.toBe(shown.text_sha256);

    await page.checkoutSessions.requestVerificationCode(session.client_secret);
    const { code } = await xinghui.sandbox.retrieveVerificationCode(session.id);
    await page.checkoutSessions.confirm(session.client_secret, {
      payment_method: 'credit',
      term,
      loan_agreement: { template_version: shown.version, locale: 'en' },
      verification_code: code,
    });
    const [loan] = (await xinghui.loans.list({ buyer: shop.id })).data;
    expect(loan!.agreement.text_sha256).toBe(shown.text_sha256);
    const text = await xinghui.loans.retrieveAgreement(loan!.id);
    expect(text).toMatchObject({ format: 'text', content: shown.text, locale: 'en' });
    const html = await xinghui.loans.retrieveAgreement(loan!.id, { format: 'html' });
    expect(html.content).toContain('<h1>Loan agreement (entrusted payment)</h1>');

    const wallet = await xinghui.walletSessions.create({ buyer: shop.id });
    const own = await page.wallet.retrieveLoanAgreement(wallet.client_secret, loan!.id);
    expect(own.text_sha256).toBe(shown.text_sha256);
  });

  it('debits a due date only under the direct-debit consent the wallet page gives and revokes', async () => {
    const { shop, page, creditSession } = await approvedShop(['credit_query'], 5_000_000);
    const borrow = async () => {
      const session = await creditSession(1_000_000);
      await page.checkoutSessions.requestVerificationCode(session.client_secret);
      const { code } = await xinghui.sandbox.retrieveVerificationCode(session.id);
      await page.checkoutSessions.confirm(session.client_secret, {
        payment_method: 'credit',
        term: { repayment_method: 'pay_anytime', length: 30 },
        verification_code: code,
      });
      return (await xinghui.loans.list({ buyer: shop.id, limit: 1 })).data[0]!;
    };
    // No authorisation: nothing is debited on the due date, and the bank says why.
    const first = await borrow();
    await xinghui.sandbox.advanceClock({ days: 30 });
    expect(await xinghui.loans.retrieve(first.id)).toMatchObject({
      status: 'active',
      debit_failure_code: 'no_direct_debit_authorisation',
    });
    const [failed] = (await xinghui.events.list({ type: 'repayment.failed' })).data;
    expect(failed?.type === 'repayment.failed' && failed.data.object.debit_failure_code).toBe(
      'no_direct_debit_authorisation',
    );
    await xinghui.loans.repay(first.id);

    // The wallet page gives it (the page SDK's consents), and the next due date is debited.
    let wallet = await xinghui.walletSessions.create({ buyer: shop.id });
    const template = await page.consents.retrieveTemplate(wallet.client_secret, 'direct_debit');
    const given = await page.consents.create(wallet.client_secret, {
      type: 'direct_debit',
      template_version: template.version,
      locale: 'zh-CN',
    });
    expect(given).toMatchObject({
      type: 'direct_debit',
      status: 'active',
      text_sha256: template.text_sha256,
    });
    const second = await borrow();
    await xinghui.sandbox.advanceClock({ days: 30 });
    expect(await xinghui.loans.retrieve(second.id)).toMatchObject({
      status: 'repaid',
      debit_failure_code: null,
    });

    // Revoked from the wallet page: the next loan is not debited.
    wallet = await xinghui.walletSessions.create({ buyer: shop.id });
    expect(await page.consents.revoke(wallet.client_secret, 'direct_debit')).toMatchObject({
      id: given.id,
      status: 'revoked',
    });
    await expect(page.consents.revoke(wallet.client_secret, 'direct_debit')).rejects.toMatchObject({
      code: 'resource_missing',
    });
    const third = await borrow();
    await xinghui.sandbox.advanceClock({ days: 30 });
    expect((await xinghui.loans.retrieve(third.id)).debit_failure_code).toBe(
      'no_direct_debit_authorisation',
    );
  });
});
