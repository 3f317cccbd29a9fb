// @xinghui/mock in the browser: msw's setupWorker with the real sandbox engine running in this
// page, under the runner's strict CSP (no 'unsafe-eval'), and <xh-pay-button> paying through
// it. Nothing listens at the mock's address: a call the mock did not answer would fail.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createMockBank, type MockBank, type MockPartner } from '@xinghui/mock';
import type { CheckoutSession, Wallet } from '@xinghui/contract';
import type { XhPayButton } from '@xinghui/elements';
import '@xinghui/elements/define/pay-button.js';
import { setupWorker, type SetupWorker } from 'msw/browser';

// A port nothing listens on: only the service worker can answer there.
const BASE_URL = 'http://127.0.0.1:4499';

let mock: MockBank;
let worker: SetupWorker;
let partner: MockPartner;

/** A call of the partner's server: in-process, as a backend (no Origin, so the secret key is allowed). */
async function server<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await mock.fetch(`${mock.baseUrl}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${partner.secretKey}`,
      'Content-Type': 'application/json',
      ...(method === 'POST' ? { 'Idempotency-Key': crypto.randomUUID() } : {}),
    },
    body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${await response.text()}`);
  return (await response.json()) as T;
}

const part = (element: XhPayButton, name: string) =>
  element.shadowRoot!.querySelector<HTMLElement & { value?: string }>(`[part="${name}"]`)!;

describe('@xinghui/mock under msw setupWorker', () => {
  before(async () => {
    mock = createMockBank({ baseUrl: BASE_URL });
    worker = setupWorker(...mock.handlers);
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  });
  after(async () => {
    worker.stop();
    mock.close();
    // The next test file's page must not find this worker installed.
    for (const registration of await navigator.serviceWorker.getRegistrations()) {
      await registration.unregister();
    }
  });
  beforeEach(async () => {
    partner = await mock.createPartner();
  });

  it('runs the engine in the page: a partner, a shop, a code, the clock', async () => {
    const { shop, creditLine } = await partner.seedShop({ walletBalance: 5_000 });
    expect(creditLine?.available).to.deep.equal({ amount: 2_000_000, currency: 'CNY' });
    const wallet = await server<Wallet>('GET', `/v1/wallets/${shop.wallet}`);
    expect(wallet.balance.amount).to.equal(5_000);
    expect((await partner.advanceClock({ days: 2 })).offset_seconds).to.equal(2 * 86_400);
    expect((await partner.trigger('payment.succeeded')).event).to.match(/^evt_/);
  });

  it('lets <xh-pay-button> pay a checkout session through the service worker', async () => {
    const { shop, supplier } = await partner.seedShop({
      walletBalance: 100_000,
      creditLine: false,
    });
    const session = await server<CheckoutSession>('POST', '/v1/checkout_sessions', {
      buyer: shop.id,
      supplier: supplier.id,
      amount: { amount: 25_800, currency: 'CNY' },
      line_items: [
        {
          name: '婴儿纸尿裤 L 码 (箱)',
          quantity: 1,
          unit_amount: { amount: 25_800, currency: 'CNY' },
        },
      ],
    });
    const element = await fixture<XhPayButton>(
      html`<xh-pay-button
        client-secret=${session.client_secret!}
        publishable-key=${partner.publishableKey}
        api-base=${BASE_URL}
        lang="zh-CN"
      ></xh-pay-button>`,
    );
    await waitUntil(() => element.state === 'ready', 'the session did not load', { timeout: 5000 });
    expect(part(element, 'amount').textContent).to.equal('¥258.00');

    part(element, 'pay').click();
    await waitUntil(() => element.state === 'code', 'no code step', { timeout: 5000 });
    (part(element, 'code-input') as HTMLInputElement).value = await partner.verificationCode(
      session.id,
    );
    const succeeded = oneEvent(element, 'xh-payment-succeeded');
    part(element, 'confirm').click();
    const { detail } = await succeeded;
    expect(detail.paymentId).to.match(/^pay_/);
    const wallet = await server<Wallet>('GET', `/v1/wallets/${shop.wallet}`);
    expect(wallet.balance.amount).to.equal(100_000 - 25_800);
    expect((await partner.events('payment.succeeded')).length).to.equal(1);
  });
});
