import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ClientConsumer, ClientProvider, clientContext, type ClientResolver } from './context.js';

/** A component's side: records every client it was given. */
class XhConsumerTest extends LitElement {
  readonly given: (ClientResolver | undefined)[] = [];
  constructor() {
    super();
    new ClientConsumer(this, (value) => this.given.push(value));
  }
}
customElements.define('xh-consumer-test', XhConsumerTest);

/** A provider's side, as `<xh-provider>` uses it. */
class XhProviderTest extends LitElement {
  readonly provider = new ClientProvider(this);
  protected override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('xh-provider-test', XhProviderTest);

/** Stands for a client: the tests only compare which one arrived. */
const resolver = (name: string) => Object.assign(() => ({}) as never, { client: name });

describe('the client context', () => {
  it('gives a component inside a provider the value and every new one, until it leaves', async () => {
    const provider = await fixture<XhProviderTest>(html`<xh-provider-test></xh-provider-test>`);
    const [first, second, third] = [resolver('1'), resolver('2'), resolver('3')];
    provider.provider.setValue(first);
    const consumer = document.createElement('xh-consumer-test') as XhConsumerTest;
    provider.append(consumer);
    expect(consumer.given).to.deep.equal([first]);
    provider.provider.setValue(second);
    provider.provider.setValue(second); // the same value: not told again
    expect(consumer.given).to.deep.equal([first, second]);
    consumer.remove();
    provider.provider.setValue(third);
    expect(consumer.given).to.deep.equal([first, second]);
  });

  it('moves the components inside a provider that upgrades later to it, and keeps the others', async () => {
    const outer = await fixture<XhProviderTest>(html`
      <xh-provider-test>
        <xh-consumer-test id="outside"></xh-consumer-test>
        <xh-provider-late-test
          ><xh-consumer-test id="inside"></xh-consumer-test
        ></xh-provider-late-test>
      </xh-provider-test>
    `);
    const [outerValue, newer] = [resolver('outer'), resolver('newer')];
    outer.provider.setValue(outerValue);
    const outside = outer.querySelector<XhConsumerTest>('#outside')!;
    const inside = outer.querySelector<XhConsumerTest>('#inside')!;
    expect(inside.given.at(-1)).to.equal(outerValue);
    // The inner provider's code arrives after the components' (as the CDN loader may load it).
    customElements.define('xh-provider-late-test', class extends XhProviderTest {});
    const inner = outer.querySelector<XhProviderTest>('xh-provider-late-test')!;
    expect(inside.given.at(-1)).to.equal(undefined); // the inner one has no value yet
    const innerValue = resolver('inner');
    inner.provider.setValue(innerValue);
    expect(inside.given.at(-1)).to.equal(innerValue);
    outer.provider.setValue(newer);
    expect(outside.given.at(-1)).to.equal(newer);
    expect(inside.given.at(-1)).to.equal(innerValue); // no longer the outer provider's
  });

  it("speaks the community protocol: `context-request` events from other code, and others' providers", async () => {
    const provider = await fixture<XhProviderTest>(html`<xh-provider-test></xh-provider-test>`);
    const value = resolver('1');
    provider.provider.setValue(value);
    // What `@lit/context`'s ContextConsumer dispatches for the exported key, without subscribing.
    const asker = provider.appendChild(document.createElement('span'));
    const answers: unknown[] = [];
    asker.dispatchEvent(
      Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
        context: clientContext,
        contextTarget: asker,
        callback: (answer: unknown) => answers.push(answer),
        subscribe: false,
      }),
    );
    expect(answers).to.deep.equal([value]);

    // A provider of the page's own answers our component's request.
    const page = await fixture(html`<div></div>`);
    const theirs = resolver('theirs');
    page.addEventListener('context-request', (event) => {
      const request = event as Event & { context: unknown; callback: (v: unknown) => void };
      if (request.context !== clientContext) return;
      event.stopPropagation();
      request.callback(theirs);
    });
    const consumer = page.appendChild(document.createElement('xh-consumer-test')) as XhConsumerTest;
    expect(consumer.given).to.deep.equal([theirs]);
  });
});
