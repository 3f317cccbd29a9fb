// @xinghui/mock in Node: the SDK's server and page clients against msw's setupServer, with the
// real sandbox engine answering in this process. No port is opened; `onUnhandledRequest:
// 'error'` proves every call the SDK made was answered by the mock.
import { createMockBank, type MockBank, type MockPartner } from '@xinghui/mock';
import { createClient } from '@xinghui/sdk';
import { Xinghui, XinghuiPaymentError } from '@xinghui/sdk/server';
import type { EventType } from '@xinghui/contract';
import { setupServer, type SetupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

let mock: MockBank;
let server: SetupServer;
let partner: MockPartner;
let xinghui: Xinghui;
let page: ReturnType<typeof createClient>;

// A frozen wall clock (now, so that webhook signatures are fresh): only advanceClock moves time.
const NOW = Date.now();

beforeAll(() => {
  mock = createMockBank({ clock: () => NOW });
  server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => {
  server.close();
  mock.close();
});
beforeEach(async () => {
  partner = await mock.createPartner();
  // No baseUrl: the mock answers at the SDK's default address.
  xinghui = new Xinghui({ secretKey: partner.secretKey, initialRetryDelayMs: 5 });
  page = createClient({ publishableKey: partner.publishableKey });
});

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });

async function session(amount: number, payment_methods: ('wallet' | 'credit')[] = ['wallet']) {
  const { shop, supplier, creditLine } = await partner.seedShop({ walletBalance: 100_000 });
  const made = await xinghui.checkoutSessions.create({
    buyer: shop.id,
    supplier: supplier.id,
    amount: cny(amount),
    payment_methods,
    line_items: [{ name: '婴儿纸尿裤 L 码 (箱)', quantity: 1, unit_amount: cny(amount) }],
  });
  return { shop, supplier, creditLine, session: made };
}

describe('@xinghui/mock under msw setupServer', () => {
  it('pays a checkout session from the wallet with the code it reads', async () => {
    const { shop, supplier, session: cs } = await session(25_800);
    await page.checkoutSessions.requestVerificationCode(cs.client_secret);
    const code = await partner.verificationCode(cs.id);
    expect(code).toMatch(/^\d{6}$/);
    const paid = await page.checkoutSessions.confirm(cs.client_secret, {
      payment_method: 'wallet',
      verification_code: code,
    });
    expect(paid.status).toBe('complete');
    expect((await xinghui.wallets.retrieve(shop.wallet)).balance).toEqual(cny(74_200));
    expect((await xinghui.suppliers.retrieve(supplier.id)).settlement_account.balance).toEqual(
      cny(25_800),
    );
    expect((await partner.events('payment.succeeded')).map((e) => e.type)).toEqual([
      'payment.succeeded',
    ]);
  });

  it('refuses a wrong code with the SDK’s typed error, and moves no money', async () => {
    const { shop, session: cs } = await session(25_800);
    await page.checkoutSessions.requestVerificationCode(cs.client_secret);
    const refused = page.checkoutSessions.confirm(cs.client_secret, {
      payment_method: 'wallet',
      verification_code: '000000',
    });
    await expect(refused).rejects.toBeInstanceOf(XinghuiPaymentError);
    await expect(refused).rejects.toMatchObject({ code: 'verification_code_invalid' });
    expect((await xinghui.wallets.retrieve(shop.wallet)).balance).toEqual(cny(100_000));
  });

  it('pays on the seeded credit line, then the clock reaches the due date', async () => {
    const { shop, creditLine, session: cs } = await session(1_000_000, ['credit']);
    expect(creditLine).toMatchObject({ status: 'active', available: cny(2_000_000) });
    await page.checkoutSessions.requestVerificationCode(cs.client_secret);
    const paid = await page.checkoutSessions.confirm(cs.client_secret, {
      payment_method: 'credit',
      term: { repayment_method: 'pay_anytime', length: 30 },
      verification_code: await partner.verificationCode(cs.id),
    });
    expect(paid.status).toBe('complete');
    const [loan] = (await xinghui.loans.list({ buyer: shop.id })).data;
    expect(loan).toMatchObject({ status: 'active', principal: cny(1_000_000) });
    expect((await xinghui.creditLines.retrieve(creditLine!.id)).available).toEqual(cny(1_000_000));

    const clock = await partner.advanceClock({ days: 30 });
    expect(clock.offset_seconds).toBe(30 * 86_400);
    // The shop authorised no direct debit: on the due date the bank takes nothing.
    expect((await partner.events('repayment.failed')).length).toBe(1);
    expect((await xinghui.loans.retrieve(loan!.id)).status).not.toBe('repaid');
  });

  it('fires the sandbox’s trigger recipes, and catches the signed webhooks it sends', async () => {
    const endpoint = await xinghui.webhookEndpoints.create({
      url: 'https://partner.example.com/webhooks',
      enabled_events: ['payment.refunded'],
    });
    const before = mock.webhookDeliveries.length;
    const { event, created } = await partner.trigger('payment.refunded');
    expect(created.map((made) => made.object)).toEqual(
      expect.arrayContaining(['buyer', 'supplier', 'checkout_session', 'payment']),
    );
    await mock.idle();
    const caught = mock.webhookDeliveries.slice(before);
    expect(caught.map((delivery) => delivery.event.id)).toEqual([event]);
    const verified = xinghui.webhooks.constructEvent(
      caught[0]!.body,
      caught[0]!.headers['xinghui-signature']!,
      endpoint.secret!,
    );
    expect(verified).toMatchObject({ id: event, type: 'payment.refunded' });
    expect(caught[0]!.url).toBe('https://partner.example.com/webhooks');
  });

  it('runs a clock trigger (loan.overdue) on the partner’s own test clock', async () => {
    const other = await mock.createPartner();
    await partner.trigger('loan.overdue');
    expect((await partner.events('loan.overdue')).length).toBe(1);
    expect(await other.events()).toEqual([]);
  });

  it('gives clear errors for bad input and changes nothing', async () => {
    expect(() => createMockBank({ baseUrl: 'ftp://bank.test' })).toThrow(TypeError);
    expect(() => createMockBank({ baseUrl: 'http://127.0.0.1:4400/v1' })).toThrow(/no path/);
    await expect(partner.trigger('payment.succeded' as EventType)).rejects.toThrow(TypeError);
    await expect(partner.seedShop({ walletBalance: -1 })).rejects.toThrow(TypeError);
    await expect(partner.seedShop({ walletBalance: 1.5 })).rejects.toThrow(TypeError);
    await expect(partner.advanceClock({ days: -1 })).rejects.toMatchObject({
      code: 'parameter_invalid',
    });
    await expect(partner.verificationCode('cs_missing')).rejects.toMatchObject({
      code: 'parameter_invalid',
    });
    await expect(mock.createPartner({ name: '' })).rejects.toMatchObject({
      code: 'parameter_invalid',
    });
    expect(await partner.events()).toEqual([]);
    expect((await xinghui.buyers.list()).data).toEqual([]);
  });

  it('says when no code was sent for a session yet', async () => {
    const { session: cs } = await session(25_800);
    await expect(partner.verificationCode(cs.id)).rejects.toMatchObject({
      code: 'resource_missing',
      status: 404,
    });
  });
});
