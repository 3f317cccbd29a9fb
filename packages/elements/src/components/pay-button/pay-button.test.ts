import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  advanceClock,
  books,
  codeFor,
  newCheckout,
  server,
  topUp,
  type Checkout,
} from '../../testing/sandbox-commands.js';
import { gatedClient } from '../../testing/gated-client.js';
import '../provider/provider.js';
import type { XhPayButton } from './pay-button.component.js';
import './pay-button.js';

async function mount(checkout: Checkout, lang?: string): Promise<XhPayButton> {
  const element = await fixture<XhPayButton>(
    html`<xh-pay-button
      client-secret=${checkout.clientSecret}
      publishable-key=${checkout.publishableKey}
      api-base=${checkout.apiBase}
      lang=${lang ?? 'zh-CN'}
    ></xh-pay-button>`,
  );
  await waitUntil(() => element.state !== 'loading', 'the session did not load', { timeout: 5000 });
  return element;
}

const part = (element: XhPayButton, name: string) =>
  element.shadowRoot!.querySelector<HTMLElement & { value?: string; disabled?: boolean }>(
    `[part="${name}"]`,
  )!;
const text = (element: XhPayButton) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function toCodeStep(element: XhPayButton) {
  part(element, 'pay').click();
  await waitUntil(() => element.state === 'code', 'no code step', { timeout: 5000 });
}

async function submitCode(element: XhPayButton, code: string) {
  const input = part(element, 'code-input') as HTMLInputElement;
  input.value = code;
  part(element, 'confirm').click();
  await waitUntil(() => element.state !== 'processing', 'stuck processing', { timeout: 5000 });
}

describe('<xh-pay-button>', () => {
  it('loads the session: amount, supplier and wallet balance, and fires xh-ready', async () => {
    const checkout = await newCheckout({ amount: 25_800, topUp: 100_000 });
    const ready = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('xh-ready', (event) => resolve(event as CustomEvent), {
        once: true,
      }),
    );
    const element = await mount(checkout);
    expect((await ready).detail).to.deep.equal({
      checkoutSessionId: checkout.sessionId,
      canEnrol: false,
    });
    expect(element.state).to.equal('ready');
    expect(element.getAttribute('state')).to.equal('ready');
    expect(part(element, 'amount').textContent).to.equal('¥258.00');
    expect(part(element, 'supplier').textContent).to.equal('安心母婴用品批发有限公司');
    expect(part(element, 'balance').textContent).to.equal('¥1,000.00');
    await expect(element).to.be.accessible();
  });

  it('pays with the code: masked phone, focus on the input, success event, supplier paid', async () => {
    const checkout = await newCheckout();
    const element = await mount(checkout);
    await toCodeStep(element);
    expect(part(element, 'status').textContent).to.contain('138****8000');
    expect(element.shadowRoot!.activeElement).to.equal(part(element, 'code-input'));
    expect(part(element, 'resend').disabled).to.equal(true);
    expect(part(element, 'resend').textContent).to.match(/\d+ 秒后可重新发送/);
    await expect(element).to.be.accessible();

    const succeeded = oneEvent(element, 'xh-payment-succeeded');
    await submitCode(element, await codeFor(checkout));
    const { detail } = await succeeded;
    expect(element.state).to.equal('succeeded');
    expect(detail.checkoutSessionId).to.equal(checkout.sessionId);
    expect(detail.paymentId).to.match(/^pay_/);
    expect(detail.amount).to.deep.equal({ amount: 25_800, currency: 'CNY' });
    expect(text(element)).to.contain('付款成功');
    expect(await books(checkout)).to.deep.equal({ supplierBalance: 25_800, ledgerOk: true });
    await expect(element).to.be.accessible();
  });

  it('is accessible and busy while the bank answers: sending the code, then paying', async () => {
    const checkout = await newCheckout();
    const gate = gatedClient(checkout);
    const provider = await fixture(
      html`<xh-provider .client=${gate.client}
        ><xh-pay-button client-secret=${checkout.clientSecret}></xh-pay-button
      ></xh-provider>`,
    );
    const element = provider.querySelector('xh-pay-button')!;
    await waitUntil(() => element.state === 'ready', 'not ready', { timeout: 5000 });

    gate.hold('/verification_codes');
    part(element, 'pay').click();
    await waitUntil(() => element.state === 'sending', 'not sending', { timeout: 5000 });
    expect(part(element, 'status').textContent).to.contain('正在发送验证码');
    expect(part(element, 'pay').disabled).to.equal(true);
    await expect(element).to.be.accessible();
    gate.release();
    await waitUntil(() => element.state === 'code', 'no code step', { timeout: 5000 });

    gate.hold('/confirm');
    (part(element, 'code-input') as HTMLInputElement).value = await codeFor(checkout);
    part(element, 'confirm').click();
    await waitUntil(() => element.state === 'processing', 'not processing', { timeout: 5000 });
    expect(part(element, 'base').getAttribute('aria-busy')).to.equal('true');
    expect(part(element, 'confirm').disabled).to.equal(true);
    await expect(element).to.be.accessible();
    gate.release();
    await waitUntil(() => element.state === 'succeeded', 'not paid', { timeout: 5000 });
  });

  it('says before paying that an escrow session holds the money, and on success that it is held', async () => {
    const checkout = await newCheckout({ escrow: true });
    const element = await mount(checkout);
    // The bank holds the money and pays the supplier on receipt (or on the auto-confirm date).
    expect(part(element, 'escrow').textContent).to.contain('款项由银行托管');
    expect(part(element, 'escrow').textContent).to.contain('银行才付给供应商');
    await toCodeStep(element);
    await submitCode(element, await codeFor(checkout));
    await waitUntil(() => element.state === 'succeeded');
    const held = element.shadowRoot!.querySelector('.outcome')!.textContent!;
    expect(held).to.contain('由银行托管');
    expect(held).to.contain('银行才付给供应商');
    expect(await books(checkout)).to.deep.equal({ supplierBalance: 0, ledgerOk: true });
    await expect(element).to.be.accessible();
  });

  it('is operable by keyboard alone', async () => {
    const checkout = await newCheckout();
    const element = await mount(checkout);
    part(element, 'pay').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => element.state === 'code', 'Enter did not start paying', {
      timeout: 5000,
    });
    await sendKeys({ type: await codeFor(checkout) });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => element.state === 'succeeded', 'Enter did not confirm', {
      timeout: 5000,
    });
  });

  it('says, in the shop’s language, how long to wait when the bank refuses a new code after a lock', async () => {
    for (const [lang, words] of [
      ['zh-CN', '请 5 分钟后再试'],
      ['en', 'Try again in 5 min'],
    ] as const) {
      const checkout = await newCheckout();
      const element = await mount(checkout, lang);
      await toCodeStep(element);
      const code = await codeFor(checkout);
      const wrong = code === '000000' ? '111111' : '000000';
      for (let i = 0; i < 5; i++) await submitCode(element, wrong);
      expect(element.state).to.equal('locked');
      (element.shadowRoot!.querySelector('.outcome button') as HTMLButtonElement).click();
      await waitUntil(() => element.state === 'code', 'no code step after the refusal', {
        timeout: 5000,
      });
      expect(part(element, 'status').textContent).to.contain(words);
      // The resend button counts the bank's wait down, not the 60 s resend wait.
      expect(part(element, 'resend').disabled).to.equal(true);
      expect(part(element, 'resend').textContent).to.match(/\b(2\d\d|300)\b/);
      await expect(element).to.be.accessible();
    }
  });

  it('says how many tries are left after a wrong code, and locks after five', async () => {
    const checkout = await newCheckout();
    const element = await mount(checkout);
    await toCodeStep(element);
    const code = await codeFor(checkout);
    const wrong = code === '000000' ? '111111' : '000000';

    const failed = oneEvent(element, 'xh-payment-failed');
    await submitCode(element, wrong);
    expect((await failed).detail.code).to.equal('verification_code_invalid');
    expect(element.state).to.equal('code');
    expect(part(element, 'status').textContent).to.contain('还可尝试 4 次');
    await expect(element).to.be.accessible();

    for (let i = 0; i < 4; i++) await submitCode(element, wrong);
    expect(element.state).to.equal('locked');
    await expect(element).to.be.accessible();

    // A new code needs the wait after a lock (CODE_BUDGETS: 300 s after the first); then the flow goes on.
    await advanceClock(checkout, 300);
    (element.shadowRoot!.querySelector('.outcome button') as HTMLButtonElement).click();
    await waitUntil(() => element.state === 'code', 'no new code', { timeout: 5000 });
    await submitCode(element, await codeFor(checkout));
    expect(element.state).to.equal('succeeded');
  });

  it('rejects a malformed code without asking the bank', async () => {
    const checkout = await newCheckout();
    const element = await mount(checkout);
    await toCodeStep(element);
    await submitCode(element, '12ab');
    expect(element.state).to.equal('code');
    expect(part(element, 'status').textContent).to.contain('请输入 6 位数字验证码');
  });

  it('shows insufficient balance with the shortfall, and pays after a top-up and refresh', async () => {
    const checkout = await newCheckout({ amount: 25_800, topUp: 10_000 });
    const element = await mount(checkout);
    expect(element.state).to.equal('insufficient');
    expect(text(element)).to.contain('还差 ¥158.00');
    await expect(element).to.be.accessible();

    await topUp(checkout, 20_000);
    (element.shadowRoot!.querySelector('.outcome button.secondary') as HTMLButtonElement).click();
    await waitUntil(() => element.state === 'ready', 'refresh did not reload', { timeout: 5000 });
    expect(part(element, 'balance').textContent).to.equal('¥300.00');
  });

  it('shows an expired session as expired, with what to do', async () => {
    const checkout = await newCheckout({ expiresIn: 300 });
    await advanceClock(checkout, 301);
    const element = await mount(checkout);
    expect(element.state).to.equal('expired');
    expect(text(element)).to.contain('本次付款已过期');
    await expect(element).to.be.accessible();
  });

  it('turns a network failure into a state with a retry', async () => {
    const checkout = await newCheckout();
    const element = await fixture<XhPayButton>(
      html`<xh-pay-button
        client-secret=${checkout.clientSecret}
        publishable-key=${checkout.publishableKey}
        api-base="http://127.0.0.1:9"
      ></xh-pay-button>`,
    );
    // The SDK retries a refused connection for a while first: the loading state, meanwhile.
    expect(element.state).to.equal('loading');
    expect(part(element, 'status').textContent).to.contain('正在加载付款信息');
    await expect(element).to.be.accessible();
    await waitUntil(() => element.state === 'network-error', 'no network error', {
      timeout: 10_000,
    });
    expect(text(element)).to.contain('网络连接失败');
    await expect(element).to.be.accessible();
    element.apiBase = checkout.apiBase;
    (element.shadowRoot!.querySelector('.outcome button') as HTMLButtonElement).click();
    await waitUntil(() => element.state === 'ready', 'retry did not recover', { timeout: 5000 });
  });

  it('refuses a secret key in the page with a setup error, sending nothing', async () => {
    const checkout = await newCheckout();
    const element = await fixture<XhPayButton>(
      html`<xh-pay-button
        client-secret=${checkout.clientSecret}
        publishable-key="sk_test_0123456789abcdefABCDEF"
        api-base=${checkout.apiBase}
      ></xh-pay-button>`,
    );
    await waitUntil(() => element.state === 'error', 'no setup error', { timeout: 5000 });
    expect(text(element)).to.contain('付款未完成');
    await expect(element).to.be.accessible();
  });

  it('speaks English with lang="en"', async () => {
    const checkout = await newCheckout();
    const element = await mount(checkout, 'en');
    expect(part(element, 'pay').textContent!.trim()).to.equal('Pay with Xinghui Wallet');
    expect(part(element, 'amount').textContent).to.equal('CN¥258.00');
    await toCodeStep(element);
    expect(part(element, 'status').textContent).to.contain('We sent a code to 138****8000');
  });

  describe('with credit', function () {
    this.timeout(15_000);
    const CREDIT = ['wallet', 'credit'] as ('wallet' | 'credit')[];

    it('stays a wallet button when the session does not allow credit, or the shop has no line', async () => {
      for (const checkout of [
        await newCheckout({ line: 30_000 }),
        await newCheckout({ paymentMethods: CREDIT }),
      ]) {
        const element = await mount(checkout);
        expect(element.state).to.equal('ready');
        expect(element.shadowRoot!.querySelector('[part="method"]')).to.equal(null);
        expect(element.shadowRoot!.querySelector('[part="term"]')).to.equal(null);
        expect(part(element, 'pay').textContent!.trim()).to.equal('使用星辉钱包付款');
        await toCodeStep(element);
        await submitCode(element, await codeFor(checkout));
        expect(element.state).to.equal('succeeded');
      }
    });

    it('offers credit in place of an empty wallet, with the full terms, and pays on credit through the code step', async () => {
      // An empty wallet: credit alone makes the order payable, so it is chosen already.
      const checkout = await newCheckout({ paymentMethods: CREDIT, line: 30_000, topUp: 0 });
      const element = await mount(checkout);
      expect(element.state).to.equal('ready');
      const methods = element.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="method"]');
      expect([...methods].map((m) => [m.value, m.checked])).to.deep.equal([
        ['wallet', false],
        ['credit', true],
      ]);
      expect(part(element, 'balance').textContent).to.contain('不足');
      expect(text(element)).to.contain('可用额度 ¥30,000.00');
      await expect(element).to.be.accessible();

      methods[1]!.click();
      await element.updateComplete;
      const terms = element.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="term"]');
      expect(terms.length).to.be.greaterThan(1);
      expect(terms[0]!.checked).to.equal(true);
      const summary = part(element, 'offer-summary');
      expect(summary.querySelector('.apr')!.textContent).to.match(/^\d+\.\d+%$/);
      expect(summary.querySelector('.total-interest')!.textContent).to.match(/^¥\d/);
      expect(summary.querySelector('.first-due')!.textContent).to.match(/\d{4}年\d+月\d+日/);
      // Every figure before the commitment: APR first, the daily rate, the total to repay, the
      // penalty rate in words, and the schedule.
      expect(summary.querySelector('dd')!.className).to.equal('apr');
      expect(summary.querySelector('.daily-rate')!.textContent).to.match(/^\d+\.\d+%$/);
      expect(summary.querySelector('.total-amount')!.textContent).to.match(/^¥\d/);
      expect(summary.querySelector('.penalty')!.textContent).to.contain('1.5 倍');
      expect(part(element, 'schedule').querySelectorAll('tbody tr').length).to.be.greaterThan(0);
      expect(part(element, 'pay').textContent!.trim()).to.equal('使用星辉贷付款');
      await expect(element).to.be.accessible();

      // The loan agreement first.
      part(element, 'pay').click();
      await element.updateComplete;
      expect(element.state).to.equal('ready');
      expect(part(element, 'status').textContent).to.contain('借款合同');
      part(element, 'agreement-checkbox').click();
      [...terms].find((t) => t.value === 'equal_installment:3')!.click();
      await element.updateComplete;
      // The agreement is the loan's own: accepting another term's text does not count for this
      // one, so the box is unticked (even when ticked since the last render) until this term's
      // text is read and accepted.
      expect((part(element, 'agreement-checkbox') as HTMLInputElement).checked).to.equal(false);
      await waitUntil(
        () => part(element, 'agreement').textContent!.includes('等额本息'),
        'the agreement is not the chosen term’s',
      );
      part(element, 'agreement-checkbox').click();

      await element.updateComplete;
      const totalToRepay = part(element, 'offer-summary').querySelector(
        '.total-amount',
      )!.textContent!;

      await toCodeStep(element);
      // The code step restates the commitment: amount, payee, method, term, total to repay.
      const restated = part(element, 'confirm-summary').textContent!.replace(/\s+/g, ' ');
      for (const words of [
        '¥258.00',
        '安心母婴用品批发有限公司',
        '星辉贷',
        '等额本息',
        totalToRepay,
      ]) {
        expect(restated).to.contain(words);
      }
      await expect(element).to.be.accessible();
      const succeeded = oneEvent(element, 'xh-payment-succeeded');
      await submitCode(element, await codeFor(checkout));
      const { detail } = await succeeded;
      expect(element.state).to.equal('succeeded');
      expect(detail.checkoutSessionId).to.equal(checkout.sessionId);
      expect(detail.paymentId).to.match(/^pay_/);
      expect(part(element, 'receipt').textContent).to.contain('星辉贷');
      // Fresh figures: the credit left after this loan, from the bank's answer.
      expect(part(element, 'receipt').textContent!.replace(/\s/g, '')).to.contain(
        '剩余可用额度¥29,742.00',
      );
      const payment = await server<{ method: string }>(
        checkout,
        'GET',
        `/v1/payments/${detail.paymentId}`,
      );
      expect(payment.method).to.equal('credit');
      const loans = await server<{ data: { schedule: { installments: unknown[] } }[] }>(
        checkout,
        'GET',
        '/v1/loans',
      );
      expect(loans.data[0]!.schedule.installments).to.have.length(3);
      expect(await books(checkout)).to.deep.equal({ supplierBalance: 25_800, ledgerOk: true });
      await expect(element).to.be.accessible();
    });

    it('still pays from the wallet when credit is offered but the wallet is chosen', async () => {
      const checkout = await newCheckout({ paymentMethods: CREDIT, line: 30_000 });
      const element = await mount(checkout);
      await toCodeStep(element);
      const succeeded = oneEvent(element, 'xh-payment-succeeded');
      await submitCode(element, await codeFor(checkout));
      const payment = await server<{ method: string }>(
        checkout,
        'GET',
        `/v1/payments/${(await succeeded).detail.paymentId}`,
      );
      expect(payment.method).to.equal('wallet');
    });
  });
});
