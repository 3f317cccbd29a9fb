import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  advanceClock,
  books,
  codeFor,
  newCheckout,
  server,
  type Checkout,
  type CheckoutOptions,
} from '../../testing/sandbox-commands.js';
import { gatedClient } from '../../testing/gated-client.js';
import '../provider/provider.js';
import type { OneClickLoanState, XhOneClickLoan } from './one-click-loan.component.js';
import './one-click-loan.js';

const CREDIT = ['wallet', 'credit'] as ('wallet' | 'credit')[];
/** The shop every test world has (tests/browser/sandbox-plugin.mjs), as its owner types it. */
const SHOP = {
  business_name: '贝贝母婴生活馆',
  credit_code: '91440300708461136T',
  owner_name: '林晓梅',
  phone: '13800138000',
  months_trading: '36',
};

/** A checkout that allows credit, for a shop with a line (`line`) or without one. */
const creditCheckout = (options: CheckoutOptions = {}) =>
  newCheckout({ paymentMethods: CREDIT, ...options });

async function mount(
  checkout: Checkout,
  options: { lang?: string; apiBase?: string; key?: string } = {},
): Promise<XhOneClickLoan> {
  const element = await fixture<XhOneClickLoan>(
    html`<xh-one-click-loan
      client-secret=${checkout.clientSecret}
      publishable-key=${options.key ?? checkout.publishableKey}
      api-base=${options.apiBase ?? checkout.apiBase}
      lang=${options.lang ?? 'zh-CN'}
    ></xh-one-click-loan>`,
  );
  if (!options.apiBase) {
    await waitUntil(() => element.state !== 'loading', 'the session did not load', {
      timeout: 5000,
    });
  }
  return element;
}

const $ = <T extends HTMLElement = HTMLElement>(element: XhOneClickLoan, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector)!;
const part = <T extends HTMLElement = HTMLElement>(element: XhOneClickLoan, name: string) =>
  $<T>(element, `[part="${name}"]`);
const text = (element: XhOneClickLoan) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const waitFor = (element: XhOneClickLoan, state: OneClickLoanState, timeout = 5000) =>
  waitUntil(() => element.state === state, `never reached ${state} (at ${element.state})`, {
    timeout,
  });

/** Every state the element passes through, in order. */
function recordStates(element: XhOneClickLoan): OneClickLoanState[] {
  const seen: OneClickLoanState[] = [element.state];
  new MutationObserver(() => seen.push(element.state)).observe(element, {
    attributes: true,
    attributeFilter: ['state'],
  });
  return seen;
}

function type(element: XhOneClickLoan, id: string, value: string) {
  const input = $<HTMLInputElement>(element, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
}

/** Types the shop's details in full (after "信息不对？手动填写"). */
async function fillEnrolment(element: XhOneClickLoan, shop = SHOP) {
  if (!element.shadowRoot!.querySelector('#business-name')) {
    part(element, 'edit-details').click();
    await element.updateComplete;
  }
  type(element, 'business-name', shop.business_name);
  type(element, 'credit-code', shop.credit_code);
  type(element, 'owner-name', shop.owner_name);
  type(element, 'phone', shop.phone);
  type(element, 'months-trading', shop.months_trading);
  await element.updateComplete;
}

/** Confirms the details on file: only how long the shop has traded is typed. */
async function confirmOnFile(element: XhOneClickLoan, months = '36') {
  type(element, 'months-trading', months);
  tick(element, 'consent-credit_query');
  await element.updateComplete;
}

function tick(element: XhOneClickLoan, id: string) {
  $<HTMLInputElement>(element, `#${id}`).click();
}

async function toCodeStep(element: XhOneClickLoan) {
  if (!part<HTMLInputElement>(element, 'agreement-checkbox').checked) {
    part(element, 'agreement-checkbox').click();
  }
  part(element, 'borrow').click();
  await waitFor(element, 'code');
}

async function submitCode(element: XhOneClickLoan, code: string) {
  part<HTMLInputElement>(element, 'code-input').value = code;
  part(element, 'confirm').click();
  await waitUntil(() => element.state !== 'processing', 'stuck processing', { timeout: 5000 });
}

interface Loan {
  id: string;
  payment: string;
  schedule: { repayment_method: string; installments: { due_date: string }[] };
  agreement: { consent: string };
}

describe('<xh-one-click-loan>', function () {
  // Each test builds its world in the sandbox (a partner, maybe a loan and 32 days) first.
  this.timeout(15_000);

  it('is accessible and busy while the bank answers: deciding, sending the code, lending', async () => {
    const checkout = await creditCheckout({ shopName: '贝贝母婴生活馆 [approve]' });
    const gate = gatedClient(checkout);
    const provider = await fixture(
      html`<xh-provider .client=${gate.client}
        ><xh-one-click-loan client-secret=${checkout.clientSecret}></xh-one-click-loan
      ></xh-provider>`,
    );
    const element = provider.querySelector('xh-one-click-loan')!;
    await waitFor(element, 'enrol');

    gate.hold('/credit_applications');
    await confirmOnFile(element);
    part(element, 'apply').click();
    await waitFor(element, 'deciding');
    expect(part<HTMLButtonElement>(element, 'apply').disabled).to.equal(true);
    await expect(element).to.be.accessible();
    gate.release();
    await waitFor(element, 'approved');
    await expect(element).to.be.accessible();
    part(element, 'continue').click();
    await waitFor(element, 'offers');

    gate.hold('/verification_codes');
    part(element, 'agreement-checkbox').click();
    part(element, 'borrow').click();
    await waitFor(element, 'sending');
    await expect(element).to.be.accessible();
    gate.release();
    await waitFor(element, 'code');

    gate.hold('/confirm');
    part<HTMLInputElement>(element, 'code-input').value = await codeFor(checkout);
    part(element, 'confirm').click();
    await waitFor(element, 'processing');
    expect(part(element, 'base').getAttribute('aria-busy')).to.equal('true');
    await expect(element).to.be.accessible();
    gate.release();
    await waitFor(element, 'succeeded');
  });

  describe('a shop with a credit line', () => {
    it('shows the available credit, every term with its schedule, APR, daily rate and the agreement', async () => {
      const checkout = await creditCheckout({ line: 30_000 });
      const ready = oneEvent(document, 'xh-ready');
      const element = await mount(checkout);
      expect((await ready).detail).to.deep.equal({ checkoutSessionId: checkout.sessionId });
      expect(element.state).to.equal('offers');
      expect(element.getAttribute('state')).to.equal('offers');
      expect(part(element, 'amount').textContent).to.equal('¥258.00');
      expect(part(element, 'available').textContent).to.equal('¥30,000.00');

      const terms = element.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="term"]');
      expect(terms.length).to.be.greaterThan(1);
      expect(terms[0]!.checked).to.equal(true);
      expect(text(element)).to.contain('随借随还 · 30 天');
      expect($(element, '.apr').textContent).to.match(/^\d+\.\d+%$/);
      expect($(element, '.daily-rate').textContent).to.match(/^0\.\d+%$/);
      expect($(element, '.total-interest').textContent).to.match(/^¥\d/);
      expect(part(element, 'schedule').querySelectorAll('tbody tr')).to.have.length(1);

      // Choosing a three-month term shows its three instalments and their due dates.
      const threeMonths = [...terms].find((t) => t.value === 'equal_installment:3')!;
      threeMonths.click();
      await element.updateComplete;
      expect(part(element, 'schedule').querySelectorAll('tbody tr')).to.have.length(3);
      expect($(element, '.final-due').textContent).to.match(/\d{4}年\d+月\d+日/);

      expect(part(element, 'agreement').querySelector('summary')!.textContent).to.contain(
        '借款合同',
      );
      expect(part<HTMLInputElement>(element, 'agreement-checkbox').checked).to.equal(false);
      await expect(element).to.be.accessible();
      part(element, 'agreement').setAttribute('open', '');
      await expect(element).to.be.accessible();
    });

    it('asks for the agreement, then borrows with the code: loan event, due date, supplier paid, ledger verifies', async () => {
      const checkout = await creditCheckout({ line: 30_000, topUp: 0 });
      const element = await mount(checkout);
      const states = recordStates(element);

      part(element, 'borrow').click();
      await element.updateComplete;
      expect(element.state).to.equal('offers');
      expect(part(element, 'status').textContent).to.contain('请先阅读并勾选同意借款合同');
      expect(element.shadowRoot!.activeElement).to.equal(part(element, 'agreement-checkbox'));

      const threeMonths = element.shadowRoot!.querySelector<HTMLInputElement>(
        '[part="term"][value="equal_installment:3"]',
      )!;
      threeMonths.click();
      await toCodeStep(element);
      expect(part(element, 'status').textContent).to.contain('138****8000');
      expect(element.shadowRoot!.activeElement).to.equal(part(element, 'code-input'));
      expect(part<HTMLButtonElement>(element, 'resend').disabled).to.equal(true);
      // The code step restates what the code commits to: amount, payee, method, term, total.
      const summary = part(element, 'confirm-summary').textContent!.replace(/\s+/g, ' ');
      expect(summary).to.contain('订单金额 ¥258.00');
      expect(summary).to.contain('收款方');
      expect(summary).to.contain('付款方式 星辉贷');
      expect(summary).to.contain('还款方式 等额本息 · 3 期（月）');
      expect(summary).to.match(/应还总额 ¥2\d\d\.\d\d/);
      await expect(element).to.be.accessible();

      const funds = oneEvent(document, 'xh-funds-changed');
      const confirmed = oneEvent(element, 'xh-loan-confirmed');
      await submitCode(element, await codeFor(checkout));
      const { detail } = await confirmed;
      expect((await funds).detail).to.deep.equal({ reason: 'loan' });
      expect(element.state).to.equal('succeeded');
      expect(states).to.include.members(['sending', 'code', 'processing', 'succeeded']);
      expect(detail.checkoutSessionId).to.equal(checkout.sessionId);
      expect(detail.paymentId).to.match(/^pay_/);
      expect(detail.loanId).to.match(/^loan_/);
      expect(text(element)).to.contain('借款成功，订单已付款');
      // Not escrow: the bank paid the supplier now, and says so.
      expect(text(element)).to.contain('银行已放款，将 ¥258.00 直接付给');
      const details = part(element, 'loan-details');
      expect(details.textContent!.replace(/\s/g, '')).to.contain(`借据号${detail.loanId}`);
      // Fresh figures: the credit left after this loan, as the bank confirmed it.
      expect(details.textContent!.replace(/\s/g, '')).to.contain('剩余可用额度¥29,742.00');
      expect(details.textContent!.replace(/\s/g, '')).to.contain('应还总额');

      const loan = await server<Loan>(checkout, 'GET', `/v1/loans/${detail.loanId}`);
      expect(loan.payment).to.equal(detail.paymentId);
      expect(loan.schedule.repayment_method).to.equal('equal_installment');
      const firstDue = loan.schedule.installments[0]!.due_date;
      const [y, m, d] = firstDue.split('-').map(Number);
      expect(details.textContent).to.contain(`${y}年${m}月${d}日`);
      const agreement = await server(checkout, 'GET', `/v1/consents/${loan.agreement.consent}`);
      expect(agreement).to.include({ type: 'loan_agreement', locale: 'zh-CN' });

      // Paid from the loan, not the (empty) wallet, and the books balance.
      expect(await books(checkout)).to.deep.equal({ supplierBalance: 25_800, ledgerOk: true });
      await expect(element).to.be.accessible();
    });

    it('shows a session paid earlier as paid, with its loan', async () => {
      const checkout = await creditCheckout({ line: 30_000 });
      const first = await mount(checkout);
      await toCodeStep(first);
      await submitCode(first, await codeFor(checkout));
      const element = await mount(checkout);
      expect(element.state).to.equal('succeeded');
      expect(text(element)).to.contain('此订单已付款');
      expect(text(element)).to.match(/loan_/);
    });

    it('says how much is available when the order is above it, and offers other ways', async () => {
      const checkout = await creditCheckout({ line: 5_000, amount: 600_000 });
      const failed = oneEvent(document, 'xh-loan-failed');
      const element = await mount(checkout);
      expect(element.state).to.equal('insufficient-credit');
      expect((await failed).detail.code).to.equal('insufficient_credit');
      expect(text(element)).to.contain('可用额度 ¥5,000.00，本订单 ¥6,000.00');
      expect(text(element)).to.contain('星辉钱包');
      expect($(element, '.outcome button').textContent).to.contain('重新查询额度');
      await expect(element).to.be.accessible();
    });

    it('explains a line frozen for an overdue loan, and points to repaying', async () => {
      const checkout = await creditCheckout({ line: 'approve', frozen: true });
      const element = await mount(checkout);
      expect(element.state).to.equal('frozen');
      expect(text(element)).to.contain('授信额度已冻结');
      expect(text(element)).to.contain('还清逾期款项');
      await expect(element).to.be.accessible();
    });

    it('says how many tries are left after a wrong code, and locks after five', async () => {
      const checkout = await creditCheckout({ line: 30_000 });
      const element = await mount(checkout);
      await toCodeStep(element);
      const code = await codeFor(checkout);
      const wrong = code === '000000' ? '111111' : '000000';

      const failed = oneEvent(element, 'xh-loan-failed');
      await submitCode(element, wrong);
      expect((await failed).detail.code).to.equal('verification_code_invalid');
      expect(element.state).to.equal('code');
      expect(part(element, 'status').textContent).to.contain('还可尝试 4 次');

      for (let i = 0; i < 4; i++) await submitCode(element, wrong);
      expect(element.state).to.equal('locked');
      await expect(element).to.be.accessible();

      // Before the wait after a lock is over, the bank refuses: the component says how long.
      $(element, '.outcome button').click();
      await waitFor(element, 'code');
      expect(part(element, 'status').textContent).to.contain('请 5 分钟后再试');
      // After the wait, a page opened again gets a new code and pays.
      await advanceClock(checkout, 300);
      element.remove();
      const again = await mount(checkout);
      await toCodeStep(again);
      const confirmed = oneEvent(again, 'xh-loan-confirmed');
      await submitCode(again, await codeFor(checkout));
      expect((await confirmed).detail.loanId).to.match(/^loan_/);
    });

    it('shows an expired session as expired', async () => {
      const checkout = await creditCheckout({ line: 30_000, expiresIn: 300 });
      await advanceClock(checkout, 301);
      const element = await mount(checkout);
      expect(element.state).to.equal('expired');
      expect(text(element)).to.contain('本次付款已过期');
      await expect(element).to.be.accessible();
    });

    it('turns a network failure into a state with a retry', async () => {
      const checkout = await creditCheckout({ line: 30_000 });
      const element = await mount(checkout, { apiBase: 'http://127.0.0.1:9' });
      expect(element.state).to.equal('loading');
      expect(part(element, 'status').textContent).to.contain('正在加载借款信息');
      await expect(element).to.be.accessible();
      await waitFor(element, 'network-error', 10_000);
      expect(text(element)).to.contain('网络连接失败');
      await expect(element).to.be.accessible();
      element.apiBase = checkout.apiBase;
      $(element, '.outcome button').click();
      await waitFor(element, 'offers');
    });

    it('refuses a secret key with a setup error, and an order that does not allow credit', async () => {
      const checkout = await creditCheckout({ line: 30_000 });
      const element = await mount(checkout, { key: 'sk_test_0123456789abcdefABCDEF' });
      await waitFor(element, 'error');
      expect(text(element)).to.contain('借款组件配置有误');
      await expect(element).to.be.accessible();

      const walletOnly = await newCheckout({ line: 30_000 });
      const other = await mount(walletOnly);
      expect(other.state).to.equal('error');
      expect(text(other)).to.contain('此订单不支持星辉贷');
      await expect(other).to.be.accessible();
    });

    it('speaks English with lang="en", down to the agreement it records', async () => {
      const checkout = await creditCheckout({ line: 30_000 });
      const element = await mount(checkout, { lang: 'en' });
      expect(part(element, 'available').textContent).to.equal('CN¥30,000.00');
      expect(text(element)).to.contain('Pay any time · 30 days');
      expect(text(element)).to.contain('APR');
      expect(text(element)).to.contain('Loan agreement (entrusted payment)');
      expect(part(element, 'borrow').textContent!.trim()).to.equal(
        'Pay CN¥258.00 with Xinghui Credit',
      );
      await expect(element).to.be.accessible();
      await toCodeStep(element);
      expect(part(element, 'status').textContent).to.contain('We sent a code to 138****8000');
      const confirmed = oneEvent(element, 'xh-loan-confirmed');
      await submitCode(element, await codeFor(checkout));
      const { loanId } = (await confirmed).detail;
      expect(text(element)).to.contain('Loan made: the order is paid');
      expect(part(element, 'loan-details').textContent).to.match(
        /First payment due\s*\w{3} \d+, \d{4}/,
      );
      const loan = await server<Loan>(checkout, 'GET', `/v1/loans/${loanId}`);
      const agreement = await server(checkout, 'GET', `/v1/consents/${loan.agreement.consent}`);
      expect(agreement).to.include({ locale: 'en' });
    });
  });

  describe('a shop without a line', () => {
    it('enrols on the details on file: masked, then each consent in full, unticked', async () => {
      const checkout = await creditCheckout();
      const element = await mount(checkout);
      expect(element.state).to.equal('enrol');
      // What the partner registered, masked: the page never sees more.
      const onFile = part(element, 'on-file').textContent!.replace(/\s+/g, '');
      expect(onFile).to.contain('企业名称贝贝母婴生活馆');
      expect(onFile).to.contain('统一社会信用代码9144**********136T');
      expect(onFile).to.contain('法定代表人姓名林*梅');
      expect(onFile).to.contain('手机号138****8000');
      expect(element.shadowRoot!.innerHTML).not.to.contain(SHOP.credit_code);
      expect(element.shadowRoot!.innerHTML).not.to.contain(SHOP.owner_name);
      // Only months trading is typed.
      expect(element.shadowRoot!.querySelectorAll('input:not([type="checkbox"])')).to.have.length(
        1,
      );
      const consents = element.shadowRoot!.querySelectorAll('[part="consent"]');
      expect(consents.length).to.be.greaterThanOrEqual(2);
      expect(consents[0]!.textContent).to.contain('征信查询授权书');
      expect(consents[0]!.textContent).to.contain('中国人民银行金融信用信息基础数据库');
      expect(consents[1]!.textContent).to.contain('经营数据共享授权书');
      const boxes = element.shadowRoot!.querySelectorAll<HTMLInputElement>('[type="checkbox"]');
      expect([...boxes].every((box) => !box.checked)).to.equal(true);
      await expect(element).to.be.accessible();

      // Nothing filled in: each problem is said, focus on the first.
      part(element, 'apply').click();
      await element.updateComplete;
      expect(element.state).to.equal('enrol');
      expect(element.shadowRoot!.activeElement).to.equal($(element, '#months-trading'));
      expect($(element, '#consent-credit_query-error').textContent).to.contain('征信查询授权');
      await expect(element).to.be.accessible();
    });

    it('is approved in one tap and shows the new line before the first loan', async () => {
      const checkout = await creditCheckout({ shopName: '贝贝母婴生活馆 [approve]' });
      const element = await mount(checkout);
      await confirmOnFile(element);
      part(element, 'apply').click();
      await waitFor(element, 'approved');
      expect(element.shadowRoot!.activeElement).to.equal($(element, '.outcome h2'));
      const line = part(element, 'line-summary').textContent!.replace(/\s+/g, '');
      expect(line).to.contain('授信额度¥20,000.00');
      expect(line).to.contain('年化利率10.95%');
      expect(line).to.match(/日利率0\.\d+%/);
      expect(line).to.match(/额度有效期至\d{4}年\d+月\d+日/);
      expect(line).to.contain('随借随还·30天');
      await expect(element).to.be.accessible();
      // Only the consent ticked was given: data sharing is optional.
      const consents = await server<{ data: { type: string }[] }>(checkout, 'GET', '/v1/consents');
      expect(consents.data.map((c) => c.type)).to.deep.equal(['credit_query']);

      part(element, 'continue').click();
      await waitFor(element, 'offers');
      expect(element.shadowRoot!.activeElement).to.equal($(element, '[part="term"]:checked'));
      expect(part(element, 'available').textContent).to.equal('¥20,000.00');
    });

    it('records the direct-debit authorisation (代扣授权) the shop ticks, with the text it was shown', async () => {
      const checkout = await creditCheckout({ shopName: '贝贝母婴生活馆 [approve]' });
      const element = await mount(checkout);
      await confirmOnFile(element);
      const box = $<HTMLInputElement>(element, '#consent-direct_debit');
      expect(box.checked).to.equal(false); // optional, never ticked for the shop
      expect(box.labels![0]!.textContent).to.contain('自动扣款');
      tick(element, 'consent-direct_debit');
      await element.updateComplete;
      await expect(element).to.be.accessible();
      part(element, 'apply').click();
      await waitFor(element, 'approved');
      part(element, 'continue').click();
      await waitFor(element, 'offers');
      await toCodeStep(element);
      await submitCode(element, await codeFor(checkout));
      expect(element.state).to.equal('succeeded');

      interface ConsentRecord {
        type: string;
        status: string;
        template_version: string;
      }
      const { data } = await server<{ data: ConsentRecord[] }>(checkout, 'GET', '/v1/consents');
      expect(data.map((c) => c.type).sort()).to.deep.equal([
        'credit_query',
        'direct_debit',
        'loan_agreement',
      ]);
      const debit = data.find((c) => c.type === 'direct_debit')!;
      expect(debit.status).to.equal('active');
      const shown = await server<{ version: string }>(
        checkout,
        'GET',
        '/v1/consent_templates/direct_debit?locale=zh-CN',
      );
      expect(debit.template_version).to.equal(shown.version);
    });

    it('checks typed details as they are typed, with the contract validator', async () => {
      const checkout = await creditCheckout();
      const element = await mount(checkout);
      part(element, 'edit-details').click();
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part="on-file"]')).to.equal(null);
      const input = $<HTMLInputElement>(element, '#credit-code');
      const typeCode = async (value: string) => {
        input.value = value;
        input.dispatchEvent(new Event('input'));
        await element.updateComplete;
        return element.shadowRoot!.querySelector('#credit-code-error')?.textContent ?? '';
      };
      expect(await typeCode('9144')).to.equal(''); // still typing
      expect(await typeCode('9144O')).to.contain('只能包含数字和大写字母');
      expect(await typeCode('91440300708461136A')).to.contain('校验位不正确');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      await expect(element).to.be.accessible();
      expect(await typeCode('91440300708461136t')).to.equal(''); // capitalised as typed
      expect(input.value).to.equal('91440300708461136T');
    });

    it('says what to fix when typed details do not match, and applies again on those on file', async () => {
      const checkout = await creditCheckout({ shopName: '贝贝母婴生活馆 [approve]' });
      const element = await mount(checkout);
      await fillEnrolment(element, { ...SHOP, business_name: '贝贝母婴' });
      tick(element, 'consent-credit_query');
      const failed = oneEvent(element, 'xh-loan-failed');
      part(element, 'apply').click();
      await waitFor(element, 'declined');
      expect((await failed).detail.code).to.equal('credit_declined');
      expect(text(element)).to.contain('与平台登记的门店信息不一致');
      expect(element.shadowRoot!.activeElement).to.equal($(element, '.outcome h2'));
      await expect(element).to.be.accessible();

      // Apply again: the typed form comes back as it was, to fix.
      part(element, 'apply-again').click();
      await waitFor(element, 'enrol');
      expect($<HTMLInputElement>(element, '#business-name').value).to.equal('贝贝母婴');
      part(element, 'edit-details').click(); // or use the details on file after all
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part="on-file"]')).not.to.equal(null);
      part(element, 'apply').click();
      await waitFor(element, 'approved');
    });

    it('is enrolled and pays by keyboard alone', async () => {
      const approved = await creditCheckout({ shopName: '贝贝母婴生活馆 [approve]' });
      const element = await mount(approved);
      const states = recordStates(element);
      $(element, '#months-trading').focus();
      await sendKeys({ type: SHOP.months_trading });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' }); // credit query
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' }); // data sharing
      // Any further optional consent the bank lists stays unticked.
      while (element.shadowRoot!.activeElement !== part(element, 'apply')) {
        await sendKeys({ press: 'Tab' });
      }
      await sendKeys({ press: 'Enter' });
      await waitFor(element, 'approved');
      expect(states).to.include('deciding');
      await sendKeys({ press: 'Tab' }); // from the heading to "用星辉贷支付本订单"
      expect(element.shadowRoot!.activeElement).to.equal(part(element, 'continue'));
      await sendKeys({ press: 'Enter' });
      await waitFor(element, 'offers');
      expect(element.shadowRoot!.activeElement).to.equal($(element, '[part="term"]:checked'));
      await expect(element).to.be.accessible();

      await sendKeys({ press: 'ArrowDown' }); // the next term
      expect($<HTMLInputElement>(element, '[part="term"]:checked').value).to.equal(
        'pay_anytime:60',
      );
      await sendKeys({ press: 'Tab' }); // the agreement's summary
      await sendKeys({ press: 'Enter' }); // opens it
      expect(part<HTMLDetailsElement>(element, 'agreement').open).to.equal(true);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' }); // accepts it
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' }); // borrow
      await waitFor(element, 'code');
      await sendKeys({ type: await codeFor(approved) });
      const confirmed = oneEvent(element, 'xh-loan-confirmed');
      await sendKeys({ press: 'Enter' });
      await waitFor(element, 'succeeded');
      const { loanId } = (await confirmed).detail;
      const loan = await server<Loan>(approved, 'GET', `/v1/loans/${loanId}`);
      expect(loan.schedule.installments).to.have.length(1);
      expect(await books(approved)).to.deep.equal({ supplierBalance: 25_800, ledgerOk: true });
      const consents = await server<{ data: { type: string }[] }>(approved, 'GET', '/v1/consents');
      expect(consents.data.map((c) => c.type).sort()).to.deep.equal([
        'credit_query',
        'data_sharing',
        'loan_agreement',
      ]);
    });

    it('shows a decline with its reasons in plain words, and applies again', async () => {
      const name = '贝贝母婴生活馆 [decline]';
      const checkout = await creditCheckout({ shopName: name });
      const element = await mount(checkout);
      await confirmOnFile(element);
      const failed = oneEvent(element, 'xh-loan-failed');
      part(element, 'apply').click();
      await waitFor(element, 'declined');
      expect((await failed).detail.code).to.equal('credit_declined');
      expect(text(element)).to.contain('暂未通过授信审批');
      expect(element.shadowRoot!.querySelectorAll('.reasons li').length).to.be.greaterThan(0);
      expect(part(element, 'apply-again').textContent).to.contain('修改后重新申请');
      await expect(element).to.be.accessible();
      part(element, 'apply-again').click();
      await waitFor(element, 'enrol');
      expect(element.shadowRoot!.querySelector('[part="on-file"]')).not.to.equal(null);
      expect($<HTMLInputElement>(element, '#months-trading').value).to.equal('36');
    });

    it('declines in English with the reasons in English', async () => {
      const name = '贝贝母婴生活馆 [decline]';
      const checkout = await creditCheckout({ shopName: name });
      const element = await mount(checkout, { lang: 'en' });
      expect(text(element)).to.contain('Credit report authorisation');
      expect(text(element)).to.contain('Your shop as the platform registered it');
      await confirmOnFile(element);
      part(element, 'apply').click();
      await waitFor(element, 'declined');
      const reasons = [...element.shadowRoot!.querySelectorAll('.reasons li')].map(
        (li) => li.textContent!,
      );
      expect(reasons.length).to.be.greaterThan(0);
      for (const reason of reasons) expect(reason).to.match(/^[\x20-\x7e’]+$/);
      expect(text(element)).to.contain('Fix and apply again');
    });

    it('says a person will review a referred application, and to pay another way for now', async () => {
      const name = '贝贝母婴生活馆 [refer]';
      const checkout = await creditCheckout({ shopName: name });
      const element = await mount(checkout);
      await confirmOnFile(element);
      part(element, 'apply').click();
      await waitFor(element, 'referred');
      expect(text(element)).to.contain('申请已转人工审核');
      expect(text(element)).to.contain('请先使用星辉钱包等其他方式付款');
      await expect(element).to.be.accessible();
    });
  });

  describe('where the money goes', () => {
    it('says an escrowed order’s loan is held by the bank until receipt, before and after', async () => {
      const checkout = await creditCheckout({ line: 30_000, escrow: true });
      const element = await mount(checkout);
      expect(part(element, 'loan-payee').textContent).to.contain('担保交易托管');
      expect(part(element, 'loan-payee').textContent).to.contain('确认收货后');
      await toCodeStep(element);
      await submitCode(element, await codeFor(checkout));
      expect(element.state).to.equal('succeeded');
      expect(text(element)).to.contain('款项由银行托管；您确认收货后');
      expect(text(element)).not.to.contain('直接付给');
      await expect(element).to.be.accessible();
    });

    it('reads the loan agreement of the term chosen, and asks for it again after a change', async () => {
      const checkout = await creditCheckout({ line: 30_000 });
      const element = await mount(checkout);
      const agreementText = () => part(element, 'agreement').textContent!;
      await waitUntil(() => agreementText().includes('随借随还'), 'no agreement for 30 days');
      part(element, 'agreement-checkbox').click();
      $<HTMLInputElement>(element, '[part="term"][value="equal_installment:3"]').click();
      await waitUntil(
        () => agreementText().includes('等额本息'),
        'the agreement was not the chosen term’s',
      );
      // What was accepted for another term no longer counts.
      expect(part<HTMLInputElement>(element, 'agreement-checkbox').checked).to.equal(false);
      expect(agreementText()).to.contain('第 3 期');
    });
  });
});
