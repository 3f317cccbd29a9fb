// <xh-pay-button> as the one cashier: the order it pays, where the money goes, the code step
// restating what it confirms, the e-receipt, the way forward from an empty wallet, the typed
// state event, and figures kept in step with <xh-credit-wallet> on the same page.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { codeFor, newPartner, server, type Partner } from '../../testing/sandbox-commands.js';
import '../credit-wallet/credit-wallet.js';
import type { XhCreditWallet } from '../credit-wallet/credit-wallet.component.js';
import type { XhPayButton } from './pay-button.component.js';
import './pay-button.js';

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });

/** A checkout of two lines (¥258.00 + 2 × ¥59.90) for order ORD-1001, as a platform creates it. */
async function cashier(
  options: { topUp?: number; escrow?: boolean; topUpUrl?: string; lang?: string } = {},
): Promise<{ partner: Partner; element: XhPayButton; sessionId: string }> {
  const partner = await newPartner({ topUp: options.topUp ?? 100_000 });
  const session = await server<{ id: string; client_secret: string }>(
    partner,
    'POST',
    '/v1/checkout_sessions',
    {
      buyer: partner.buyer,
      supplier: partner.supplier,
      amount: cny(37_780),
      line_items: [
        { name: '婴儿纸尿裤 L 码 (箱)', quantity: 2, unit_amount: cny(12_900) },
        { name: '婴儿湿巾 80 抽 (提)', quantity: 2, unit_amount: cny(5_990) },
      ],
      description: '订货单 ORD-1001',
      ...(options.escrow ? { escrow: {} } : {}),
    },
  );
  const element = await fixture<XhPayButton>(
    html`<xh-pay-button
      client-secret=${session.client_secret}
      publishable-key=${partner.publishableKey}
      api-base=${partner.apiBase}
      top-up-url=${options.topUpUrl ?? ''}
      lang=${options.lang ?? 'zh-CN'}
    ></xh-pay-button>`,
  );
  await waitUntil(() => element.state !== 'loading', 'the session did not load', { timeout: 5000 });
  return { partner, element, sessionId: session.id };
}

const part = (element: HTMLElement, name: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();

async function pay(partner: Partner, element: XhPayButton, sessionId: string) {
  part(element, 'pay').click();
  await waitUntil(() => element.state === 'code', 'no code step', { timeout: 5000 });
  (part(element, 'code-input') as HTMLInputElement).value = await codeFor(partner, sessionId);
  part(element, 'confirm').click();
  await waitUntil(() => element.state === 'succeeded', 'not paid', { timeout: 5000 });
}

describe('<xh-pay-button> as the cashier', function () {
  this.timeout(20_000);

  it('shows the order: its number, each line, and the time left to pay, counting down', async () => {
    const { element } = await cashier();
    const order = part(element, 'order');
    expect(text(order.querySelector('.row')!)).to.match(/^订单 ?订货单 ORD-1001$/);
    const lines = [...element.shadowRoot!.querySelectorAll('[part="line-item"]')].map(text);
    expect(lines).to.deep.equal([
      '婴儿纸尿裤 L 码 (箱) × 2 ¥258.00',
      '婴儿湿巾 80 抽 (提) × 2 ¥119.80',
    ]);
    const left = part(element, 'time-left').textContent!;
    expect(left).to.match(/^(29|30):\d\d$/);
    expect(text(order)).to.contain('剩余付款时间');
    await waitUntil(() => part(element, 'time-left').textContent !== left, 'no countdown', {
      timeout: 3000,
    });
    expect(text(part(element, 'escrow'))).to.equal('款项直接付给供应商');
    await expect(element).to.be.accessible();
  });

  it('fires a typed xh-state-change on every step, and restates what the code confirms', async () => {
    const { partner, element, sessionId } = await cashier();
    const seen: string[] = [];
    element.addEventListener('xh-state-change', (event) => {
      seen.push(`${event.detail.previous}→${event.detail.state}`);
    });
    part(element, 'pay').click();
    await waitUntil(() => element.state === 'code', 'no code step', { timeout: 5000 });
    await element.updateComplete;
    const restated = text(part(element, 'confirm-summary'));
    expect(restated).to.contain('应付金额 ¥377.80');
    expect(restated).to.contain('收款方 安心母婴用品批发有限公司');
    expect(restated).to.contain('付款方式 星辉钱包');
    await expect(element).to.be.accessible();
    (part(element, 'code-input') as HTMLInputElement).value = await codeFor(partner, sessionId);
    part(element, 'confirm').click();
    await waitUntil(() => element.state === 'succeeded', 'not paid', { timeout: 5000 });
    await element.updateComplete;
    expect(seen).to.deep.equal([
      'ready→sending',
      'sending→code',
      'code→processing',
      'processing→succeeded',
    ]);
  });

  it('ends in one success and an e-receipt that prints: payment no., time, payee, amount, method', async () => {
    const { partner, element, sessionId } = await cashier({ escrow: true });
    expect(text(part(element, 'escrow'))).to.contain('款项由银行托管');
    await pay(partner, element, sessionId);
    const shown = text(element.shadowRoot!.querySelector('.outcome')!);
    expect(shown.match(/付款成功/g)).to.have.length(1);
    expect(shown).to.contain('由银行托管');
    const receipt = text(part(element, 'receipt'));
    expect(receipt).to.contain('电子回单');
    expect(receipt).to.match(/付款单号 pay_\w+/);
    expect(receipt).to.match(/付款时间 \d{4}年\d+月\d+日 \d\d:\d\d:\d\d/);
    expect(receipt).to.contain('收款方 安心母婴用品批发有限公司');
    expect(receipt).to.contain('应付金额 ¥377.80');
    expect(receipt).to.contain('付款方式 星辉钱包');
    await expect(element).to.be.accessible();
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      part(element, 'print').click();
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);
  });

  it('leads an empty wallet with no credit to a top-up: the event with the shortfall, and the link', async () => {
    const { element, sessionId } = await cashier({ topUp: 10_000, topUpUrl: '#top-up' });
    expect(element.state).to.equal('insufficient');
    await expect(element).to.be.accessible();
    const link = part(element, 'top-up') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('#top-up');
    const requested = oneEvent(element, 'xh-top-up-requested');
    link.click();
    const { detail } = await requested;
    expect(detail).to.deep.equal({ checkoutSessionId: sessionId, shortfall: cny(27_780) });
  });

  it('asks the page to top up with a button when no top-up-url is set', async () => {
    const { element } = await cashier({ topUp: 0, lang: 'en' });
    const button = part(element, 'top-up');
    expect(button.tagName).to.equal('BUTTON');
    expect(text(button)).to.equal('Top up');
    await expect(element).to.be.accessible();
    const requested = oneEvent(element, 'xh-top-up-requested');
    button.click();
    expect((await requested).detail.shortfall).to.deep.equal(cny(37_780));
  });

  it('keeps <xh-credit-wallet> on the same page in step: after paying it shows the new balance', async () => {
    const { partner, element, sessionId } = await cashier();
    const walletSession = await server<{ client_secret: string }>(
      partner,
      'POST',
      '/v1/wallet_sessions',
      { buyer: partner.buyer },
    );
    const wallet = await fixture<XhCreditWallet>(
      html`<xh-credit-wallet
        client-secret=${walletSession.client_secret}
        publishable-key=${partner.publishableKey}
        api-base=${partner.apiBase}
      ></xh-credit-wallet>`,
    );
    await waitUntil(() => wallet.state === 'ready', 'the wallet did not load', { timeout: 5000 });
    expect(text(part(wallet, 'balance'))).to.contain('¥1,000.00');
    const changed = oneEvent(document, 'xh-funds-changed');
    await pay(partner, element, sessionId);
    expect((await changed).detail).to.deep.equal({ reason: 'payment' });
    await waitUntil(() => text(part(wallet, 'balance')).includes('¥622.20'), 'stale balance', {
      timeout: 5000,
    });
    await expect(wallet).to.be.accessible();
  });

  it('reads its figures again when another component moves money, staying on its step', async () => {
    const { element } = await cashier({ topUp: 10_000 });
    expect(element.state).to.equal('insufficient');
    let reads = 0;
    const fetchOriginal = window.fetch;
    window.fetch = (...args) => {
      reads++;
      return fetchOriginal(...args);
    };
    try {
      document.dispatchEvent(new CustomEvent('xh-funds-changed', { detail: { reason: 'top-up' } }));
      await waitUntil(() => reads > 0, 'no fresh read', { timeout: 5000 });
    } finally {
      window.fetch = fetchOriginal;
    }
    expect(element.state).to.equal('insufficient');
  });
});
