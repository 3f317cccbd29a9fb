/**
 * Escrow (担保交易) through the bank's HTTP API, on both stores: money held at payment, the
 * auto-release timer started by the shipment and paused by a dispute, releases in full and in
 * part with the platform's commission prorated, refunds from escrow (cancelling the principal and
 * waiving the interest of a loan that paid), and reconciliation: balance transactions and daily
 * statements that always balance. The harness verifies the ledger after every call.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CLIENT_SECRET_HEADER,
  addDays,
  randomToken,
  shanghaiDate,
  type Balance,
  type BalanceTransaction,
  type Buyer,
  type CheckoutSession,
  type ClientCheckoutSession,
  type CreditApplication,
  type CreditLine,
  type Event,
  type List,
  type Loan,
  type Payment,
  type Statement,
  type Supplier,
  type TestClock,
  type Wallet,
} from '@xinghui/contract';
import { afterAll, describe, expect, it } from 'vitest';
import { createSandbox } from './sandbox.js';
import { MemoryStore } from './store/memory-store.js';
import { SqliteStore } from './store/sqlite-store.js';
import type { Store } from './store/store.js';
import {
  SHOP,
  SUPPLIER,
  caller,
  cny,
  codeFor,
  expectError,
  newPartner,
  sessionParams,
} from './testing/harness.js';

const dir = mkdtempSync(join(tmpdir(), 'xinghui-escrow-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STORES = [
  { name: 'a memory store', make: (): Store => new MemoryStore() },
  { name: 'a SQLite file', make: (): Store => new SqliteStore(join(dir, `${randomToken(10)}.db`)) },
];

const DAY = 86_400;
/** These partners' contracts let their secret key release (with a reason); see receipts.test.ts. */
const REASON = 'Shop confirmed receipt by phone';
const ONE_MONTH = { repayment_method: 'pay_anytime', length: 30 } as const;

describe.each(STORES)('escrow on $name', ({ make }) => {
  // The wall clock stands still: the timers count seconds, and only `advance` may move them.
  const frozen = Date.now();
  const { app } = createSandbox({ store: make(), wallClock: () => frozen });

  /** A partner with a shop (topped up, or with a 30,000-yuan line) and a supplier. */
  async function escrowWorld(options: { credit?: boolean } = {}) {
    const { partner, server } = await newPartner(app, { secret_key_release: true });
    const name = options.credit ? `${SHOP.business_name} [limit:30000]` : SHOP.business_name;
    const shop = (await server.post<Buyer>('/v1/buyers', { ...SHOP, business_name: name })).body;
    const supplier = (await server.post<Supplier>('/v1/suppliers', SUPPLIER)).body;
    if (options.credit) {
      await server.post('/v1/consents', {
        buyer: shop.id,
        type: 'credit_query',
        template_version: '2026-11-01',
        locale: 'zh-CN',
      });
      const applied = await server.post<CreditApplication>('/v1/credit_applications', {
        buyer: shop.id,
        months_trading: 24,
      });
      expect(applied.body.status, applied.text).toBe('approved');
    } else {
      await server.post(`/v1/wallets/${shop.wallet}/top_ups`, { amount: cny(100_000) });
    }
    const platform = (await server.get<Balance>('/v1/balance')).body.account;

    /** Pays a new escrow session (wallet or credit) and returns its payment. */
    async function pay(amount: number, extra: Record<string, unknown> = {}) {
      const created = await server.post<CheckoutSession>(
        '/v1/checkout_sessions',
        sessionParams(shop.id, supplier.id, amount, {
          escrow: {},
          payment_methods: ['wallet', 'credit'],
          ...extra,
        }),
      );
      expect(created.status, created.text).toBe(200);
      const page = caller(app, partner.publishable_key, {
        headers: { [CLIENT_SECRET_HEADER]: created.body.client_secret },
      });
      expect(
        (await page.get<ClientCheckoutSession>('/v1/client/checkout_session')).body.escrow,
      ).toEqual(created.body.escrow);
      await page.post('/v1/client/checkout_session/verification_codes');
      const code = await codeFor(server, created.body.id);
      const paid = await page.post<ClientCheckoutSession>(
        '/v1/client/checkout_session/confirm',
        options.credit
          ? { payment_method: 'credit', term: ONE_MONTH, verification_code: code }
          : { payment_method: 'wallet', verification_code: code },
      );
      expect(paid.status, paid.text).toBe(200);
      return (await server.get<Payment>(`/v1/payments/${paid.body.payment}`)).body;
    }

    const balances = async () => ({
      wallet: (await server.get<Wallet>(`/v1/wallets/${shop.wallet}`)).body.balance.amount,
      supplier: (await server.get<Supplier>(`/v1/suppliers/${supplier.id}`)).body.settlement_account
        .balance.amount,
      platform: (await server.get<Balance>('/v1/balance')).body.available.amount,
    });

    /** Every daily statement of the shop's, supplier's and platform's accounts balances. */
    async function statementsBalance() {
      const now = (await server.get<TestClock>('/v1/test_clocks/current')).body.now;
      const accounts = {
        [shop.wallet]: (await balances()).wallet,
        [supplier.settlement_account.id]: (await balances()).supplier,
        [platform]: (await balances()).platform,
      };
      for (const [account, balance] of Object.entries(accounts)) {
        const all = await server.get<List<BalanceTransaction>>(
          `/v1/balance_transactions?account=${account}&limit=100`,
        );
        const first = all.body.data.at(-1);
        if (!first) continue;
        let previousClose: number | undefined;
        let seen = 0;
        for (
          let date = shanghaiDate(first.created);
          date <= shanghaiDate(now);
          date = addDays(date, 1)
        ) {
          const statement = await server.get<Statement>(
            `/v1/accounts/${account}/statements?date=${date}`,
          );
          expect(statement.status, statement.text).toBe(200);
          const s = statement.body;
          const moved = s.transactions.reduce((sum, t) => sum + t.amount.amount, 0);
          expect(s.opening_balance.amount + moved).toBe(s.closing_balance.amount);
          expect(s.total_credits.amount - s.total_debits.amount).toBe(moved);
          if (previousClose !== undefined) expect(s.opening_balance.amount).toBe(previousClose);
          for (const t of s.transactions) expect(t.account).toBe(account);
          if (s.transactions.length > 0)
            expect(s.transactions.at(-1)!.balance_after.amount).toBe(s.closing_balance.amount);
          previousClose = s.closing_balance.amount;
          seen += s.transactions.length;
        }
        expect(previousClose).toBe(balance);
        expect(seen).toBe(all.body.data.length);
      }
    }

    const advance = (days: number) => server.post('/v1/test_clocks/advance', { days });
    const get = async (id: string) => (await server.get<Payment>(`/v1/payments/${id}`)).body;
    const events = async (type: string) =>
      (await server.get<List<Event>>(`/v1/events?type=${type}`)).body.data;
    return {
      server,
      shop,
      supplier,
      platform,
      pay,
      balances,
      statementsBalance,
      advance,
      get,
      events,
    };
  }

  it('holds the money, starts the timer at shipment and releases it when the timer runs out', async () => {
    const w = await escrowWorld();
    const before = await w.balances();
    const payment = await w.pay(25_800, { commission_amount: cny(3_000) });
    expect(payment.escrow).toMatchObject({
      status: 'held',
      fulfilment: 'delivery',
      auto_release_days: 10,
      amount_held: cny(25_800),
      commission_amount: cny(3_000),
      auto_release_at: null,
    });
    expect(await w.balances()).toEqual({ ...before, wallet: before.wallet - 25_800 });
    expect((await w.events('escrow.held'))[0]!.data.object).toMatchObject({ id: payment.id });
    await w.statementsBalance();

    const shipped = await w.server.post<Payment>(`/v1/payments/${payment.id}/ship`, {
      carrier: '顺丰速运',
      tracking_number: 'SF1234567890',
    });
    expect(shipped.status, shipped.text).toBe(200);
    expect(shipped.body.escrow!.status).toBe('shipped');
    const shippedAt = shipped.body.escrow!.shipment!.shipped_at;
    expect(shipped.body.escrow!.auto_release_at).toBe(shippedAt + 10 * DAY);
    expectError(
      await w.server.post(`/v1/payments/${payment.id}/ship`, {
        carrier: 'x',
        tracking_number: 'y',
      }),
      'escrow_already_shipped',
    );

    await w.advance(9);
    expect((await w.get(payment.id)).escrow!.status).toBe('shipped');
    expect((await w.balances()).supplier).toBe(before.supplier);
    await w.advance(1);
    const released = await w.get(payment.id);
    expect(released.escrow).toMatchObject({
      status: 'released',
      amount_held: cny(0),
      amount_released: cny(25_800),
      commission_paid: cny(3_000),
      auto_release_at: null,
    });
    expect(await w.balances()).toEqual({
      wallet: before.wallet - 25_800,
      supplier: before.supplier + 22_800,
      platform: before.platform + 3_000,
    });
    const [event] = await w.events('escrow.released');
    expect(event!.request).toBeNull();
    await w.statementsBalance();
  });

  it('releases early when the buyer confirms receipt, and refuses to release twice', async () => {
    const w = await escrowWorld();
    const payment = await w.pay(12_000, { escrow: { fulfilment: 'pickup' } });
    expect(payment.escrow).toMatchObject({ fulfilment: 'pickup', auto_release_days: 2 });
    expectError(
      await w.server.post(`/v1/payments/${payment.id}/release`, {
        reason: REASON,
        amount: cny(12_001),
      }),
      'amount_too_large',
      'amount.amount',
    );
    const released = await w.server.post<Payment>(`/v1/payments/${payment.id}/release`, {
      reason: REASON,
    });
    expect(released.body.escrow).toMatchObject({ status: 'released', amount_held: cny(0) });
    expect((await w.balances()).supplier).toBe(12_000);
    expectError(
      await w.server.post(`/v1/payments/${payment.id}/release`, { reason: REASON }),
      'escrow_settled',
    );
    expectError(await w.server.post(`/v1/payments/${payment.id}/refunds`, {}), 'amount_too_large');
    await w.statementsBalance();
  });

  it('releases and refunds in parts, prorating the commission and rounding it down', async () => {
    const w = await escrowWorld();
    const payment = await w.pay(9_999, { commission_amount: cny(2_999) });
    const release = (amount: number) =>
      w.server.post<Payment>(`/v1/payments/${payment.id}/release`, {
        reason: REASON,
        amount: cny(amount),
      });

    expect((await release(3_333)).body.escrow).toMatchObject({
      status: 'held',
      amount_held: cny(6_666),
      commission_paid: cny(999), // 2,999 × 3,333 / 9,999 = 999.67, rounded down
    });
    expect(await w.balances()).toMatchObject({ supplier: 3_333 - 999, platform: 999 });
    await w.statementsBalance();

    const before = await w.balances();
    expectError(
      await w.server.post(`/v1/payments/${payment.id}/refunds`, { amount: cny(6_667) }),
      'amount_too_large',
      'amount.amount',
    );
    expect(await w.balances()).toEqual(before);
    const refund = await w.server.post(`/v1/payments/${payment.id}/refunds`, {
      amount: cny(2_000),
      reason: 'requested_by_buyer',
    });
    expect(refund.status, refund.text).toBe(200);
    expect(await w.balances()).toEqual({ ...before, wallet: before.wallet + 2_000 });
    expect((await w.events('escrow.refunded')).length).toBe(1);

    const final = (await release(4_666)).body;
    expect(final.escrow).toMatchObject({
      status: 'released',
      amount_held: cny(0),
      amount_released: cny(7_999),
      commission_paid: cny(2_399), // 2,999 × 7,999 / 9,999 = 2,399.1
    });
    expect(final.amount_refunded).toEqual(cny(2_000));
    expect(await w.balances()).toEqual({
      wallet: before.wallet + 2_000,
      supplier: 7_999 - 2_399,
      platform: 2_399,
    });
    await w.statementsBalance();
  });

  it('refuses a commission above 30% of the payment, typed', async () => {
    const w = await escrowWorld();
    const reply = await w.server.post(
      '/v1/checkout_sessions',
      sessionParams(w.shop.id, w.supplier.id, 10_000, {
        escrow: {},
        commission_amount: cny(3_001),
      }),
    );
    expectError(reply, 'parameter_invalid', 'commission_amount');
  });

  it('pauses the timer during a dispute and resumes it with the time it had left', async () => {
    const w = await escrowWorld();
    const payment = await w.pay(20_000);
    await w.server.post(`/v1/payments/${payment.id}/ship`, {
      carrier: '中通',
      tracking_number: 'ZT1',
    });
    await w.advance(4);
    const disputed = await w.server.post<Payment>(`/v1/payments/${payment.id}/dispute`, {
      reason: 'goods_not_received',
    });
    expect(disputed.body.escrow).toMatchObject({
      status: 'disputed',
      auto_release_at: null,
      auto_release_remaining: 6 * DAY,
    });
    expect((await w.events('escrow.disputed')).length).toBe(1);
    expectError(
      await w.server.post(`/v1/payments/${payment.id}/release`, { reason: REASON }),
      'escrow_disputed',
    );
    expectError(
      await w.server.post(`/v1/payments/${payment.id}/dispute`, { reason: 'other' }),
      'escrow_disputed',
    );

    await w.advance(20);
    expect((await w.get(payment.id)).escrow!.status).toBe('disputed');
    expect((await w.balances()).supplier).toBe(0);

    // A partial refund answers the dispute: the timer resumes for what is still held.
    await w.server.post(`/v1/payments/${payment.id}/refunds`, { amount: cny(5_000) });
    const resumed = await w.get(payment.id);
    const now = (await w.server.get<TestClock>('/v1/test_clocks/current')).body.now;
    expect(resumed.escrow).toMatchObject({
      status: 'shipped',
      dispute: null,
      amount_held: cny(15_000),
      auto_release_at: now + 6 * DAY,
    });
    expectError(
      await w.server.post(`/v1/payments/${payment.id}/dispute/close`, { resolution: 'resume' }),
      'escrow_not_disputed',
    );

    // A second dispute, withdrawn: the timer resumes again with what it had left.
    await w.advance(2);
    await w.server.post(`/v1/payments/${payment.id}/dispute`, { reason: 'refund_requested' });
    await w.advance(30);
    const closed = await w.server.post<Payment>(`/v1/payments/${payment.id}/dispute/close`, {
      resolution: 'resume',
    });
    expect(closed.body.escrow!.status).toBe('shipped');
    await w.advance(3);
    expect((await w.get(payment.id)).escrow!.status).toBe('shipped');
    await w.advance(1);
    expect((await w.get(payment.id)).escrow).toMatchObject({
      status: 'released',
      amount_released: cny(15_000),
    });
    expect((await w.balances()).supplier).toBe(15_000);
    await w.statementsBalance();
  });

  it('closes a dispute for the supplier by releasing everything held', async () => {
    const w = await escrowWorld();
    const payment = await w.pay(8_000, { commission_amount: cny(800) });
    await w.server.post(`/v1/payments/${payment.id}/dispute`, { reason: 'other' });
    const closed = await w.server.post<Payment>(`/v1/payments/${payment.id}/dispute/close`, {
      resolution: 'release',
    });
    expect(closed.body.escrow).toMatchObject({ status: 'released', commission_paid: cny(800) });
    expect(await w.balances()).toMatchObject({ supplier: 7_200, platform: 800 });
    await w.statementsBalance();
  });

  it('disburses a loan into escrow; a refund cancels its principal and waives its interest', async () => {
    const w = await escrowWorld({ credit: true });
    const before = await w.balances();
    const payment = await w.pay(20_000, { commission_amount: cny(1_000) });
    expect(payment.method).toBe('credit');
    expect(await w.balances()).toEqual(before);
    const [loan] = (await w.server.get<List<Loan>>('/v1/loans')).body.data;
    const line = () => w.server.get<CreditLine>(`/v1/credit_lines/${loan!.credit_line}`);
    expect((await line()).body.used).toEqual(cny(20_000));

    await w.advance(3);
    const accrued = (await w.server.get<Loan>(`/v1/loans/${loan!.id}`)).body.accrued_interest;
    expect(accrued.amount).toBeGreaterThan(0);
    await w.server.post(`/v1/payments/${payment.id}/dispute`, { reason: 'refund_requested' });
    await w.server.post(`/v1/payments/${payment.id}/refunds`, { amount: cny(5_000) });
    const partly = (await w.server.get<Loan>(`/v1/loans/${loan!.id}`)).body;
    expect(partly.principal_outstanding).toEqual(cny(15_000));
    // Interest to date stays owed only on the principal left, rounded down.
    expect(partly.accrued_interest.amount).toBe(Math.floor((accrued.amount * 15_000) / 20_000));
    expect((await line()).body.used).toEqual(cny(15_000));
    expect(await w.balances()).toEqual(before);

    // Releasing part pays the supplier (and the commission); refunding the rest cancels the loan.
    await w.server.post(`/v1/payments/${payment.id}/release`, {
      reason: REASON,
      amount: cny(10_000),
    });
    expect(await w.balances()).toEqual({ ...before, supplier: 9_500, platform: 500 });
    await w.server.post(`/v1/payments/${payment.id}/refunds`, {});
    const left = (await w.server.get<Loan>(`/v1/loans/${loan!.id}`)).body;
    expect(left.principal_outstanding).toEqual(cny(10_000));
    expect(left.accrued_interest.amount).toBe(
      Math.floor((partly.accrued_interest.amount * 10_000) / 15_000),
    );
    expect((await w.get(payment.id)).escrow!.status).toBe('released');
    await w.statementsBalance();
  });

  it('cancels a loan in full, interest and all, when everything it paid is refunded from escrow', async () => {
    const w = await escrowWorld({ credit: true });
    const payment = await w.pay(20_000);
    await w.advance(5);
    await w.server.post(`/v1/payments/${payment.id}/refunds`, {});
    const [loan] = (await w.server.get<List<Loan>>('/v1/loans')).body.data;
    expect(loan).toMatchObject({
      status: 'repaid',
      principal_outstanding: cny(0),
      payoff_amount: cny(0),
    });
    // Its instalment was waived, not paid: it shows the interest charged, none.
    expect(loan!.schedule.installments.map((i) => [i.status, i.interest.amount])).toEqual([
      ['waived', 0],
    ]);
    expect(
      (await w.server.get<CreditLine>(`/v1/credit_lines/${loan!.credit_line}`)).body.used,
    ).toEqual(cny(0));
    expect((await w.get(payment.id)).escrow!.status).toBe('refunded');
    await w.statementsBalance();
  });

  it('lists balance transactions by account, type and time, with pages', async () => {
    const w = await escrowWorld();
    const payment = await w.pay(10_000, { commission_amount: cny(1_000) });
    const start = (await w.server.get<TestClock>('/v1/test_clocks/current')).body.now;
    await w.advance(1);
    await w.server.post(`/v1/payments/${payment.id}/release`, { reason: REASON });
    const list = (query: string) =>
      w.server.get<List<BalanceTransaction>>(`/v1/balance_transactions?${query}`);

    const supplier = (await list(`account=${w.supplier.settlement_account.id}`)).body.data;
    expect(
      supplier.map((t) => [t.type, t.amount.amount, t.balance_after.amount, t.source]),
    ).toEqual([['escrow_release', 9_000, 9_000, payment.id]]);
    const commission = (await list('type=commission')).body.data;
    expect(commission.map((t) => [t.account, t.amount.amount])).toEqual([[w.platform, 1_000]]);
    const wallet = (await list(`account=${w.shop.wallet}`)).body.data.map((t) => t.type);
    expect(wallet).toEqual(['payment', 'top_up']);
    expect((await list(`type=escrow_hold`)).body.data).toHaveLength(1);

    const later = (await list(`created_gte=${start + DAY}`)).body.data;
    expect(later.map((t) => t.type).sort()).toEqual([
      'commission',
      'escrow_release',
      'escrow_release',
    ]);
    const earlier = (await list(`created_lt=${start + DAY}&limit=2`)).body;
    expect(earlier.has_more).toBe(true);
    const next = (
      await list(`created_lt=${start + DAY}&limit=2&starting_after=${earlier.data[1]!.id}`)
    ).body;
    expect(next.data.every((t) => t.created < start + DAY)).toBe(true);
    expect(new Set([...earlier.data, ...next.data].map((t) => t.id)).size).toBe(
      earlier.data.length + next.data.length,
    );

    expectError(await list('account=acct_NoSuchAccount000'), 'resource_missing', 'account');
    expectError(
      await w.server.get(`/v1/accounts/${w.shop.wallet}/statements?date=2026-13-01`),
      'parameter_invalid',
    );
    await w.statementsBalance();
  });
});
