// Server rendering as a partner ships it, in Chromium: a page rendered on the server with the
// built `@xinghui/elements/ssr` (tests/browser/ssr-page-plugin.mjs), sent under
// `Content-Security-Policy: style-src 'nonce-…'; script-src 'self'`, shown in an iframe. The
// components are styled before any script runs, hydrate without a flash (the same markup, the
// same boxes, no state change, no layout shift), break no rule of the policy, and then talk to
// the sandbox bank like any other.
import { expect, waitUntil } from '@open-wc/testing';
import { newCheckout, newPartner, server, type Checkout } from './testing/sandbox-commands.js';

interface Snapshot {
  tag: string;
  state: string;
  markup: string;
  text: string;
  host: DOMRect;
  base: DOMRect;
  look: { display: string; borderRadius: string; fontFamily: string };
  styleElements: number;
  adoptedStyleSheets: number;
}

interface SsrRecord {
  violations: string[];
  shifts: { at: number; value: number }[];
  before: Snapshot[];
  after: Snapshot[];
  twins: Snapshot[];
  statesAtHydration: string[];
  hydratedAt?: number;
  snapshot(element: Element): Snapshot;
  components(): (HTMLElement & { state: string })[];
}

type Session = Pick<Checkout, 'clientSecret' | 'publishableKey' | 'apiBase'>;

/** Opens the server-rendered page of `component` in an iframe; resolves once it hydrated. */
async function openPage(
  component: string,
  session: Session,
  options: { nonce?: 'off' } = {},
): Promise<{ record: SsrRecord; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 480px; height: 900px; border: 0';
  frame.src = `/ssr/page.html?${new URLSearchParams({ component, ...session, ...options })}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const record = () => (frame.contentWindow as unknown as { __ssr?: SsrRecord }).__ssr;
  await waitUntil(() => record()?.hydratedAt !== undefined, 'the page did not hydrate', {
    timeout: 10_000,
  });
  return { record: record()!, frame };
}

const walletSession = async (): Promise<Session> => {
  const partner = await newPartner();
  const session = await server<{ client_secret: string }>(partner, 'POST', '/v1/wallet_sessions', {
    buyer: partner.buyer,
  });
  return { ...partner, clientSecret: session.client_secret };
};

const worlds: [string, () => Promise<Session>][] = [
  ['pay-button', () => newCheckout()],
  ['one-click-loan', () => newCheckout({ paymentMethods: ['wallet', 'credit'] })],
  ['credit-wallet', walletSession],
];

describe('server-rendered components under a strict style-src nonce policy', function () {
  this.timeout(20_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [component, world] of worlds) {
    it(`<xh-${component}>: styled before scripts, hydrates without a flash, then loads from the bank`, async () => {
      const { record } = await openPage(component, await world());
      const [before] = record.before;
      const [after] = record.after;

      // What the server's HTML alone shows: the loading state, in English, styled by the nonced
      // <style> (the card's grid and corners come from the component's CSS only).
      expect(before!.state).to.equal('loading');
      expect(before!.text).to.match(/^Loading /);
      expect(before!.look.display).to.equal('grid');
      expect(before!.look.borderRadius).to.equal('12px');
      expect(before!.styleElements).to.equal(1);

      // Hydration took that DOM over: the same markup and words, the same boxes, no other state;
      // and it is what the browser renders of its own (a twin, styled by adopted stylesheets).
      expect(after).to.deep.equal(before);
      const [twin] = record.twins;
      expect([twin!.markup, twin!.text, twin!.look]).to.deep.equal([
        before!.markup,
        before!.text,
        before!.look,
      ]);
      expect(twin!.styleElements).to.equal(0);
      expect(twin!.adoptedStyleSheets).to.be.above(0);
      expect(record.statesAtHydration).to.deep.equal([]);
      const shiftsBeforeHydration = record.shifts.filter((shift) => shift.at <= record.hydratedAt!);
      expect(shiftsBeforeHydration).to.deep.equal([]);

      // Then interactive: the component reads its session from the sandbox bank.
      const [element] = record.components();
      await waitUntil(() => element!.state !== 'loading', 'stuck loading', { timeout: 5000 });
      expect(element!.state).not.to.be.oneOf(['error', 'network-error', 'expired']);
      const now = record.snapshot(element!);
      expect(now.look).to.deep.equal(before!.look);
      expect(record.violations).to.deep.equal([]);
    });
  }

  it('<xh-pay-button> hydrated: its pay button asks the bank for a code', async () => {
    const { record } = await openPage('pay-button', await newCheckout());
    const [element] = record.components();
    await waitUntil(() => element!.state === 'ready', 'not ready', { timeout: 5000 });
    element!.shadowRoot!.querySelector<HTMLButtonElement>('[part="pay"]')!.click();
    await waitUntil(() => element!.state === 'code', 'no code step', { timeout: 5000 });
    expect(record.snapshot(element!).text).to.contain('138****8000');
    expect(record.violations).to.deep.equal([]);
  });

  it('without the nonce the same policy blocks the styles: the probe sees it', async () => {
    const { record } = await openPage('pay-button', await newCheckout(), { nonce: 'off' });
    await waitUntil(() => record.violations.length > 0, 'no violation reported', { timeout: 5000 });
    expect(record.violations[0]).to.match(/^style-src-elem: inline/);
    expect(record.before[0]!.look.display).to.equal('block');
  });
});
