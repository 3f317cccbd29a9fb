import { expect, fixture, html } from '@open-wc/testing';
import { API_VERSION, API_VERSION_HEADER, CLIENT_SECRET_HEADER } from '@xinghui/contract';
import { clientFor } from '../configure.js';
import { readAccount } from '../components/credit-wallet/credit-wallet.account.js';
import { readConsentTexts } from '../controllers/enrolment-consents.js';
import { sharedRegistry } from '../registry.js';
import { newCheckout, newPartner, server } from '../testing/sandbox-commands.js';
import { EARLY_HEADERS, readEarly } from './early-reads.js';

/** Every request the page sends from here on, by URL. */
function countRequests() {
  const real = window.fetch;
  const urls: string[] = [];
  window.fetch = (input, init) => {
    urls.push(String(input));
    return real(input, init);
  };
  return { urls, restore: () => (window.fetch = real) };
}

/** An element as the page has it before its component's code arrives (no tag is defined here). */
function tag(name: string, attributes: Record<string, string>): Element {
  const element = document.createElement(name);
  for (const [attribute, value] of Object.entries(attributes)) {
    element.setAttribute(attribute, value);
  }
  return element;
}

describe('the loader reads a session before its component is here', () => {
  let requests: ReturnType<typeof countRequests>;
  beforeEach(() => {
    sharedRegistry().early.clear();
    requests = countRequests();
  });
  afterEach(() => requests.restore());

  it('hands the session it read to the component’s client, once', async () => {
    const checkout = await newCheckout();
    const attributes = {
      'client-secret': checkout.clientSecret,
      'publishable-key': checkout.publishableKey,
      'api-base': checkout.apiBase,
    };
    readEarly(tag('xh-pay-button', attributes));
    expect(requests.urls).to.deep.equal([`${checkout.apiBase}/v1/client/checkout_session`]);
    const client = clientFor(checkout.publishableKey, checkout.apiBase);
    const session = await client.checkoutSessions.retrieve(checkout.clientSecret);
    expect(session.id).to.equal(checkout.sessionId);
    expect(requests.urls).to.have.length(1); // the early answer, not a second request
    expect(sharedRegistry().early.size).to.equal(0);
    await client.checkoutSessions.retrieve(checkout.clientSecret);
    expect(requests.urls).to.have.length(2); // a later read asks the bank again
  });

  it('reads what the wallet reads, with the SDK’s own headers', async () => {
    expect(EARLY_HEADERS.version).to.deep.equal([API_VERSION_HEADER, API_VERSION]);
    expect(EARLY_HEADERS.secret).to.equal(CLIENT_SECRET_HEADER);
    const partner = await newPartner();
    const { client_secret } = await server<{ client_secret: string }>(
      partner,
      'POST',
      '/v1/wallet_sessions',
      { buyer: partner.buyer },
    );
    readEarly(
      tag('xh-credit-wallet', {
        'client-secret': client_secret,
        'publishable-key': partner.publishableKey,
        'api-base': partner.apiBase,
      }),
    );
    expect(requests.urls).to.have.length(4);
    const client = clientFor(partner.publishableKey, partner.apiBase);
    const account = await readAccount(client, client_secret, new AbortController().signal);
    expect(account.line).to.equal(null); // a shop without a line: no fifth read
    expect(requests.urls).to.have.length(4);
    expect(sharedRegistry().early.size).to.equal(0);
  });

  it('reads the consent texts a loan’s enrolment form shows, with its session', async () => {
    const checkout = await newCheckout({ paymentMethods: ['credit'] });
    const holder = document.createElement('div');
    holder.lang = 'en';
    const element = tag('xh-one-click-loan', {
      'client-secret': checkout.clientSecret,
      'publishable-key': checkout.publishableKey,
      'api-base': checkout.apiBase,
    });
    holder.append(element);
    readEarly(element);
    // The session, and the three texts in the page's language, all at once.
    expect(requests.urls).to.have.length(4);
    expect(requests.urls.slice(1).every((url) => url.endsWith('?locale=en'))).to.equal(true);
    const client = clientFor(checkout.publishableKey, checkout.apiBase);
    const session = await client.checkoutSessions.retrieve(checkout.clientSecret);
    expect(session.credit).to.equal(null); // a shop without a line: the enrolment form
    const signal = new AbortController().signal;
    const texts = await readConsentTexts(client, checkout.clientSecret, 'en', signal);
    expect(texts.map((text) => [text.type, text.template.locale])).to.deep.equal([
      ['credit_query', 'en'],
      ['data_sharing', 'en'],
      ['direct_debit', 'en'],
    ]);
    expect(requests.urls).to.have.length(4); // each read the component made was answered early
    expect(sharedRegistry().early.size).to.equal(0);
  });

  it('gives the bank’s refusal as the same typed error as without it', async () => {
    const checkout = await newCheckout();
    const unknown = `cs_${'a'.repeat(16)}_secret_${'b'.repeat(24)}`;
    const client = clientFor(checkout.publishableKey, checkout.apiBase);
    const direct = await client.checkoutSessions.retrieve(unknown).catch((e: unknown) => e);
    readEarly(
      tag('xh-pay-button', {
        'client-secret': unknown,
        'publishable-key': checkout.publishableKey,
        'api-base': checkout.apiBase,
      }),
    );
    const early = await client.checkoutSessions.retrieve(unknown).catch((e: unknown) => e);
    expect(requests.urls).to.have.length(2); // one each: the second was the early answer
    expect(early).to.be.instanceOf((direct as object).constructor);
    expect((early as { code: string }).code).to.equal((direct as { code: string }).code);
    expect((early as { status: number }).status).to.equal((direct as { status: number }).status);
  });

  it('never hands one session’s answer to another session’s read', async () => {
    const [first, second] = await Promise.all([newCheckout(), newCheckout()]);
    readEarly(
      tag('xh-pay-button', {
        'client-secret': first.clientSecret,
        'publishable-key': first.publishableKey,
        'api-base': first.apiBase,
      }),
    );
    const client = clientFor(second.publishableKey, second.apiBase);
    const session = await client.checkoutSessions.retrieve(second.clientSecret);
    expect(session.id).to.equal(second.sessionId);
    expect(requests.urls).to.have.length(2);
    expect(sharedRegistry().early.size).to.equal(1); // the first's, still waiting for its own
  });

  it('asks nothing where the component would call another bank, or nothing at all', async () => {
    const checkout = await newCheckout();
    const secret = checkout.clientSecret;
    const key = checkout.publishableKey;
    // No address of its own and no configure(): the default is not guessed.
    readEarly(tag('xh-pay-button', { 'client-secret': secret, 'publishable-key': key }));
    // Inside a provider that gives it its client.
    const provider = await fixture(
      html`<xh-provider publishable-key=${key} api-base=${checkout.apiBase}
        ><xh-pay-button client-secret=${secret}></xh-pay-button
      ></xh-provider>`,
    );
    readEarly(provider.querySelector('xh-pay-button')!);
    // Not a client secret, or a secret key.
    const base = { 'publishable-key': key, 'api-base': checkout.apiBase };
    readEarly(tag('xh-pay-button', { ...base, 'client-secret': 'cs_nope' }));
    readEarly(
      tag('xh-pay-button', { ...base, 'client-secret': secret, 'publishable-key': 'sk_test_x' }),
    );
    // A tag whose code is here: it reads by itself.
    customElements.define('xh-credit-wallet', class extends HTMLElement {});
    readEarly(tag('xh-credit-wallet', { ...base, 'client-secret': secret }));
    expect(requests.urls).to.deep.equal([]);
  });
});
