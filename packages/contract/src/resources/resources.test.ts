import { describe, expect, it } from 'vitest';
import { SESSION_CAPABILITIES } from '../capabilities.js';
import { MAX_AMOUNT } from '../money.js';
import { loanSchedule } from '../credit/schedule.js';
import { Buyer, CreateBuyerParams, INDUSTRIES } from './buyer.js';
import {
  CHECKOUT_SESSION_LIFETIME,
  CheckoutSession,
  ClientCheckoutSession,
  ConfirmCheckoutSessionParams,
  CreateCheckoutSessionParams,
  ListCheckoutSessionsParams,
} from './checkout-session.js';
import { EVENT_TYPES, Event, isKnownEventType, type EventType } from './event.js';
import { Payment } from './payment.js';
import { CreateRefundParams, Refund } from './refund.js';
import { CreateSupplierParams, Supplier } from './supplier.js';
import { TopUpWalletParams, Wallet, WalletTransaction } from './wallet.js';

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });
const CREATED = 1_764_300_000;

// Real published credit codes (see credit-code.test.ts for how they were checked).
const HUAWEI = '914403001922038216';
const XIAOMI = '91110108551385082Q';

const buyer = {
  id: 'buy_4fQk2ZbX9mTe1LpW',
  object: 'buyer',
  business_name: '小星母婴店',
  credit_code: HUAWEI,
  owner_name: '王小星',
  phone: '13800138000',
  industry: 'mother_baby',
  wallet: 'wal_8HcN3vRt5YdQ2sKa',
  metadata: { store_no: 'SZ-0042' },
  created: CREATED,
};

const payment = {
  id: 'pay_3kTMd9Qx0bZc7Lh2Vw8Ynp4R',
  object: 'payment',
  status: 'succeeded',
  method: 'wallet',
  amount: cny(123_456),
  amount_refunded: cny(0),
  buyer: buyer.id,
  supplier: 'sup_7GhJ2kLm9NpQ4rSt',
  checkout_session: 'cs_a1B2c3D4e5F6g7H8',
  failure_code: null,
  created: CREATED,
};

const lineItem = {
  name: '婴儿奶粉 900g',
  quantity: 4,
  unit_amount: cny(30_864),
  amount: cny(123_456),
};

const checkoutSession = {
  id: 'cs_a1B2c3D4e5F6g7H8',
  object: 'checkout_session',
  status: 'complete',
  buyer: buyer.id,
  supplier: payment.supplier,
  amount: cny(123_456),
  line_items: [lineItem],
  description: null,
  payment_methods: ['wallet'],
  client_secret: 'cs_a1B2c3D4e5F6g7H8_secret_Zz9abcdefghijklmnop',
  capabilities: [...SESSION_CAPABILITIES.checkout_session],
  payment: payment.id,
  expires_at: CREATED + 1_800,
  metadata: {},
  created: CREATED,
};

const refund = {
  id: 're_9XyZ8wVu7TsR6qPo',
  object: 'refund',
  payment: payment.id,
  amount: cny(30_864),
  reason: 'requested_by_buyer',
  status: 'succeeded',
  created: CREATED,
};

const consent = {
  id: 'con_1a2B3c4D5e6F7g8H',
  object: 'consent',
  buyer: buyer.id,
  type: 'data_sharing',
  status: 'revoked',
  template_version: '2026-11-01',
  locale: 'zh-CN',
  text_sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  recipient: '星辉银行',
  purpose: 'credit limit reviews',
  data_types: ['orders', 'payments', 'shipments'],
  expires_at: CREATED + 365 * 86_400,
  session: null,
  created: CREATED,
  revoked_at: CREATED + 60,
};

const loan = {
  id: 'loan_1a2B3c4D5e6F7g8H',
  object: 'loan',
  buyer: buyer.id,
  supplier: payment.supplier,
  credit_line: 'cl_1a2B3c4D5e6F7g8H',
  checkout_session: checkoutSession.id,
  payment: payment.id,
  status: 'active',
  principal: cny(1_000_000),
  principal_outstanding: cny(1_000_000),
  accrued_interest: cny(0),
  penalty_interest: cny(0),
  payoff_amount: cny(1_000_000),
  next_due_date: '2026-12-28',
  next_due_amount: cny(1_009_125),
  past_due_amount: cny(0),
  debit_failure_code: null,
  apr: '0.1095',
  daily_rate: '0.000304',
  disbursed_on: '2026-11-28',
  schedule: loanSchedule(
    1_000_000,
    '0.1095',
    { repayment_method: 'pay_anytime', length: 30 },
    '2026-11-28',
  ),
  agreement: {
    consent: 'con_1a2B3c4D5e6F7g8H',
    version: '2026-11-01',
    text_sha256: 'ab'.repeat(32),
  },
  created: CREATED,
};

const escrowed = {
  ...payment,
  escrow: {
    status: 'shipped',
    fulfilment: 'delivery',
    auto_release_days: 10,
    amount_held: payment.amount,
    amount_released: cny(0),
    commission_amount: cny(500),
    commission_paid: cny(0),
    shipment: { carrier: '顺丰速运', tracking_number: 'SF1234567890', shipped_at: CREATED },
    auto_release_at: CREATED + 10 * 86_400,
    auto_release_remaining: null,
    dispute: null,
    released_by: null,
    release_reason: null,
  },
};

const preApproval = {
  id: 'pa_1a2B3c4D5e6F7g8H',
  object: 'pre_approval',
  batch: 'pab_1a2B3c4D5e6F7g8H',
  supplier: payment.supplier,
  buyer: buyer.id,
  status: 'invited',
  offer: {
    limit: cny(3_000_000),
    apr: '0.1095',
    daily_rate: '0.000304',
    term_options: [{ repayment_method: 'pay_anytime', length: 30 }],
  },
  reasons: [],
  decision: { score: 680, rules_fired: ['score_tenure_2y'], rule_set: '2026-11-28' },
  credit_bureau_queried: false,
  months_trading: 36,
  credit_application: null,
  credit_line: null,
  consents: [],
  session: null,
  expires_at: CREATED + 30 * 86_400,
  responded_at: null,
  created: CREATED,
  updated: CREATED,
};
const answered = {
  ...preApproval,
  credit_application: 'capp_1a2B3c4D5e6F7g8H',
  consents: ['con_1a2B3c4D5e6F7g8H', 'con_2a2B3c4D5e6F7g8H'],
  session: 'ws_1a2B3c4D5e6F7g8H',
  responded_at: CREATED + 60,
};

const eventObjects: Record<EventType, unknown> = {
  'escrow.held': { ...escrowed, escrow: { ...escrowed.escrow, status: 'held', shipment: null } },
  'escrow.released': {
    ...escrowed,
    escrow: { ...escrowed.escrow, status: 'released', amount_held: cny(0) },
  },
  'escrow.disputed': {
    ...escrowed,
    escrow: {
      ...escrowed.escrow,
      status: 'disputed',
      auto_release_at: null,
      auto_release_remaining: 86_400,
      dispute: { reason: 'goods_not_received', description: null, opened_at: CREATED },
    },
  },
  'escrow.refunded': {
    ...escrowed,
    escrow: { ...escrowed.escrow, status: 'refunded', amount_held: cny(0) },
  },
  'checkout_session.completed': checkoutSession,
  'checkout_session.expired': { ...checkoutSession, status: 'expired', payment: null },
  'payment.succeeded': payment,
  'payment.failed': { ...payment, status: 'failed', failure_code: 'insufficient_balance' },
  'payment.refunded': refund,
  'consent.revoked': consent,
  'credit_application.decided': {
    id: 'capp_1a2B3c4D5e6F7g8H',
    object: 'credit_application',
    buyer: buyer.id,
    status: 'approved',
    months_trading: 36,
    credit_line: 'cl_1a2B3c4D5e6F7g8H',
    limit: cny(3_000_000),
    apr: '0.1095',
    reasons: [
      { code: 'good_tenure', message: { 'zh-CN': '经营时间长', en: 'Long trading history' } },
    ],
    decision: { score: 680, rules_fired: ['score_tenure_2y'], rule_set: '2026-11-28' },
    session: null,
    created: CREATED,
  },
  'loan.disbursed': loan,
  'pre_approval.invited': preApproval,
  'pre_approval.accepted': { ...answered, status: 'accepted', credit_line: 'cl_1a2B3c4D5e6F7g8H' },
  'pre_approval.not_approved': { ...answered, status: 'not_approved' },
  'pre_approval.declined': { ...preApproval, status: 'declined', responded_at: CREATED + 60 },
  'pre_approval.expired': { ...preApproval, status: 'expired' },
  'loan.notice_sent': {
    id: 'ntc_1a2B3c4D5e6F7g8H',
    object: 'notice',
    kind: 'overdue_credit_report',
    buyer: buyer.id,
    loan: loan.id,
    channel: 'sms',
    phone: '138****8000',
    text: '【星辉银行】贝贝母婴生活馆：您的借款已逾期。',
    due_date: '2026-12-28',
    amount_due: cny(1_009_125),
    reporting_starts_on: '2027-01-27',
    created: CREATED,
  },
  'webhook_endpoint.test': {
    object: 'webhook_test',
    webhook_endpoint: 'we_1a2B3c4D5e6F7g8H',
    url: 'https://shop.example/webhooks',
  },
  'credit_line.updated': {
    id: 'cl_1a2B3c4D5e6F7g8H',
    object: 'credit_line',
    buyer: buyer.id,
    status: 'active',
    limit: cny(4_000_000),
    used: cny(0),
    available: cny(4_000_000),
    unavailable_reason: null,
    expires_at: CREATED + 365 * 86_400,
    apr: '0.1095',
    daily_rate: '0.000304',
    term_options: [{ repayment_method: 'pay_anytime', length: 30 }],
    consents: ['con_1a2B3c4D5e6F7g8H'],
    created: CREATED,
    updated: CREATED,
  },
  'loan.payment_due': loan,
  'loan.overdue': { ...loan, status: 'overdue' },
  'repayment.failed': loan,
  'loan.repaid': {
    ...loan,
    status: 'repaid',
    principal_outstanding: cny(0),
    payoff_amount: cny(0),
  },
};

const eventOf = (type: string, object: unknown) => ({
  id: 'evt_1a2B3c4D5e6F7g8H',
  object: 'event',
  type,
  api_version: '2026-11-01',
  created: CREATED,
  data: { object },
  request: { id: 'req_5sT6uV7wX8yZ9aB0', idempotency_key: 'order-42' },
});

const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path) ?? [];

describe('CreateCheckoutSessionParams', () => {
  const valid = {
    buyer: buyer.id,
    supplier: payment.supplier,
    amount: cny(3 * 33 + 2 * 1_000),
    line_items: [
      { name: '狗粮 2kg', quantity: 3, unit_amount: cny(33) },
      { name: '猫砂', quantity: 2, unit_amount: cny(1_000) },
    ],
  };

  it('accepts an amount equal to the sum of quantity × unit_amount', () => {
    expect(CreateCheckoutSessionParams.parse(valid)).toEqual(valid);
  });

  it('takes escrow terms and a commission of at most 30%, which needs escrow', () => {
    const total = valid.amount.amount;
    const escrowed = { ...valid, escrow: { fulfilment: 'pickup' as const } };
    const at30 = { ...escrowed, commission_amount: cny(Math.floor(total * 0.3)) };
    expect(CreateCheckoutSessionParams.parse(at30)).toEqual(at30);
    const over = CreateCheckoutSessionParams.safeParse({
      ...escrowed,
      commission_amount: cny(Math.floor(total * 0.3) + 1),
    });
    expect(over.error?.issues[0]?.path).toEqual(['commission_amount']);
    const without = CreateCheckoutSessionParams.safeParse({ ...valid, commission_amount: cny(1) });
    expect(without.error?.issues[0]?.path).toEqual(['commission_amount']);
    expect(
      CreateCheckoutSessionParams.safeParse({ ...valid, escrow: { auto_release_days: 31 } })
        .success,
    ).toBe(false);
  });

  it('accepts every optional field at its limits', () => {
    for (const expires_in of [CHECKOUT_SESSION_LIFETIME.min, CHECKOUT_SESSION_LIFETIME.max]) {
      const params = {
        ...valid,
        description: 'x'.repeat(500),
        payment_methods: ['wallet', 'credit'],
        expires_in,
        metadata: { order: 'PO-2026-0001' },
      };
      expect(CreateCheckoutSessionParams.parse(params)).toEqual(params);
    }
  });

  it('trims line item names', () => {
    const parsed = CreateCheckoutSessionParams.parse({
      ...valid,
      line_items: [{ name: '  狗粮 2kg  ', quantity: 1, unit_amount: valid.amount }],
    });
    expect(parsed.line_items[0]?.name).toBe('狗粮 2kg');
  });

  it.each([
    ['one fen short', 2_098],
    ['one fen over', 2_100],
    ['the sum of unit amounts, ignoring quantities', 1_033],
  ])('rejects an amount that is %s, pointing at amount', (_, amount) => {
    const result = CreateCheckoutSessionParams.safeParse({ ...valid, amount: cny(amount) });
    expect(result.success).toBe(false);
    expect(paths(result)).toEqual([['amount']]);
    expect(result.error?.issues[0]?.message).toMatch(/sum of quantity × unit_amount/);
  });

  it('rejects a sum that overflows past MAX_AMOUNT rather than wrapping or rounding into a match', () => {
    const result = CreateCheckoutSessionParams.safeParse({
      ...valid,
      amount: cny(MAX_AMOUNT),
      line_items: [{ name: 'x', quantity: 1_000_000, unit_amount: cny(MAX_AMOUNT) }],
    });
    expect(paths(result)).toEqual([['amount']]);
  });

  it('accepts a sum at exactly MAX_AMOUNT over many lines', () => {
    const line_items = Array.from({ length: 100 }, () => ({
      name: 'x',
      quantity: 1_000,
      unit_amount: cny(MAX_AMOUNT / 100 / 1_000),
    }));
    expect(
      CreateCheckoutSessionParams.safeParse({ ...valid, amount: cny(MAX_AMOUNT), line_items })
        .success,
    ).toBe(true);
  });

  it('rejects mixed currencies', () => {
    const result = CreateCheckoutSessionParams.safeParse({
      ...valid,
      line_items: [
        valid.line_items[0],
        { name: '猫砂', quantity: 2, unit_amount: { amount: 1_000, currency: 'USD' } },
      ],
    });
    expect(result.success).toBe(false);
    expect(paths(result)).toContainEqual(['line_items', 1, 'unit_amount', 'currency']);
  });

  it('rejects an amount in another currency', () => {
    const result = CreateCheckoutSessionParams.safeParse({
      ...valid,
      amount: { amount: 2_099, currency: 'HKD' },
    });
    expect(paths(result)).toContainEqual(['amount', 'currency']);
  });

  it('rejects empty line_items, even with a zero amount', () => {
    expect(
      paths(CreateCheckoutSessionParams.safeParse({ ...valid, line_items: [] })),
    ).toContainEqual(['line_items']);
    expect(
      CreateCheckoutSessionParams.safeParse({ ...valid, amount: cny(0), line_items: [] }).success,
    ).toBe(false);
  });

  it('rejects more than 100 line items', () => {
    const line_items = Array.from({ length: 101 }, () => ({
      name: 'x',
      quantity: 1,
      unit_amount: cny(1),
    }));
    expect(
      CreateCheckoutSessionParams.safeParse({ ...valid, amount: cny(101), line_items }).success,
    ).toBe(false);
  });

  it.each([0, -1, 1.5, 1_000_001])('rejects quantity %d', (quantity) => {
    const result = CreateCheckoutSessionParams.safeParse({
      ...valid,
      amount: cny(0),
      line_items: [{ name: 'x', quantity, unit_amount: cny(0) }],
    });
    expect(result.success).toBe(false);
    expect(paths(result)).toContainEqual(['line_items', 0, 'quantity']);
  });

  it('rejects a zero amount (a checkout moves money)', () => {
    const result = CreateCheckoutSessionParams.safeParse({
      ...valid,
      amount: cny(0),
      line_items: [{ name: '赠品', quantity: 1, unit_amount: cny(0) }],
    });
    expect(paths(result)).toContainEqual(['amount', 'amount']);
  });

  it.each([0, 299, 86_401, 1_800.5, -1_800])('rejects expires_in %d', (expires_in) => {
    const result = CreateCheckoutSessionParams.safeParse({ ...valid, expires_in });
    expect(paths(result)).toContainEqual(['expires_in']);
  });

  it.each([
    ['an unknown payment method', { payment_methods: ['cash'] }],
    ['no payment methods', { payment_methods: [] }],
    ['a buyer id of the wrong type', { buyer: payment.supplier }],
    ['a float amount', { amount: cny(2_099.5) }],
    ['a description over 500 characters', { description: 'x'.repeat(501) }],
  ])('rejects %s', (_, change) => {
    expect(CreateCheckoutSessionParams.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe('CheckoutSession and ClientCheckoutSession', () => {
  it('parses a checkout session', () => {
    expect(CheckoutSession.parse(checkoutSession)).toEqual(checkoutSession);
  });

  it('tolerates statuses, methods and capabilities added later', () => {
    const later = {
      ...checkoutSession,
      status: 'processing',
      payment_methods: ['wallet', 'bnpl'],
      capabilities: ['read_session', 'split_payment'],
    };
    expect(CheckoutSession.parse(later)).toEqual(later);
  });

  it('shows the page only a masked phone', () => {
    const client = {
      id: checkoutSession.id,
      object: 'checkout_session',
      status: 'open',
      amount: cny(123_456),
      line_items: [lineItem],
      description: null,
      payment_methods: ['wallet', 'credit'],
      capabilities: [...SESSION_CAPABILITIES.checkout_session],
      buyer: { id: buyer.id, business_name: buyer.business_name, phone_masked: '138****8000' },
      supplier: { id: payment.supplier, business_name: '星辰奶粉批发' },
      wallet: { balance: cny(500_000) },
      payment: null,
      expires_at: CREATED + 1_800,
    };
    expect(ClientCheckoutSession.parse(client)).toEqual(client);
    // Paid on credit, it names its loan note; without `loan` (an older bank) it still parses.
    const onCredit = {
      ...client,
      status: 'complete',
      payment: payment.id,
      loan: 'loan_a1B2c3D4e5F6g7H8',
    };
    expect(ClientCheckoutSession.parse(onCredit)).toEqual(onCredit);
    expect(paths(ClientCheckoutSession.safeParse({ ...client, loan: 'pay_x' }))).toEqual([
      ['loan'],
    ]);
    const leaky = { ...client, buyer: { ...client.buyer, phone_masked: '13800138000' } };
    expect(paths(ClientCheckoutSession.safeParse(leaky))).toEqual([['buyer', 'phone_masked']]);
  });
});

describe('ConfirmCheckoutSessionParams', () => {
  it('accepts a six-digit code', () => {
    expect(
      ConfirmCheckoutSessionParams.parse({ payment_method: 'wallet', verification_code: '012345' }),
    ).toEqual({ payment_method: 'wallet', verification_code: '012345' });
  });

  it.each(['12345', '1234567', '12345a', ' 123456', 123456])('rejects the code %j', (code) => {
    expect(
      ConfirmCheckoutSessionParams.safeParse({ payment_method: 'wallet', verification_code: code })
        .success,
    ).toBe(false);
  });
});

describe('ListCheckoutSessionsParams', () => {
  it('extends ListParams with closed filters', () => {
    expect(
      ListCheckoutSessionsParams.parse({ limit: 10, status: 'open', buyer: buyer.id }),
    ).toEqual({
      limit: 10,
      status: 'open',
      buyer: buyer.id,
    });
    expect(ListCheckoutSessionsParams.safeParse({ status: 'processing' }).success).toBe(false);
    expect(ListCheckoutSessionsParams.safeParse({ limit: 101 }).success).toBe(false);
  });
});

describe('CreateBuyerParams', () => {
  const valid = {
    business_name: '小星母婴店',
    credit_code: XIAOMI,
    owner_name: '王小星',
    phone: '13800138000',
    industry: 'mother_baby',
  };

  it('accepts a valid buyer', () => {
    expect(CreateBuyerParams.parse(valid)).toEqual(valid);
  });

  it('trims business_name and owner_name', () => {
    const parsed = CreateBuyerParams.parse({
      ...valid,
      business_name: '  小星母婴店\n',
      owner_name: ' 王小星 ',
    });
    expect(parsed.business_name).toBe('小星母婴店');
    expect(parsed.owner_name).toBe('王小星');
  });

  it.each([
    ['a wrong check character', '91110108551385082A'],
    ['17 characters', '91110108551385082'],
    ['lowercase', '91110108551385082q'],
    ['a forbidden letter', '91110108551385O82Q'],
  ])('rejects a credit code with %s, at credit_code', (_, credit_code) => {
    expect(paths(CreateBuyerParams.safeParse({ ...valid, credit_code }))).toEqual([
      ['credit_code'],
    ]);
  });

  it.each(['12800138000', '1380013800', '+8613800138000', '138 0013 8000'])(
    'rejects the phone %j, at phone',
    (phone) => {
      expect(paths(CreateBuyerParams.safeParse({ ...valid, phone }))).toEqual([['phone']]);
    },
  );

  it.each([
    ['a blank business name', { business_name: '   ' }],
    ['a business name over 100 characters', { business_name: '店'.repeat(101) }],
    ['an unknown industry (requests are closed)', { industry: 'florist' }],
    [
      'more than 20 metadata keys',
      { metadata: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v'])) },
    ],
    ['a metadata key over 40 characters', { metadata: { ['k'.repeat(41)]: 'v' } }],
    ['an empty metadata key', { metadata: { '': 'v' } }],
    ['a metadata value over 500 characters', { metadata: { k: 'v'.repeat(501) } }],
    ['a non-string metadata value', { metadata: { k: 1 } }],
  ])('rejects %s', (_, change) => {
    expect(CreateBuyerParams.safeParse({ ...valid, ...change }).success).toBe(false);
  });

  it('accepts every listed industry and 20 metadata keys', () => {
    for (const industry of INDUSTRIES) {
      expect(CreateBuyerParams.safeParse({ ...valid, industry }).success).toBe(true);
    }
    const metadata = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`k${i}`, 'v'.repeat(500)]),
    );
    expect(CreateBuyerParams.parse({ ...valid, metadata }).metadata).toEqual(metadata);
  });
});

describe('CreateSupplierParams', () => {
  it('checks the credit code and phone like a buyer', () => {
    const valid = {
      business_name: ' 星辰奶粉批发 ',
      credit_code: HUAWEI,
      phone: '13900139000',
      industry: 'mother_baby',
    };
    expect(CreateSupplierParams.parse(valid).business_name).toBe('星辰奶粉批发');
    expect(
      paths(CreateSupplierParams.safeParse({ ...valid, credit_code: '914403001922038217' })),
    ).toEqual([['credit_code']]);
    expect(paths(CreateSupplierParams.safeParse({ ...valid, phone: '12900139000' }))).toEqual([
      ['phone'],
    ]);
  });
});

describe('Buyer (a response)', () => {
  it('parses a buyer', () => {
    expect(Buyer.parse(buyer)).toEqual(buyer);
  });

  it('strips fields a newer bank adds', () => {
    const parsed = Buyer.parse({ ...buyer, loyalty_tier: 'gold', risk: { score: 3 } });
    expect(parsed).toEqual(buyer);
    expect(parsed).not.toHaveProperty('loyalty_tier');
  });

  it('accepts an industry added later (open enum)', () => {
    expect(Buyer.parse({ ...buyer, industry: 'florist' }).industry).toBe('florist');
  });

  it('still rejects what is not a buyer', () => {
    expect(paths(Buyer.safeParse({ ...buyer, object: 'supplier' }))).toEqual([['object']]);
    expect(paths(Buyer.safeParse({ ...buyer, id: 'sup_4fQk2ZbX9mTe1LpW' }))).toEqual([['id']]);
    expect(paths(Buyer.safeParse({ ...buyer, created: 1_764_300_000.5 }))).toEqual([['created']]);
    expect(paths(Buyer.safeParse({ ...buyer, industry: 42 }))).toEqual([['industry']]);
  });
});

describe('Supplier (a response)', () => {
  const supplier = {
    id: payment.supplier,
    object: 'supplier',
    business_name: '星辰奶粉批发',
    credit_code: HUAWEI,
    phone: '13900139000',
    industry: 'mother_baby',
    settlement_account: { id: 'acct_2Bc4De6Fg8Hi0Jk2', balance: cny(0) },
    metadata: {},
    created: CREATED,
  };

  it('parses a supplier, stripping unknown fields and tolerating new industries', () => {
    expect(Supplier.parse({ ...supplier, extra: true })).toEqual(supplier);
    expect(Supplier.parse({ ...supplier, industry: 'florist' }).industry).toBe('florist');
  });

  it('rejects a float balance', () => {
    const result = Supplier.safeParse({
      ...supplier,
      settlement_account: { ...supplier.settlement_account, balance: cny(0.5) },
    });
    expect(paths(result)).toEqual([['settlement_account', 'balance', 'amount']]);
  });
});

describe('Payment (a response)', () => {
  it('parses a payment', () => {
    expect(Payment.parse(payment)).toEqual(payment);
  });

  it('strips unknown fields and accepts unknown statuses and methods', () => {
    const parsed = Payment.parse({
      ...payment,
      status: 'disputed',
      method: 'bnpl',
      risk_level: 'low',
    });
    expect(parsed.status).toBe('disputed');
    expect(parsed.method).toBe('bnpl');
    expect(parsed).not.toHaveProperty('risk_level');
  });

  it.each([
    ['a float amount', { amount: cny(1_234.56) }],
    ['an amount in yuan as a string', { amount: { amount: '1234.56', currency: 'CNY' } }],
    ['a float amount_refunded', { amount_refunded: cny(0.1) }],
    ['a negative amount', { amount: cny(-1) }],
    ['an unknown currency', { amount: { amount: 1, currency: 'USD' } }],
    ['a missing failure_code', { failure_code: undefined }],
  ])('rejects %s', (_, change) => {
    expect(Payment.safeParse({ ...payment, ...change }).success).toBe(false);
  });
});

describe('Refund', () => {
  it('parses a refund, with a null or unknown reason', () => {
    expect(Refund.parse(refund)).toEqual(refund);
    expect(Refund.parse({ ...refund, reason: null }).reason).toBeNull();
    expect(Refund.parse({ ...refund, reason: 'damaged' }).reason).toBe('damaged');
  });

  it('rejects a float amount', () => {
    expect(paths(Refund.safeParse({ ...refund, amount: cny(1.5) }))).toEqual([
      ['amount', 'amount'],
    ]);
  });

  it('CreateRefundParams: optional, positive amount and a closed reason', () => {
    expect(CreateRefundParams.parse({})).toEqual({});
    expect(CreateRefundParams.parse({ amount: cny(1), reason: 'duplicate' })).toEqual({
      amount: cny(1),
      reason: 'duplicate',
    });
    expect(CreateRefundParams.safeParse({ amount: cny(0) }).success).toBe(false);
    expect(CreateRefundParams.safeParse({ reason: 'damaged' }).success).toBe(false);
  });
});

describe('Wallet and WalletTransaction', () => {
  const wallet = {
    id: buyer.wallet,
    object: 'wallet',
    buyer: buyer.id,
    balance: cny(500_000),
    status: 'active',
    created: CREATED,
  };
  const transaction = {
    id: 'txn_6Yh7Uj8Ik9Ol0Pm1',
    object: 'wallet_transaction',
    wallet: wallet.id,
    type: 'payment',
    amount: cny(-123_456),
    balance_after: cny(376_544),
    source: payment.id,
    description: null,
    created: CREATED,
  };

  it('parses a wallet, tolerating a new status', () => {
    expect(Wallet.parse(wallet)).toEqual(wallet);
    expect(Wallet.parse({ ...wallet, status: 'closing' }).status).toBe('closing');
    expect(Wallet.safeParse({ ...wallet, balance: cny(-1) }).success).toBe(false);
  });

  it('parses a debit as a negative amount, but never a negative balance', () => {
    expect(WalletTransaction.parse(transaction)).toEqual(transaction);
    expect(WalletTransaction.parse({ ...transaction, type: 'loan_drawdown' }).type).toBe(
      'loan_drawdown',
    );
    expect(paths(WalletTransaction.safeParse({ ...transaction, balance_after: cny(-1) }))).toEqual([
      ['balance_after', 'amount'],
    ]);
    expect(paths(WalletTransaction.safeParse({ ...transaction, amount: cny(-0.5) }))).toEqual([
      ['amount', 'amount'],
    ]);
  });

  it('TopUpWalletParams needs a positive amount', () => {
    expect(TopUpWalletParams.parse({ amount: cny(100) })).toEqual({ amount: cny(100) });
    expect(TopUpWalletParams.safeParse({ amount: cny(0) }).success).toBe(false);
    expect(
      TopUpWalletParams.safeParse({ amount: cny(100), description: 'x'.repeat(201) }).success,
    ).toBe(false);
  });
});

describe('Event', () => {
  it('knows the event types of the catalogue built so far', () => {
    expect(EVENT_TYPES).toEqual([
      'checkout_session.completed',
      'checkout_session.expired',
      'payment.succeeded',
      'payment.failed',
      'payment.refunded',
      'consent.revoked',
      'credit_application.decided',
      'loan.disbursed',
      'loan.repaid',
      'loan.payment_due',
      'loan.overdue',
      'repayment.failed',
      'credit_line.updated',
      'escrow.held',
      'escrow.released',
      'escrow.disputed',
      'escrow.refunded',
      'pre_approval.invited',
      'pre_approval.accepted',
      'pre_approval.not_approved',
      'pre_approval.declined',
      'pre_approval.expired',
      'loan.notice_sent',
      'webhook_endpoint.test',
    ]);
  });

  it.each(EVENT_TYPES)('parses a %s event with its typed data', (type) => {
    const event = eventOf(type, eventObjects[type]);
    expect(Event.parse(event)).toEqual(event);
  });

  it('parses data.object with the schema of its type (unknown fields stripped)', () => {
    const event = Event.parse(eventOf('payment.succeeded', { ...payment, internal_note: 'x' }));
    expect(event.data.object).toEqual(payment);
    if (event.type === 'payment.succeeded') {
      // Narrowing on type types data.object: this line would not compile otherwise.
      expect(event.data.object.amount.amount).toBe(123_456);
    } else {
      expect.unreachable('narrowed to payment.succeeded');
    }
  });

  it('accepts an event with a null request (caused by the bank’s clock)', () => {
    const event = {
      ...eventOf('checkout_session.expired', eventObjects['checkout_session.expired']),
      request: null,
    };
    expect(Event.parse(event)).toEqual(event);
  });

  it('accepts an event of a type newer than this contract, with arbitrary data', () => {
    const future = eventOf('loan.something', {
      id: 'loan_123',
      anything: [1, { nested: true }],
      amount: 1.5,
    });
    const parsed = Event.parse(future) as unknown;
    expect(parsed).toEqual(future);
    expect(isKnownEventType((parsed as { type: string }).type)).toBe(false);
  });

  it('still checks the envelope of an unknown event', () => {
    expect(Event.safeParse({ ...eventOf('loan.something', {}), id: 'xyz' }).success).toBe(false);
    expect(Event.safeParse({ ...eventOf('loan.something', {}), object: 'payment' }).success).toBe(
      false,
    );
    expect(Event.safeParse(eventOf('loan.something', 'not an object')).success).toBe(false);
    expect(Event.safeParse(eventOf('loan.something', null)).success).toBe(false);
  });

  it.each([
    ['payment.succeeded', { ...payment, amount: cny(1_234.56) }],
    ['payment.succeeded', { ...payment, id: undefined }],
    ['payment.failed', refund],
    ['payment.refunded', payment],
    ['checkout_session.completed', { ...checkoutSession, line_items: 'none' }],
    ['checkout_session.expired', {}],
  ])(
    'rejects a %s event whose data is malformed (never falls back to an unknown event)',
    (type, object) => {
      expect(Event.safeParse(eventOf(type, object)).success).toBe(false);
    },
  );
});

describe('isKnownEventType', () => {
  it.each(EVENT_TYPES)('knows %s', (type) => {
    expect(isKnownEventType(type)).toBe(true);
  });

  it.each([
    'loan.something',
    'payment',
    'payment.succeeded ',
    'PAYMENT.SUCCEEDED',
    '',
    'toString',
    '__proto__',
  ])('does not know %j', (type) => {
    expect(isKnownEventType(type)).toBe(false);
  });
});
