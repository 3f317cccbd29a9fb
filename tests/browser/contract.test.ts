// The contract in a real browser, under the strict Content-Security-Policy merchants' pages use
// (no 'unsafe-eval'; see web-test-runner.config.mjs): schemas must parse without compiling code,
// webhook signatures must work on the browser's WebCrypto, money must format for zh-CN.
import { expect } from '@open-wc/testing';
import {
  CreateBuyerParams,
  CreateCheckoutSessionParams,
  CreditCode,
  Event,
  Money,
  Payment,
  Rate,
  WebhookSignatureError,
  formatMoney,
  formatRatePercent,
  dailyRateFromApr,
  parseMoneyInput,
  signWebhookPayload,
  verifyWebhookSignature,
} from '@xinghui/contract';

// Registered as soon as this module runs: the contract's modules (and zod) have been evaluated by
// then, but a violation they caused would still be reported to this listener, because the event
// is dispatched in a later task.
const violations: SecurityPolicyViolationEvent[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(event));

/** Lets queued securitypolicyviolation events be dispatched. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

const describeViolations = () =>
  violations.map((v) => `${v.effectiveDirective} blocked ${v.blockedURI || '(inline)'}`).join('; ');

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });

const payment = {
  id: 'pay_3kTMd9Qx0bZc7Lh2Vw8Ynp4R',
  object: 'payment',
  status: 'succeeded',
  method: 'wallet',
  amount: cny(123_456),
  amount_refunded: cny(0),
  buyer: 'buy_4fQk2ZbX9mTe1LpW',
  supplier: 'sup_7GhJ2kLm9NpQ4rSt',
  checkout_session: 'cs_a1B2c3D4e5F6g7H8',
  failure_code: null,
  created: 1_764_300_000,
};

describe('@xinghui/contract in the browser', () => {
  describe('schemas under a CSP without unsafe-eval', () => {
    it('parses valid input', () => {
      expect(Money.parse(cny(12_345))).to.deep.equal(cny(12_345));
      expect(CreditCode.parse('914403001922038216')).to.equal('914403001922038216');
      expect(Rate.parse('0.1095')).to.equal('0.1095');
      expect(Payment.parse({ ...payment, extra: 1 })).to.deep.equal(payment);
      const buyer = CreateBuyerParams.parse({
        business_name: '  小星母婴店 ',
        credit_code: '91110108551385082Q',
        owner_name: '王小星',
        phone: '13800138000',
        industry: 'mother_baby',
      });
      expect(buyer.business_name).to.equal('小星母婴店');
      const params = {
        buyer: 'buy_4fQk2ZbX9mTe1LpW',
        supplier: 'sup_7GhJ2kLm9NpQ4rSt',
        amount: cny(2_099),
        line_items: [
          { name: '狗粮', quantity: 3, unit_amount: cny(33) },
          { name: '猫砂', quantity: 2, unit_amount: cny(1_000) },
        ],
      };
      expect(CreateCheckoutSessionParams.parse(params)).to.deep.equal(params);
      const event = {
        id: 'evt_1a2B3c4D5e6F7g8H',
        object: 'event',
        type: 'payment.succeeded',
        api_version: '2026-11-01',
        created: 1_764_300_000,
        data: { object: payment },
        request: null,
      };
      expect(Event.parse(event)).to.deep.equal(event);
      expect(
        Event.parse({ ...event, type: 'loan.something', data: { object: { x: 1 } } }),
      ).to.have.property('type', 'loan.something');
    });

    it('rejects invalid input', () => {
      expect(Money.safeParse(cny(1.5)).success).to.equal(false);
      expect(Money.safeParse({ amount: 1, currency: 'USD' }).success).to.equal(false);
      expect(CreditCode.safeParse('914403001922038217').success).to.equal(false);
      expect(Rate.safeParse('1e-3').success).to.equal(false);
      expect(Payment.safeParse({ ...payment, amount: cny(1_234.56) }).success).to.equal(false);
      const result = CreateCheckoutSessionParams.safeParse({
        buyer: 'buy_4fQk2ZbX9mTe1LpW',
        supplier: 'sup_7GhJ2kLm9NpQ4rSt',
        amount: cny(2_100),
        line_items: [
          { name: '狗粮', quantity: 3, unit_amount: cny(700) },
          { name: 'x', quantity: 1, unit_amount: cny(1) },
        ],
      });
      expect(result.success).to.equal(false);
      expect(result.error?.issues.map((issue) => issue.path)).to.deep.equal([['amount']]);
      expect(
        Event.safeParse({
          id: 'evt_1a2B3c4D5e6F7g8H',
          object: 'event',
          type: 'payment.succeeded',
          api_version: '2026-11-01',
          created: 1_764_300_000,
          data: { object: { ...payment, id: 'nope' } },
          request: null,
        }).success,
      ).to.equal(false);
    });

    it('caused no Content-Security-Policy violation, on import or while parsing', async () => {
      // zod decides whether to compile parsers with `new Function` when a schema is built, that
      // is on import: without the contract's `jitless` setting, this is where it would show.
      await settle();
      expect(violations, describeViolations()).to.have.length(0);
    });

    it('would have noticed an eval (the listener works)', async () => {
      // Runs after the check above, so this deliberate violation cannot hide or cause a failure.
      expect(() => new Function('return 1')).to.throw(EvalError);
      await settle();
      expect(violations).to.have.length(1);
      expect(violations[0]?.effectiveDirective).to.equal('script-src');
      expect(violations[0]?.blockedURI).to.equal('eval');
      violations.length = 0;
    });
  });

  describe('webhook signatures on WebCrypto', () => {
    const secret = 'whsec_test_5WbX5kEWLlfzsGNjH64I8lOOqUB6e8FH';
    const now = 1_764_300_000;
    const body = JSON.stringify({ id: 'evt_1a2B3c4D5e6F7g8H', note: '奶粉 6 罐' });

    it('signs the same known answer as Node', async () => {
      // Computed once with Node: createHmac('sha256', secret).update(`${now}.${body}`).digest('hex')
      const expected = '500a07028987ff497d8aeafbc1f985bfd001b27f7f6c30a9f606641dcaa6f51e';
      const header = await signWebhookPayload({ payload: body, secret, timestamp: now });
      expect(header).to.equal(`t=${now},v1=${expected}`);
      const bytes = await signWebhookPayload({
        payload: new TextEncoder().encode(body),
        secret,
        timestamp: now,
      });
      expect(bytes).to.equal(header);
    });

    it('verifies what it signed, string or bytes', async () => {
      const header = await signWebhookPayload({ payload: body, secret, timestamp: now });
      await verifyWebhookSignature({ payload: body, header, secret, nowSeconds: now });
      await verifyWebhookSignature({
        payload: new TextEncoder().encode(body),
        header,
        secret,
        nowSeconds: now,
      });
    });

    it('refuses a tampered body, a wrong secret and a stale timestamp', async () => {
      const header = await signWebhookPayload({ payload: body, secret, timestamp: now });
      const problem = async (options: Parameters<typeof verifyWebhookSignature>[0]) => {
        try {
          await verifyWebhookSignature(options);
          return null;
        } catch (error) {
          expect(error).to.be.instanceOf(WebhookSignatureError);
          return (error as WebhookSignatureError).problem;
        }
      };
      expect(await problem({ payload: `${body} `, header, secret, nowSeconds: now })).to.equal(
        'signature_mismatch',
      );
      expect(
        await problem({ payload: body, header, secret: 'whsec_other', nowSeconds: now }),
      ).to.equal('signature_mismatch');
      expect(await problem({ payload: body, header, secret, nowSeconds: now + 301 })).to.equal(
        'timestamp_outside_tolerance',
      );
      expect(await problem({ payload: body, header: null, secret, nowSeconds: now })).to.equal(
        'header_missing',
      );
    });

    it('verifies a rotation header with either secret', async () => {
      const header = await signWebhookPayload({
        payload: body,
        secret: [secret, 'whsec_rotated'],
        timestamp: now,
      });
      await verifyWebhookSignature({ payload: body, header, secret, nowSeconds: now });
      await verifyWebhookSignature({
        payload: body,
        header,
        secret: 'whsec_rotated',
        nowSeconds: now,
      });
    });
  });

  describe('formatting', () => {
    it('formats money for zh-CN exactly', () => {
      expect(formatMoney(cny(123_456))).to.equal('¥1,234.56');
      expect(formatMoney(cny(5))).to.equal('¥0.05');
      expect(formatMoney(cny(9_999_999_999_999))).to.equal('¥99,999,999,999.99');
      expect(formatMoney(cny(123_456), 'en')).to.equal('CN¥1,234.56');
    });

    it('reads typed amounts and formats daily rates', () => {
      expect(parseMoneyInput('￥1,234.5')).to.deep.equal(cny(123_450));
      expect(formatRatePercent(dailyRateFromApr('0.1095'))).to.equal('0.0304%');
    });
  });
});
