// The test a partner copies: its own backend code (checkout.ts) against @xinghui/mock, with
// vitest and msw. No sandbox server, no port: the real bank engine answers inside msw.
import { createMockBank, type MockPartner } from '@xinghui/mock';
import { createClient } from '@xinghui/sdk';
import { Xinghui } from '@xinghui/sdk/server';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { paidOrderOf, startCheckout, type Order } from './checkout.js';

const mock = createMockBank(); // answers at the SDK's default address
const server = setupServer(...mock.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  server.close();
  mock.close();
});

let partner: MockPartner;
let xinghui: Xinghui;
beforeEach(async () => {
  partner = await mock.createPartner(); // fresh keys and state for every test
  xinghui = new Xinghui({ secretKey: partner.secretKey });
});

function orderFor(buyer: string, supplier: string): Order {
  return {
    id: 'ord_1001',
    buyer,
    supplier,
    lines: [{ name: '婴儿纸尿裤 L 码 (箱)', quantity: 2, unitAmountFen: 12_900 }],
  };
}

it('opens a session for the order, and the shop pays it from its wallet', async () => {
  const { shop, supplier } = await partner.seedShop({ walletBalance: 100_000, creditLine: false });
  const checkout = await startCheckout(xinghui, orderFor(shop.id, supplier.id));
  expect(checkout.amountFen).toBe(25_800);

  // What the checkout page does (here with the SDK's page client, as <xh-pay-button> would).
  const page = createClient({ publishableKey: partner.publishableKey });
  await page.checkoutSessions.requestVerificationCode(checkout.clientSecret);
  const paid = await page.checkoutSessions.confirm(checkout.clientSecret, {
    payment_method: 'wallet',
    verification_code: await partner.verificationCode(checkout.sessionId),
  });
  expect(paid.status).toBe('complete');
  expect((await xinghui.wallets.retrieve(shop.wallet)).balance.amount).toBe(100_000 - 25_800);
});

it('marks the order paid from the signed webhook, and ignores a forged one', async () => {
  const endpoint = await xinghui.webhookEndpoints.create({
    url: 'https://platform.example.com/webhooks/xinghui',
    enabled_events: ['checkout_session.completed'],
  });
  const { shop, supplier } = await partner.seedShop(); // a 20,000 yuan credit line
  const checkout = await startCheckout(xinghui, orderFor(shop.id, supplier.id));
  const page = createClient({ publishableKey: partner.publishableKey });
  await page.checkoutSessions.requestVerificationCode(checkout.clientSecret);
  await page.checkoutSessions.confirm(checkout.clientSecret, {
    payment_method: 'credit',
    term: { repayment_method: 'pay_anytime', length: 30 },
    verification_code: await partner.verificationCode(checkout.sessionId),
  });

  await mock.idle(); // the bank sends webhooks after the call that caused them
  const delivery = mock.webhookDeliveries.find(
    (caught) => caught.event.type === 'checkout_session.completed',
  )!;
  const signature = delivery.headers['xinghui-signature']!;
  expect(paidOrderOf(xinghui, delivery.body, signature, endpoint.secret!)).toBe('ord_1001');
  expect(() =>
    paidOrderOf(
      xinghui,
      delivery.body.replace('ord_1001', 'ord_9999'),
      signature,
      endpoint.secret!,
    ),
  ).toThrow(/signature/i);
});

it('refuses an order it cannot price, before calling the bank', async () => {
  const order = { ...orderFor('buy_x', 'sup_x'), lines: [] };
  await expect(startCheckout(xinghui, order)).rejects.toThrow(RangeError);
  expect((await xinghui.checkoutSessions.list()).data).toEqual([]);
});
