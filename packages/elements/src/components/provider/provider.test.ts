import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient } from '@xinghui/sdk';
import { newCheckout } from '../../testing/sandbox-commands.js';
import type { XhPayButton } from '../pay-button/pay-button.component.js';
import '../pay-button/pay-button.js';
import './provider.js';

async function settled(host: Element): Promise<XhPayButton> {
  const button = host.querySelector('xh-pay-button')!;
  await waitUntil(() => button.state !== 'loading', 'the session did not load', { timeout: 5000 });
  return button;
}

describe('<xh-provider>', () => {
  it('gives the components inside it their publishable key and the bank address', async () => {
    const checkout = await newCheckout();
    const provider = await fixture(html`
      <xh-provider publishable-key=${checkout.publishableKey} api-base=${checkout.apiBase}>
        <section><xh-pay-button client-secret=${checkout.clientSecret}></xh-pay-button></section>
      </xh-provider>
    `);
    expect((await settled(provider)).state).to.equal('ready');
    await expect(provider).to.be.accessible();
  });

  it('passes on a client the page built itself', async () => {
    const checkout = await newCheckout();
    const client = createClient({
      publishableKey: checkout.publishableKey,
      baseUrl: checkout.apiBase,
    });
    const provider = await fixture(html`
      <xh-provider .client=${client}>
        <xh-pay-button client-secret=${checkout.clientSecret}></xh-pay-button>
      </xh-provider>
    `);
    expect((await settled(provider)).state).to.equal('ready');
  });

  it("lets a component's own key win over the provider's", async () => {
    const checkout = await newCheckout();
    const provider = await fixture(html`
      <xh-provider publishable-key="pk_test_someoneElse0123456789">
        <xh-pay-button
          client-secret=${checkout.clientSecret}
          publishable-key=${checkout.publishableKey}
          api-base=${checkout.apiBase}
        ></xh-pay-button>
      </xh-provider>
    `);
    expect((await settled(provider)).state).to.equal('ready');
  });

  it('turns a secret key on the provider into each component’s setup error', async () => {
    const checkout = await newCheckout();
    const provider = await fixture(html`
      <xh-provider publishable-key="sk_test_0123456789abcdefABCDEF" api-base=${checkout.apiBase}>
        <xh-pay-button client-secret=${checkout.clientSecret}></xh-pay-button>
      </xh-provider>
    `);
    const button = await settled(provider);
    expect(button.state).to.equal('error');
    expect(button.shadowRoot!.textContent).to.contain('付款组件配置有误');
  });
});
