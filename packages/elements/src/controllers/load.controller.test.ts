import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LoadController } from './load.controller.js';

/** A read the test answers when it says so, with the signal each run was given. */
interface Pending {
  key: string;
  signal: AbortSignal;
  resolve: (value: string) => void;
  reject: (error: unknown) => void;
}

/** The smallest host: one property the load depends on, one it does not. */
class XhLoadTest extends LitElement {
  static override properties = { key: {}, other: {} };
  declare key: string;
  declare other: string;
  readonly pending: Pending[] = [];
  readonly loaded: string[] = [];
  readonly failed: unknown[] = [];
  renders = 0;
  readonly load = new LoadController(this, {
    args: () => [this.key] as const,
    load: ([key], signal) => {
      if (key === 'throws') throw new Error('no client');
      return new Promise<string>((resolve, reject) =>
        this.pending.push({ key, signal, resolve, reject }),
      );
    },
    loaded: (value) => this.loaded.push(value),
    failed: (error) => this.failed.push(error),
  });

  constructor() {
    super();
    this.key = 'a';
    this.other = '';
  }

  protected override render() {
    this.renders++;
    return html`${this.loaded.join(',')}`;
  }
}
customElements.define('xh-load-test', XhLoadTest);

/** Lets the awaited read and the render it asks for happen. */
async function settle(element: XhLoadTest): Promise<void> {
  await Promise.resolve();
  await element.updateComplete;
}

describe('LoadController', () => {
  it('runs before the first render, then only when what it depends on changed', async () => {
    const element = await fixture<XhLoadTest>(html`<xh-load-test></xh-load-test>`);
    expect(element.pending.map((run) => run.key)).to.deep.equal(['a']);
    element.pending[0]!.resolve('A');
    await settle(element);
    expect(element.loaded).to.deep.equal(['A']);
    expect(element.shadowRoot!.textContent).to.equal('A'); // rendered again with the value
    element.other = 'changed';
    await element.updateComplete;
    expect(element.pending).to.have.length(1); // `other` is not an argument
    element.key = 'b';
    await element.updateComplete;
    expect(element.pending.map((run) => run.key)).to.deep.equal(['a', 'b']);
  });

  it('drops an older run when a newer one started, and aborts it', async () => {
    const element = await fixture<XhLoadTest>(html`<xh-load-test></xh-load-test>`);
    void element.load.run();
    const [older, newer] = element.pending;
    expect(older!.signal.aborted).to.equal(true);
    expect(newer!.signal.aborted).to.equal(false);
    newer!.resolve('new');
    older!.resolve('old');
    older!.reject(new Error('aborted'));
    await settle(element);
    expect(element.loaded).to.deep.equal(['new']);
    expect(element.failed).to.deep.equal([]);
  });

  it('passes on what the load threw, at once or later, and an abort', async () => {
    const element = await fixture<XhLoadTest>(html`<xh-load-test key="throws"></xh-load-test>`);
    await settle(element);
    expect(String(element.failed[0])).to.contain('no client');
    element.key = 'a';
    await element.updateComplete;
    element.load.abort();
    const [run] = element.pending;
    expect(run!.signal.aborted).to.equal(true);
    run!.reject(run!.signal.reason);
    await settle(element);
    expect(element.failed).to.have.length(2);
    expect((element.failed[1] as DOMException).name).to.equal('AbortError');
  });

  it('does not abort a run that has ended', async () => {
    const element = await fixture<XhLoadTest>(html`<xh-load-test></xh-load-test>`);
    const [run] = element.pending;
    run!.resolve('A');
    await settle(element);
    element.load.abort();
    void element.load.run();
    expect(run!.signal.aborted).to.equal(false);
    expect(element.pending).to.have.length(2);
  });
});
