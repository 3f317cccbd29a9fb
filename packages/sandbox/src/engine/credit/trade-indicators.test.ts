import { startOfShanghaiDay } from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../logger.js';
import { MemoryStore } from '../../store/memory-store.js';
import type { Context } from '../core/context.js';
import { discardingOutbox } from '../core/outbox.js';
import type {
  BuyerRecord,
  CreditApplicationRecord,
  CreditLineRecord,
  LoanRecord,
  PartnerRecord,
  RepaymentRecord,
  TradeReportRecord,
} from '../core/records.js';
import { reviewIndicators } from './trade-indicators.js';

const DAY = 86_400;
const NOW = startOfShanghaiDay('2026-12-02') + 12 * 3_600;
const PARTNER = 'ptn_indicators';

function context(): Context {
  return {
    store: new MemoryStore(),
    partner: { id: PARTNER } as PartnerRecord,
    now: NOW,
    request: null,
    afterCommit: [],
    outbox: discardingOutbox,
    log: silentLogger,
  };
}

const buyer = { id: 'buy_1', partner: PARTNER, industry: 'pets' } as BuyerRecord;
const line = (limit: number, used: number) => ({ limit, used }) as CreditLineRecord;

let reports = 0;
function report(
  ctx: Context,
  type: 'order' | 'delivery' | 'return',
  daysAgo: number,
  supplier: string,
  orderId: string,
  amount: number,
  payment: string | null = null,
): void {
  ctx.store.insert('trade_reports', {
    id: `tr_${++reports}`,
    partner: PARTNER,
    buyer: buyer.id,
    supplier,
    type,
    order_id: orderId,
    amount: { amount, currency: 'CNY' },
    payment,
    occurred_at: NOW - daysAgo * DAY,
  } as unknown as TradeReportRecord);
}

/** A loan with one instalment due on `due`; a repaid one is repaid on `repaidOn`. */
function loan(
  ctx: Context,
  id: string,
  due: string,
  createdDaysAgo: number,
  repaidOn?: string[],
): void {
  ctx.store.insert('loans', {
    id,
    partner: PARTNER,
    buyer: buyer.id,
    status: repaidOn ? 'repaid' : 'active',
    created: NOW - createdDaysAgo * DAY,
    schedule: { installments: [{ due_date: due }] },
  } as unknown as LoanRecord);
  for (const [i, date] of (repaidOn ?? []).entries()) {
    ctx.store.insert('repayments', {
      id: `rp_${id}_${i}`,
      partner: PARTNER,
      loan: id,
      created: startOfShanghaiDay(date) + 10 * 3_600,
    } as unknown as RepaymentRecord);
  }
}

describe('reviewIndicators', () => {
  it('computes the trade indicators from the reports, in whole fen, basis points and percent', () => {
    const ctx = context();
    report(ctx, 'order', 10, 'sup_a', 'o1', 10_000, 'pay_1');
    report(ctx, 'delivery', 9, 'sup_a', 'o1', 10_000);
    report(ctx, 'return', 5, 'sup_a', 'o1', 1_000);
    report(ctx, 'order', 3, 'sup_a', 'o2', 20_000); // too recent to be delivered
    report(ctx, 'order', 40, 'sup_c', 'o4', 5_000); // no payment, no delivery
    report(ctx, 'order', 100, 'sup_b', 'o3', 30_000, 'pay_3');
    report(ctx, 'return', 95, 'sup_b', 'o3', 3_000);
    ctx.store.insert('credit_applications', {
      id: 'capp_1',
      partner: PARTNER,
      buyer: buyer.id,
      months_trading: 18,
      created: NOW - 65 * DAY,
    } as unknown as CreditApplicationRecord);

    expect(reviewIndicators(ctx, buyer, line(100_000, 25_000))).toEqual({
      industry_code: 2,
      current_limit_fen: 100_000,
      utilisation_bp: 2_500,
      dispute_count_90d: 0,
      months_trading: 20, // 18 when applying, 65 days ago
      platform_months: 3,
      days_since_last_order: 3,
      orders_90d: 3,
      active_months_12m: 3, // days 0–30, 30–60 and 90–120
      gmv_90d_fen: 34_000, // 35,000 ordered − 1,000 returned
      gmv_12m_fen: 61_000,
      gmv_growth_90d_pct: 25, // against 27,000 the 90 days before: +25.9 %
      refund_rate_bp: 285, // 1,000 / 35,000
      refund_rate_change_bp: -715, // from 3,000 / 30,000
      supplier_count: 3,
      repurchase_rate_bp: 3_333, // one supplier of three ordered from twice
      top_supplier_share_bp: 4_615, // 30,000 of 65,000
      three_flow_match_bp: 5_000, // o1 agrees, o4 does not (o2 is within the grace)
      three_flow_mismatch_90d: 1,
      on_time_streak: 0,
      days_past_due: 0,
      max_days_past_due_12m: 0,
      overdue_count_12m: 0,
    });
  });

  it('puts an order exactly 90 days old in the 90 days before, and leaves out what has no data', () => {
    const ctx = context();
    report(ctx, 'order', 90, 'sup_a', 'o1', 8_000, 'pay_1');
    report(ctx, 'delivery', 89, 'sup_a', 'o1', 8_000);
    const values = reviewIndicators(ctx, buyer, line(0, 0));
    expect(values).toMatchObject({ orders_90d: 0, gmv_90d_fen: 0, gmv_12m_fen: 8_000 });
    // Nothing ordered in the last 90 days: down from 8,000 to 0 is −100 %, and no refund rate.
    expect(values.gmv_growth_90d_pct).toBe(-100);
    for (const missing of [
      'utilisation_bp', // no limit
      'months_trading', // no application
      'refund_rate_bp',
      'refund_rate_change_bp',
      'three_flow_match_bp', // no order settled in the last 90 days
    ]) {
      expect(values, missing).not.toHaveProperty(missing);
    }
  });

  it('leaves every trade indicator out for a shop with no reports', () => {
    const ctx = context();
    expect(Object.keys(reviewIndicators(ctx, buyer, line(50_000, 0))).sort()).toEqual([
      'current_limit_fen',
      'days_past_due',
      'dispute_count_90d',
      'industry_code',
      'max_days_past_due_12m',
      'on_time_streak',
      'overdue_count_12m',
      'utilisation_bp',
    ]);
  });

  it('counts the on-time streak newest first, lateness by the last repayment, over 12 months', () => {
    const ctx = context();
    // Oldest first; the bank reads them newest first.
    loan(ctx, 'loan_0', '2025-10-31', 400, ['2025-11-30']); // 30 days late, over a year ago
    loan(ctx, 'loan_1', '2026-06-30', 200, ['2026-06-20', '2026-07-05']); // 5 days late
    loan(ctx, 'loan_2', '2026-09-30', 100, ['2026-09-28']); // early
    loan(ctx, 'loan_3', '2026-11-15', 50, ['2026-11-15']); // on the day
    loan(ctx, 'loan_4', '2026-12-31', 10); // not due yet
    expect(reviewIndicators(ctx, buyer, line(0, 0))).toMatchObject({
      on_time_streak: 2,
      days_past_due: 0,
      max_days_past_due_12m: 5,
      overdue_count_12m: 1,
    });

    // A loan past due now breaks the streak at once and counts as late.
    loan(ctx, 'loan_5', '2026-11-28', 5);
    expect(reviewIndicators(ctx, buyer, line(0, 0))).toMatchObject({
      on_time_streak: 0,
      days_past_due: 4,
      max_days_past_due_12m: 5,
      overdue_count_12m: 2,
    });
  });
});
