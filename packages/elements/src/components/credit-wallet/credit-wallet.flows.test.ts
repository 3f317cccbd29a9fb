/**
 * The wallet's newer flows in a real browser against the sandbox bank: loans a shop can tell
 * apart and their detail view, the code step restating what it confirms, 确认收货 as the shop's
 * own act, statements and payoff certificates, and two components on one page in step.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createClient } from '@xinghui/sdk';
import {
  codeFor,
  newCheckout,
  newPartner,
  server,
  type Partner,
} from '../../testing/sandbox-commands.js';
import '../pay-button/pay-button.js';
import '../provider/provider.js';
import type { XhPayButton } from '../pay-button/pay-button.component.js';
import type { XhCreditWallet } from './credit-wallet.component.js';
import './credit-wallet.js';

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });
const PAY_ANYTIME = { repayment_method: 'pay_anytime', length: 30 } as const;

interface World extends Partner {
  clientSecret: string;
  walletSessionId: string;
}

/** A partner and shop with `topUp` fen; with `line`, both consents and an approved line. */
async function world(options: { topUp?: number; line?: boolean } = {}): Promise<World> {
  const partner = await newPartner({ topUp: options.topUp ?? 0 });
  if (options.line) {
    for (const type of ['credit_query', 'data_sharing']) {
      await server(partner, 'POST', '/v1/consents', {
        buyer: partner.buyer,
        type,
        template_version: '2026-11-01',
        locale: 'zh-CN',
      });
    }
    await server(partner, 'POST', '/v1/credit_applications', {
      buyer: partner.buyer,
      months_trading: 36,
    });
  }
  const session = await server<{ id: string; client_secret: string }>(
    partner,
    'POST',
    '/v1/wallet_sessions',
    { buyer: partner.buyer },
  );
  return { ...partner, clientSecret: session.client_secret, walletSessionId: session.id };
}

/** The shop pays an order (`description` its number) on credit or from its wallet. */
async function pay(
  w: World,
  amount: number,
  method: 'credit' | 'wallet',
  extra: Record<string, unknown> = {},
): Promise<{ payment: string; loan: string | null }> {
  const checkout = await server<{ id: string; client_secret: string }>(
    w,
    'POST',
    '/v1/checkout_sessions',
    {
      buyer: w.buyer,
      supplier: w.supplier,
      amount: cny(amount),
      payment_methods: [method],
      line_items: [{ name: '婴幼儿配方奶粉 (箱)', quantity: 1, unit_amount: cny(amount) }],
      ...extra,
    },
  );
  const page = createClient({ publishableKey: w.publishableKey, baseUrl: w.apiBase });
  await page.checkoutSessions.requestVerificationCode(checkout.client_secret);
  const paid = await page.checkoutSessions.confirm(checkout.client_secret, {
    payment_method: method,
    ...(method === 'credit' ? { term: PAY_ANYTIME } : {}),
    verification_code: await codeFor(w, checkout.id),
  });
  return { payment: paid.payment!, loan: paid.loan ?? null };
}

async function mount(w: World, extra: { payment?: string; lang?: string } = {}) {
  const element = await fixture<XhCreditWallet>(
    html`<xh-credit-wallet
      client-secret=${w.clientSecret}
      publishable-key=${w.publishableKey}
      api-base=${w.apiBase}
      payment=${extra.payment ?? ''}
      lang=${extra.lang ?? 'zh-CN'}
    ></xh-credit-wallet>`,
  );
  await waitUntil(() => element.state !== 'loading', 'stuck loading', { timeout: 5000 });
  return element;
}

const whenState = (element: { state: string }, state: string) =>
  waitUntil(() => element.state === state, `never reached ${state} (${element.state})`, {
    timeout: 5000,
  });
const part = (element: HTMLElement, name: string) =>
  element.shadowRoot!.querySelector<HTMLInputElement>(`[part="${name}"]`)!;
const parts = (element: HTMLElement, name: string) => [
  ...element.shadowRoot!.querySelectorAll<HTMLButtonElement>(`[part="${name}"]`),
];
const text = (element: Element) =>
  (element.shadowRoot ?? element).textContent!.replace(/\s+/g, ' ');

async function enterCode(element: XhCreditWallet, code: string) {
  part(element, 'code-input').value = code;
  part(element, 'confirm').click();
  await waitUntil(() => element.state !== 'processing', 'stuck processing', { timeout: 5000 });
}

describe('<xh-credit-wallet> flows', function () {
  this.timeout(20_000);

  it('tells two loans apart (number, order, supplier, term, next due) and names each repay button', async () => {
    const w = await world({ line: true, topUp: 500_000 });
    const first = await pay(w, 225_600, 'credit', { description: '订货单 DD-1001' });
    const second = await pay(w, 225_600, 'credit', { description: '订货单 DD-1002' });
    const element = await mount(w);
    const loans = parts(element, 'loan');
    expect(loans.length).to.equal(2);
    const [newest, oldest] = loans.map((loan) => text(loan));
    expect(newest).to.contain(second.loan!).and.contain('订货单 DD-1002');
    expect(oldest).to.contain(first.loan!).and.contain('订货单 DD-1001');
    for (const row of [newest!, oldest!]) {
      expect(row)
        .to.contain('收款供应商 安心母婴用品批发有限公司')
        .and.contain('期限 随借随还 · 30 天')
        .and.match(/下期应还 \d{4}年\d+月\d+日 应还 ¥2,2\d\d\.\d\d/);
    }
    const names = parts(element, 'repay').map((button) => button.getAttribute('aria-label'));
    expect(names).to.deep.equal([
      '还款 · 订货单 DD-1002 · ¥2,256.00',
      '还款 · 订货单 DD-1001 · ¥2,256.00',
    ]);
    expect(part(element, 'valid-until').textContent).to.match(/^\d{4}年\d+月\d+日$/);
    await expect(element).to.be.accessible();
  });

  it('shows a loan in detail with its schedule, payments made and own agreement; a repaid one its payoff certificate', async () => {
    const w = await world({ line: true, topUp: 2_000_000 });
    const { loan } = await pay(w, 100_000, 'credit', { description: '订货单 DD-2001' });
    const element = await mount(w);
    parts(element, 'loan-details')[0]!.click();
    await whenState(element, 'loan');
    expect(element.shadowRoot!.activeElement?.id).to.equal('loan-title');
    const detail = text(part(element, 'loan-detail'));
    expect(detail).to.contain(loan!).and.contain('订货单 DD-2001').and.contain('年化利率');
    expect(part(element, 'schedule').querySelectorAll('tbody tr').length).to.equal(1);
    await waitUntil(
      () => text(part(element, 'payments-made')).includes('这笔借款还没有还款记录'),
      'payments made never read',
    );
    await expect(element).to.be.accessible();
    part(element, 'show-agreement').click();
    await waitUntil(() => part(element, 'agreement'), 'no agreement');
    expect(text(part(element, 'agreement')))
      .to.contain('¥1,000.00')
      .and.contain('SHA-256');
    await expect(element).to.be.accessible();

    // Not repaid yet: no certificate button; repaid from the detail view, then it has one.
    expect(part(element, 'certificate')).to.equal(null);
    part(element, 'repay').click();
    await whenState(element, 'repay');
    part(element, 'get-code').click();
    await whenState(element, 'code');
    // The code step restates the amount, the loan and the method.
    const summary = text(part(element, 'confirm-summary'));
    expect(summary)
      .to.match(/还清金额（含截至今日利息） ¥1,000\.\d\d/)
      .and.contain(loan!)
      .and.contain('订货单 DD-2001')
      .and.contain('付款方式 星辉钱包余额');
    await expect(element).to.be.accessible();
    const moved = oneEvent(element, 'xh-funds-changed');
    await enterCode(element, await codeFor(w, w.walletSessionId));
    expect(element.state).to.equal('repaid');
    expect((await moved).detail).to.deep.equal({ reason: 'repayment' });
    expect(text(part(element, 'receipt')))
      .to.contain('还款单号 rpy_')
      .and.contain(loan!);
    const repaymentId = /rpy_\w+/.exec(text(part(element, 'receipt')))![0];
    element.shadowRoot!.querySelector<HTMLButtonElement>('.outcome > button')!.click();
    await whenState(element, 'ready');
    await waitUntil(() => text(part(element, 'loan')).includes('已还清'), 'not repaid');
    parts(element, 'loan-details')[0]!.click();
    await whenState(element, 'loan');
    // The payment just made is listed: amount, split, who made it, its number.
    await waitUntil(() => parts(element, 'payment-made').length === 1, 'payment made not listed');
    const made = parts(element, 'payment-made')[0]!;
    expect(made.dataset.repayment).to.equal(repaymentId);
    expect(text(made))
      .to.match(/¥1,000\.\d\d/)
      .and.contain('其中本金 ¥1,000.00')
      .and.contain('其中罚息 ¥0.00')
      .and.contain('付款方式 主动还款 · 星辉钱包余额')
      .and.contain(`还款单号 ${repaymentId}`);
    await expect(element).to.be.accessible();
    part(element, 'certificate').click();
    await whenState(element, 'certificate');
    const certificate = text(part(element, 'document'));
    expect(certificate).to.contain('结清证明').and.contain('借款本金 ¥1,000.00').and.contain(loan!);
    expect(certificate).to.contain('SHA-256');
    // The loan's whole life, in a certificate's words: not the statement's "this period".
    expect(certificate)
      .to.match(/累计已付利息 ¥\d/)
      .and.contain('累计已付罚息 ¥0.00')
      .and.not.contain('本期');
    await expect(element).to.be.accessible();
    element.setAttribute('lang', 'en');
    element.requestUpdate();
    await element.updateComplete;
    expect(text(part(element, 'document')))
      .to.match(/Interest paid over the loan CN¥\d/)
      .and.contain('Penalty interest paid over the loan CN¥0.00');
  });

  it('says when the payments made cannot be read, and reads them again on request', async () => {
    const w = await world({ line: true, topUp: 200_000 });
    const { loan } = await pay(w, 100_000, 'credit');
    await server(w, 'POST', `/v1/loans/${loan}/repayments`, { amount: cny(40_000) });
    const client = createClient({ publishableKey: w.publishableKey, baseUrl: w.apiBase });
    const listRepayments = client.wallet.listLoanRepayments.bind(client.wallet);
    let failNext = true;
    client.wallet.listLoanRepayments = (...args) => {
      if (!failNext) return listRepayments(...args);
      failNext = false;
      return Promise.reject(new TypeError('Failed to fetch'));
    };
    const host = await fixture<HTMLElement>(
      html`<xh-provider .client=${client}>
        <xh-credit-wallet client-secret=${w.clientSecret} lang="en"></xh-credit-wallet>
      </xh-provider>`,
    );
    const element = host.querySelector<XhCreditWallet>('xh-credit-wallet')!;
    await whenState(element, 'ready');
    parts(element, 'loan-details')[0]!.click();
    await whenState(element, 'loan');
    await waitUntil(() => part(element, 'payments-retry'), 'no retry offered');
    expect(text(part(element, 'payments-made'))).to.contain('could not be read just now');
    await expect(element).to.be.accessible();
    part(element, 'payments-retry').click();
    await waitUntil(() => parts(element, 'payment-made').length === 1, 'not read again');
    expect(text(parts(element, 'payment-made')[0]!))
      .to.contain('¥400.00')
      .and.contain('Paid with By the platform · Xinghui Wallet balance');
    expect(element.state).to.equal('loan');
  });

  it('confirms receipt as the shop: amount, supplier and auto-confirm date stated, code, release, events', async () => {
    const w = await world({ topUp: 100_000 });
    const { payment } = await pay(w, 25_800, 'wallet', {
      escrow: {},
      description: '订货单 DD-3001',
    });
    await server(w, 'POST', `/v1/payments/${payment}/ship`, {
      carrier: '顺丰速运',
      tracking_number: 'SF1234567890',
    });
    const element = await mount(w);
    const awaiting = text(part(element, 'awaiting-receipt'));
    expect(awaiting).to.contain('¥258.00').and.contain('已发货').and.contain('订货单 DD-3001');
    expect(part(element, 'confirm-receipt').getAttribute('aria-label')).to.equal(
      '确认收货 · 订货单 DD-3001 · ¥258.00',
    );
    part(element, 'confirm-receipt').click();
    await whenState(element, 'receipt');
    const stated = text(part(element, 'receipt-summary'));
    expect(stated)
      .to.contain('付给供应商 ¥258.00')
      .and.contain('收款供应商 安心母婴用品批发有限公司')
      .and.match(/自动确认收货日 \d{4}年\d+月\d+日/);
    expect(text(part(element, 'receipt-confirmation'))).to.contain('不能撤回');
    await expect(element).to.be.accessible();

    part(element, 'get-receipt-code').click();
    await whenState(element, 'code');
    expect(text(part(element, 'confirm-summary')))
      .to.contain('¥258.00')
      .and.contain('安心母婴用品批发有限公司');
    await expect(element).to.be.accessible();
    const confirmed = oneEvent(element, 'xh-receipt-confirmed');
    const moved = oneEvent(element, 'xh-funds-changed');
    await enterCode(element, await codeFor(w, w.walletSessionId));
    expect(element.state).to.equal('received');
    expect((await confirmed).detail).to.deep.equal({
      paymentId: payment,
      amount: cny(25_800),
      supplierName: '安心母婴用品批发有限公司',
    });
    expect((await moved).detail).to.deep.equal({ reason: 'release' });
    expect(text(element)).to.contain('银行已将 ¥258.00 付给 安心母婴用品批发有限公司');
    await expect(element).to.be.accessible();
    const released = await server<{ escrow: { status: string; released_by: string } }>(
      w,
      'GET',
      `/v1/payments/${payment}`,
    );
    expect(released.escrow).to.include({ status: 'released', released_by: 'shop' });
    element.shadowRoot!.querySelector<HTMLButtonElement>('.outcome > button')!.click();
    await whenState(element, 'ready');
    await waitUntil(() => !part(element, 'awaiting-receipt'), 'still awaiting');
    expect(text(element)).to.contain('没有待确认收货的订单');
  });

  it('opens 确认收货 for one payment from its payment attribute', async () => {
    const w = await world({ topUp: 100_000 });
    const { payment } = await pay(w, 12_000, 'wallet', { escrow: {} });
    const element = await mount(w, { payment });
    await whenState(element, 'receipt');
    expect(text(part(element, 'receipt-summary')))
      .to.contain('¥120.00')
      .and.contain('供应商发货后开始计时');
    expect(element.shadowRoot!.activeElement?.id).to.equal('receipt-title');
  });

  it('shows a month’s statement, printable, and refuses a month that has not begun', async () => {
    const w = await world({ line: true });
    await pay(w, 300_000, 'credit');
    const element = await mount(w);
    part(element, 'show-statement').click();
    await whenState(element, 'statement');
    const statement = text(part(element, 'document'));
    expect(statement).to.contain('本期借款 ¥3,000.00').and.contain('期末本金余额 ¥3,000.00');
    expect(part(element, 'print')).to.not.equal(null);
    await expect(element).to.be.accessible();
    element.shadowRoot!.querySelector<HTMLButtonElement>('.document ~ button')!.click();
    await whenState(element, 'ready');
    part(element, 'statement-month').value = '2999-01';
    part(element, 'show-statement').click();
    await waitUntil(() => part(element, 'status').textContent!.includes('尚未开始'), 'no refusal');
    expect(element.state).to.equal('ready');
  });

  it('stays in step with a pay button on the same page: the new balance without a reload', async () => {
    const checkout = await newCheckout({ topUp: 100_000, amount: 25_800 });
    const session = await server<{ buyer: string }>(
      checkout,
      'GET',
      `/v1/checkout_sessions/${checkout.sessionId}`,
    );
    const ws = await server<{ client_secret: string }>(checkout, 'POST', '/v1/wallet_sessions', {
      buyer: session.buyer,
    });
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <xh-pay-button
          client-secret=${checkout.clientSecret}
          publishable-key=${checkout.publishableKey}
          api-base=${checkout.apiBase}
        ></xh-pay-button>
        <xh-credit-wallet
          client-secret=${ws.client_secret}
          publishable-key=${checkout.publishableKey}
          api-base=${checkout.apiBase}
        ></xh-credit-wallet>
      </div>`,
    );
    const button = page.querySelector<XhPayButton>('xh-pay-button')!;
    const wallet = page.querySelector<XhCreditWallet>('xh-credit-wallet')!;
    await whenState(button, 'ready');
    await whenState(wallet, 'ready');
    expect(part(wallet, 'balance').textContent).to.equal('¥1,000.00');
    part(button, 'pay').click();
    await whenState(button, 'code');
    part(button, 'code-input').value = await codeFor(checkout);
    part(button, 'confirm').click();
    await whenState(button, 'succeeded');
    await waitUntil(
      () => part(wallet, 'balance').textContent === '¥742.00',
      `the wallet still shows ${part(wallet, 'balance').textContent}`,
      { timeout: 5000 },
    );
    expect(wallet.state).to.equal('ready');
  });
});
