import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { failureCode } from '../base/failure.js';
import { LazyView } from './lazy-view.js';

/** A host that counts the renders it was asked for. */
function host(): ReactiveControllerHost & { updates: number } {
  return {
    updates: 0,
    addController() {},
    removeController() {},
    requestUpdate() {
      this.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
}

describe('LazyView', () => {
  it('imports the view once, however many flows ask for it', async () => {
    let imports = 0;
    const view = { name: 'the view' };
    const lazy = new LazyView(host(), () => {
      imports++;
      return Promise.resolve(view);
    });
    expect(lazy.view).to.equal(undefined); // asked by a render before any flow loaded it
    const [first, second] = await Promise.all([lazy.load(), lazy.load()]);
    expect(first).to.equal(view);
    expect(second).to.equal(view);
    expect(lazy.view).to.equal(view);
    expect(imports).to.equal(1);
  });

  it('renders the host again when a view a render asked for arrives', async () => {
    const page = host();
    const lazy = new LazyView(page, () => Promise.resolve('view'));
    expect(lazy.view).to.equal(undefined);
    await lazy.load();
    await Promise.resolve(); // the getter's own `then`
    expect(page.updates).to.equal(1);
    expect(lazy.view).to.equal('view');
  });

  it('fails as the network does, and tries again at the next load', async () => {
    let attempts = 0;
    const lazy = new LazyView(host(), () =>
      ++attempts === 1
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
        : Promise.resolve('view'),
    );
    const error = await lazy.load().catch((failure: unknown) => failure);
    expect(error).to.be.instanceOf(DOMException);
    expect(failureCode(error)).to.equal('network_error');
    expect(lazy.view).to.equal(undefined); // this read starts the second attempt
    expect(await lazy.load()).to.equal('view');
    expect(attempts).to.equal(2);
  });
});
