// The pay button's credit path (its controller and templates) is a module of its own that it
// imports only for a session that may be paid on credit. Its own test file: each file runs in
// a fresh page, so no other test has loaded the module first.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { newCheckout, type Checkout } from '../../testing/sandbox-commands.js';
import type { XhPayButton } from './pay-button.component.js';
import './pay-button.js';

async function mount(checkout: Checkout): Promise<XhPayButton> {
  const element = await fixture<XhPayButton>(
    html`<xh-pay-button
      client-secret=${checkout.clientSecret}
      publishable-key=${checkout.publishableKey}
      api-base=${checkout.apiBase}
    ></xh-pay-button>`,
  );
  await waitUntil(() => element.state !== 'loading', 'the session did not load', { timeout: 5000 });
  return element;
}

// The test runner's page loads hundreds of modules: the default buffer (250) would be full.
performance.setResourceTimingBufferSize(10_000);

/** Whether the page has requested the credit path's module. */
const creditPathLoaded = () =>
  performance
    .getEntriesByType('resource')
    .some((entry) => /pay-button\.credit\.(ts|js)/.test(entry.name));

describe('<xh-pay-button> credit path', function () {
  this.timeout(15_000);

  it('is not loaded for a wallet-only session, and is loaded for a session with credit', async () => {
    const walletOnly = await mount(await newCheckout({ line: 30_000 }));
    expect(walletOnly.state).to.equal('ready');
    expect(creditPathLoaded()).to.equal(false);

    const credit = ['wallet', 'credit'] as ('wallet' | 'credit')[];
    const element = await mount(await newCheckout({ paymentMethods: credit, line: 30_000 }));
    expect(element.shadowRoot!.querySelectorAll('[part="method"]').length).to.equal(2);
    expect(creditPathLoaded()).to.equal(true);
  });
});
