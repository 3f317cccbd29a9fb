/**
 * The wallet's secondary views come with `import()` when the shop opens one (LazyView): here,
 * in a real browser against the sandbox bank, a view whose code does not arrive is the network
 * failure, with a retry that opens it; the account never shows a half-drawn view meanwhile.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient } from '@xinghui/sdk';
import { LazyView } from '../../controllers/lazy-view.js';
import { codeFor, newPartner, server } from '../../testing/sandbox-commands.js';
import type { XhCreditWallet } from './credit-wallet.component.js';
import './credit-wallet.js';

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });

/** A shop with a line and one loan (an order paid on credit), and its wallet session. */
async function shopWithLoan() {
  const w = await newPartner({ topUp: 0 });
  for (const type of ['credit_query', 'data_sharing']) {
    await server(w, 'POST', '/v1/consents', {
      buyer: w.buyer,
      type,
      template_version: '2026-11-01',
      locale: 'zh-CN',
    });
  }
  await server(w, 'POST', '/v1/credit_applications', { buyer: w.buyer, months_trading: 36 });
  const checkout = await server<{ id: string; client_secret: string }>(
    w,
    'POST',
    '/v1/checkout_sessions',
    {
      buyer: w.buyer,
      supplier: w.supplier,
      amount: cny(100_000),
      payment_methods: ['credit'],
      line_items: [{ name: '婴幼儿配方奶粉 (箱)', quantity: 1, unit_amount: cny(100_000) }],
    },
  );
  const page = createClient({ publishableKey: w.publishableKey, baseUrl: w.apiBase });
  await page.checkoutSessions.requestVerificationCode(checkout.client_secret);
  await page.checkoutSessions.confirm(checkout.client_secret, {
    payment_method: 'credit',
    term: { repayment_method: 'pay_anytime', length: 30 },
    verification_code: await codeFor(w, checkout.id),
  });
  const session = await server<{ client_secret: string }>(w, 'POST', '/v1/wallet_sessions', {
    buyer: w.buyer,
  });
  return { ...w, clientSecret: session.client_secret };
}

const whenState = (element: XhCreditWallet, state: string) =>
  waitUntil(() => element.state === state, `never reached ${state} (${element.state})`, {
    timeout: 5000,
  });
const part = (element: HTMLElement, name: string) =>
  element.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${name}"]`);

describe('<xh-credit-wallet> views loaded on demand', function () {
  this.timeout(20_000);

  it('shows a view whose code did not arrive as the network failure, and its retry opens it', async () => {
    const w = await shopWithLoan();
    const element = await fixture<XhCreditWallet>(
      html`<xh-credit-wallet
        client-secret=${w.clientSecret}
        publishable-key=${w.publishableKey}
        api-base=${w.apiBase}
      ></xh-credit-wallet>`,
    );
    await whenState(element, 'ready');
    // The views' code as a page that lost the network first sees it: the first import fails.
    let imports = 0;
    const views = new LazyView(element, () =>
      ++imports === 1
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
        : import('./credit-wallet.details.view.js'),
    );
    Object.defineProperty(element, 'views', { value: views });

    part(element, 'loan-details')!.click();
    await whenState(element, 'network-error');
    expect(part(element, 'loan-detail')).to.equal(null);
    expect(element.shadowRoot!.querySelector('.outcome h2')!.textContent).to.contain('网络');
    element.shadowRoot!.querySelector<HTMLButtonElement>('.outcome button')!.click();
    await whenState(element, 'loan');
    await waitUntil(() => part(element, 'loan-detail'), 'the detail never showed');
    expect(part(element, 'schedule')).to.not.equal(null);
    expect(imports).to.equal(2);
  });
});
