import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@xinghui/sdk';
import {
  advanceClock,
  books,
  codeFor,
  newPartner,
  server,
  type Partner,
} from '../../testing/sandbox-commands.js';
import { gatedClient } from '../../testing/gated-client.js';
import '../provider/provider.js';
import type { XhCreditWallet } from './credit-wallet.component.js';
import './credit-wallet.js';

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });
const PAY_ANYTIME = { repayment_method: 'pay_anytime', length: 30 } as const;

interface World extends Partner {
  clientSecret: string;
  walletSessionId: string;
  loanId?: string;
  lineId?: string;
}

/**
 * A fresh partner and shop (`topUp` fen in the wallet); with `borrow`, the shop gave both
 * consents, was approved for a line and paid an order of that amount on credit; then a wallet
 * session for its "my account" page.
 */
async function world(
  options: { topUp?: number; borrow?: number; expiresIn?: number } = {},
): Promise<World> {
  const partner = await newPartner({ topUp: options.topUp ?? 0 });
  let loanId: string | undefined;
  let lineId: string | undefined;
  if (options.borrow) {
    for (const type of ['credit_query', 'data_sharing']) {
      await server(partner, 'POST', '/v1/consents', {
        buyer: partner.buyer,
        type,
        template_version: '2026-11-01',
        locale: 'zh-CN',
      });
    }
    const application = await server<{ credit_line: string }>(
      partner,
      'POST',
      '/v1/credit_applications',
      { buyer: partner.buyer, months_trading: 36 },
    );
    lineId = application.credit_line;
    const checkout = await server<{ id: string; client_secret: string }>(
      partner,
      'POST',
      '/v1/checkout_sessions',
      {
        buyer: partner.buyer,
        supplier: partner.supplier,
        amount: cny(options.borrow),
        payment_methods: ['wallet', 'credit'],
        line_items: [
          { name: '婴幼儿配方奶粉 (箱)', quantity: 1, unit_amount: cny(options.borrow) },
        ],
      },
    );
    const page = createClient({ publishableKey: partner.publishableKey, baseUrl: partner.apiBase });
    await page.checkoutSessions.requestVerificationCode(checkout.client_secret);
    await page.checkoutSessions.confirm(checkout.client_secret, {
      payment_method: 'credit',
      term: PAY_ANYTIME,
      verification_code: await codeFor(partner, checkout.id),
    });
    const loans = await server<{ data: { id: string }[] }>(partner, 'GET', '/v1/loans');
    loanId = loans.data[0]!.id;
  }
  const session = await server<{ id: string; client_secret: string }>(
    partner,
    'POST',
    '/v1/wallet_sessions',
    { buyer: partner.buyer, ...(options.expiresIn ? { expires_in: options.expiresIn } : {}) },
  );
  return {
    ...partner,
    clientSecret: session.client_secret,
    walletSessionId: session.id,
    loanId,
    lineId,
  };
}

/** A new wallet session for the same shop (the first expires after an hour on the clock). */
async function reopen(w: World): Promise<World> {
  const session = await server<{ id: string; client_secret: string }>(
    w,
    'POST',
    '/v1/wallet_sessions',
    { buyer: w.buyer },
  );
  return { ...w, clientSecret: session.client_secret, walletSessionId: session.id };
}

async function mount(w: World, lang = 'zh-CN', apiBase = w.apiBase): Promise<XhCreditWallet> {
  const element = await fixture<XhCreditWallet>(
    html`<xh-credit-wallet
      client-secret=${w.clientSecret}
      publishable-key=${w.publishableKey}
      api-base=${apiBase}
      lang=${lang}
    ></xh-credit-wallet>`,
  );
  if (apiBase === w.apiBase) await settled(element);
  return element;
}

const settled = (element: XhCreditWallet, not = 'loading') =>
  waitUntil(() => element.state !== not, `stuck in ${not}`, { timeout: 5000 });

const part = (element: XhCreditWallet, name: string) =>
  element.shadowRoot!.querySelector<HTMLInputElement>(`[part="${name}"]`)!;
const text = (element: HTMLElement) =>
  (element.shadowRoot ?? element).textContent!.replace(/\s+/g, ' ');
const outcomeButton = (element: XhCreditWallet) =>
  // The outcome's own way forward (a receipt inside it has its print button).
  element.shadowRoot!.querySelector<HTMLButtonElement>('.outcome > button')!;
const whenState = (element: XhCreditWallet, state: string) =>
  waitUntil(() => element.state === state, `never reached ${state} (${element.state})`, {
    timeout: 5000,
  });

async function toCode(element: XhCreditWallet, amount?: string) {
  part(element, 'repay').click();
  await whenState(element, 'repay');
  if (amount !== undefined) {
    const partial = element.shadowRoot!.querySelector<HTMLInputElement>('[value="partial"]')!;
    partial.click();
    await element.updateComplete;
    part(element, 'amount-input').value = amount;
  }
  part(element, 'get-code').click();
  await element.updateComplete;
}

async function submitCode(element: XhCreditWallet, code: string) {
  part(element, 'code-input').value = code;
  part(element, 'confirm').click();
  await settled(element, 'processing');
}

describe('<xh-credit-wallet>', function () {
  // Each test builds its own world through the bank's API first.
  this.timeout(15_000);

  it('is accessible and busy while the bank answers: sending the code, repaying, reviewing', async () => {
    const w = await world({ topUp: 500_000, borrow: 100_000 });
    const gate = gatedClient(w);
    const provider = await fixture(
      html`<xh-provider .client=${gate.client}
        ><xh-credit-wallet client-secret=${w.clientSecret}></xh-credit-wallet
      ></xh-provider>`,
    );
    const element = provider.querySelector('xh-credit-wallet')!;
    await whenState(element, 'ready');

    gate.hold('/verification_codes');
    await toCode(element);
    await whenState(element, 'sending');
    await expect(element).to.be.accessible();
    gate.release();
    await whenState(element, 'code');

    gate.hold('/repayments');
    part(element, 'code-input').value = await codeFor(w, w.walletSessionId);
    part(element, 'confirm').click();
    await whenState(element, 'processing');
    expect(part(element, 'base').getAttribute('aria-busy')).to.equal('true');
    await expect(element).to.be.accessible();
    gate.release();
    await whenState(element, 'repaid');

    outcomeButton(element).click();
    await whenState(element, 'ready');
    gate.hold('/limit_reviews');
    part(element, 'review').click();
    await whenState(element, 'reviewing');
    await expect(element).to.be.accessible();
    gate.release();
    await whenState(element, 'reviewed');
  });

  it('shows the line, a gauge, rates, balance, the loan and the wallet activity; fires xh-ready', async () => {
    const w = await world({ borrow: 1_000_000, topUp: 50_000 });
    const ready = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('xh-ready', (event) => resolve(event as CustomEvent), {
        once: true,
      }),
    );
    const element = await mount(w);
    expect((await ready).detail).to.deep.equal({ walletSessionId: w.walletSessionId });
    expect(element.getAttribute('state')).to.equal('ready');
    expect(part(element, 'used').textContent).to.equal('¥10,000.00');
    const limit = part(element, 'limit').textContent!;
    const gauge = part(element, 'gauge') as unknown as HTMLMeterElement;
    expect(gauge.value).to.equal(1_000_000);
    expect(gauge.getAttribute('aria-valuetext')).to.equal(`已用 ¥10,000.00，共 ${limit}`);
    expect(part(element, 'line-status').textContent).to.equal('正常');
    expect(part(element, 'apr').textContent).to.match(/%$/);
    expect(part(element, 'daily-rate').textContent).to.match(/^0\.0\d+%$/);
    expect(part(element, 'balance').textContent).to.equal('¥500.00');
    const loan = text(part(element, 'loan'));
    expect(loan)
      .to.contain('¥10,000.00')
      .and.contain('还款中')
      .and.match(/应还 ¥10,\d{3}\.\d\d/);
    expect(text(part(element, 'transactions')))
      .to.contain('充值')
      .and.contain('+¥500.00');
    await expect(element).to.be.accessible();
  });

  it('says so when there is no line, no loan and no wallet activity', async () => {
    const w = await world();
    const element = await mount(w);
    expect(element.state).to.equal('ready');
    const all = text(element);
    expect(all).to.contain('您还没有星辉贷额度');
    expect(all).to.contain('暂无借款');
    expect(all).to.contain('暂无钱包明细');
    expect(part(element, 'review')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('repays early in full by keyboard alone: quote, code, receipt, credit restored, books balance', async () => {
    let w = await world({ borrow: 1_000_000, topUp: 1_100_000 });
    await advanceClock(w, 17 * 86_400);
    w = await reopen(w);
    const element = await mount(w);
    const available = part(element, 'available').textContent;

    part(element, 'repay').focus();
    await sendKeys({ press: 'Enter' });
    await whenState(element, 'repay');
    const owed = await server<{
      accrued_interest: { amount: number };
      payoff_amount: { amount: number };
    }>(w, 'GET', `/v1/loans/${w.loanId}`);
    const interest = owed.accrued_interest.amount;
    const money = (fen: number) =>
      `¥${(fen / 100).toLocaleString('en', { minimumFractionDigits: 2 })}`;
    const quote = text(part(element, 'quote'));
    expect(interest).to.be.greaterThan(0);
    expect(quote).to.contain(`未还本金 ¥10,000.00`);
    expect(quote).to.contain(`截至今日利息 ${money(interest)}`);
    expect(quote).to.contain(`合计 ${money(owed.payoff_amount.amount)}`);
    expect(element.shadowRoot!.activeElement?.id).to.equal('quote-title');
    await expect(element).to.be.accessible();

    for (let i = 0; i < 5 && element.shadowRoot!.activeElement !== part(element, 'get-code'); i++)
      await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(part(element, 'get-code'));
    await sendKeys({ press: 'Enter' });
    // (The in-between `sending` state is checked with a held call in its own test.)
    await whenState(element, 'code');
    expect(part(element, 'status').textContent).to.contain('138****8000');
    expect(part(element, 'resend').textContent).to.match(/\d+ 秒后可重新发送/);
    expect(element.shadowRoot!.activeElement).to.equal(part(element, 'code-input'));
    await expect(element).to.be.accessible();

    const succeeded = oneEvent(element, 'xh-repayment-succeeded');
    await sendKeys({ type: await codeFor(w, w.walletSessionId) });
    await sendKeys({ press: 'Enter' });
    const { detail } = await succeeded;
    expect(element.state).to.equal('repaid');
    expect(detail.loanId).to.equal(w.loanId);
    expect(detail.repaymentId).to.match(/^rpy_/);
    expect(detail.amount).to.deep.equal(cny(1_000_000 + interest));
    const receipt = text(part(element, 'receipt'));
    expect(receipt)
      .to.contain(`其中利息 ${money(interest)}`)
      .and.contain('其中本金 ¥10,000.00');
    expect(receipt).to.contain('其中罚息 ¥0.00');
    await expect(element).to.be.accessible();

    outcomeButton(element).click();
    await whenState(element, 'ready');
    await waitUntil(() => part(element, 'used').textContent === '¥0.00', 'credit not restored');
    expect(part(element, 'available').textContent).to.not.equal(available);
    expect(part(element, 'available').textContent).to.equal(part(element, 'limit').textContent);
    expect(text(part(element, 'loan'))).to.contain('已还清');
    expect((await books(w)).ledgerOk).to.equal(true);
  });

  it('repays part of a pay-anytime loan, refusing bad amounts without asking the bank', async () => {
    let w = await world({ borrow: 1_000_000, topUp: 200_000 });
    await advanceClock(w, 10 * 86_400);
    w = await reopen(w);
    const element = await mount(w);

    await toCode(element, '100.001');
    expect(element.state).to.equal('repay');
    expect(part(element, 'status').textContent).to.contain('最多两位小数');
    expect(part(element, 'amount-input').getAttribute('aria-invalid')).to.equal('true');
    await expect(element).to.be.accessible();

    part(element, 'amount-input').value = '20000';
    part(element, 'get-code').click();
    await element.updateComplete;
    expect(element.state).to.equal('repay');
    expect(part(element, 'status').textContent).to.contain('不能超过应还总额');

    part(element, 'amount-input').value = '2,500';
    part(element, 'get-code').click();
    await element.updateComplete;
    expect(part(element, 'status').textContent).to.contain('余额 ¥2,000.00 不足');

    part(element, 'amount-input').value = '1,000.50';
    part(element, 'get-code').click();
    await whenState(element, 'code');
    await submitCode(element, await codeFor(w, w.walletSessionId));
    expect(element.state).to.equal('repaid');
    const receipt = text(part(element, 'receipt'));
    expect(receipt).to.contain('还款金额 ¥1,000.50');
    expect(receipt).to.contain('剩余本金 ¥9,');
    outcomeButton(element).click();
    await waitUntil(() => part(element, 'balance').textContent === '¥999.50', 'no refresh');
  });

  it('counts the tries left after a wrong code, and locks after five', async () => {
    const w = await world({ borrow: 500_000, topUp: 600_000 });
    const element = await mount(w);
    await toCode(element);
    await whenState(element, 'code');
    const code = await codeFor(w, w.walletSessionId);
    const wrong = code === '000000' ? '111111' : '000000';
    const failed = oneEvent(element, 'xh-repayment-failed');
    await submitCode(element, wrong);
    expect((await failed).detail.code).to.equal('verification_code_invalid');
    expect(part(element, 'status').textContent).to.contain('还可尝试 4 次');
    for (let i = 0; i < 4; i++) await submitCode(element, wrong);
    expect(element.state).to.equal('locked');
    await expect(element).to.be.accessible();
    // Before the wait after a lock is over, the bank refuses: the component says how long.
    outcomeButton(element).click();
    await whenState(element, 'code');
    expect(part(element, 'status').textContent).to.contain('请 5 分钟后再试');
    await expect(element).to.be.accessible();
    // After the wait, a page opened again gets a new code and repays.
    await advanceClock(w, 300);
    element.remove();
    const again = await mount(w);
    await toCode(again);
    await whenState(again, 'code');
    await submitCode(again, await codeFor(w, w.walletSessionId));
    expect(again.state).to.equal('repaid');
  });

  it('marks an overdue loan and explains the penalty and the frozen line', async () => {
    let w = await world({ borrow: 1_000_000 });
    await advanceClock(w, 35 * 86_400);
    w = await reopen(w);
    const element = await mount(w);
    expect(part(element, 'line-status').textContent).to.equal('已冻结');
    expect(text(element)).to.contain('还清所有逾期款项前不能新借款');
    const loan = part(element, 'loan');
    expect(loan.dataset['status']).to.equal('overdue');
    expect(text(loan)).to.contain('已逾期').and.contain('罚息');
    await expect(element).to.be.accessible();

    // The quote shows the penalty; the wallet is empty, so nothing is sent.
    await toCode(element);
    expect(element.state).to.equal('repay');
    expect(text(part(element, 'quote'))).to.match(/罚息 ¥[1-9]/);
    expect(part(element, 'status').textContent).to.contain('不足');
  });

  it('asks for a limit review and shows the outcome with reasons', async () => {
    const w = await world({ borrow: 500_000 });
    const element = await mount(w);
    const completed = oneEvent(element, 'xh-limit-review-completed');
    part(element, 'review').click();
    expect(element.state).to.equal('reviewing');
    await expect(element).to.be.accessible();
    const { detail } = await completed;
    expect(element.state).to.equal('reviewed');
    expect(['raise', 'hold', 'cut']).to.include(detail.outcome);
    expect(part(element, 'review-outcome').textContent).to.match(/额度/);
    expect(element.shadowRoot!.querySelectorAll('.reasons li').length).to.be.greaterThan(0);
    await expect(element).to.be.accessible();
  });

  it('revokes data sharing after a confirmation that explains what happens', async () => {
    const w = await world({ borrow: 500_000 });
    const element = await mount(w);
    part(element, 'revoke').click();
    await whenState(element, 'revoke-confirm');
    expect(text(element)).to.contain('当前额度保持不变');
    expect(element.shadowRoot!.activeElement?.id).to.equal('revoke-title');
    await expect(element).to.be.accessible();
    part(element, 'revoke-confirm').click();
    await whenState(element, 'revoked');
    await expect(element).to.be.accessible();
    // Reviews now hold the limit, with the reason in words.
    outcomeButton(element).click();
    await whenState(element, 'ready');
    part(element, 'review').click();
    await whenState(element, 'reviewed');
    expect(text(element)).to.contain('额度维持');
  });

  it('reloads when a payment, a loan or a repayment happens on the page', async () => {
    const w = await world({ topUp: 10_000 });
    const element = await mount(w);
    await server(w, 'POST', `/v1/wallets/${w.wallet}/top_ups`, { amount: cny(5_000) });
    document.dispatchEvent(new CustomEvent('xh-payment-succeeded', { detail: {} }));
    await waitUntil(() => part(element, 'balance').textContent === '¥150.00', 'no reload');
    await server(w, 'POST', `/v1/wallets/${w.wallet}/top_ups`, { amount: cny(5_000) });
    document.dispatchEvent(new CustomEvent('xh-loan-confirmed', { detail: {} }));
    await waitUntil(() => part(element, 'balance').textContent === '¥200.00', 'no reload');
    expect(element.state).to.equal('ready');
  });

  it('shows an expired session as expired', async () => {
    const w = await world({ expiresIn: 300 });
    await advanceClock(w, 301);
    const element = await mount(w);
    expect(element.state).to.equal('expired');
    expect(text(element)).to.contain('页面已过期');
    await expect(element).to.be.accessible();
  });

  it('turns a network failure into a state with a retry', async () => {
    const w = await world();
    const element = await mount(w, 'zh-CN', 'http://127.0.0.1:9');
    expect(element.state).to.equal('loading');
    expect(part(element, 'status').textContent).to.contain('正在加载账户信息');
    await expect(element).to.be.accessible();
    await waitUntil(() => element.state === 'network-error', 'no network error', {
      timeout: 10_000,
    });
    await expect(element).to.be.accessible();
    element.apiBase = w.apiBase;
    outcomeButton(element).click();
    await whenState(element, 'ready');
  });

  it('refuses a secret key in the page with a setup error', async () => {
    const w = await world();
    const element = await fixture<XhCreditWallet>(
      html`<xh-credit-wallet
        client-secret=${w.clientSecret}
        publishable-key="sk_test_0123456789abcdefABCDEF"
        api-base=${w.apiBase}
      ></xh-credit-wallet>`,
    );
    await whenState(element, 'error');
    expect(text(element)).to.contain('信用钱包组件配置有误');
    await expect(element).to.be.accessible();
  });

  it('speaks English with lang="en"', async () => {
    const w = await world({ borrow: 1_000_000 });
    const element = await mount(w, 'en');
    expect(part(element, 'used').textContent).to.equal('CN¥10,000.00');
    expect(part(element, 'line-status').textContent).to.equal('Active');
    expect(part(element, 'repay').textContent!.trim()).to.equal('Repay');
    expect(text(element))
      .to.contain('Recent wallet activity')
      .and.contain('No wallet activity yet');
    await expect(element).to.be.accessible();
  });
});
