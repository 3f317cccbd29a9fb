import { daysBetween, shanghaiDate } from '@xinghui/contract';
import { INDUSTRY_CODES, type IndicatorValues } from '../../risk/index.js';
import type { Context } from '../core/context.js';
import type {
  BuyerRecord,
  CreditApplicationRecord,
  CreditLineRecord,
  LoanRecord,
  RepaymentRecord,
  TradeReportRecord,
} from '../core/records.js';

const DAY = 86_400;
const MONTH = 30 * DAY;
/** Orders this recent may not be delivered yet: the three-flows check leaves them out. */
const DELIVERY_GRACE = 7 * DAY;

/**
 * The indicators of a limit review, computed from what the bank holds: the platform's trade
 * reports, the shop's loans and repayments, its line and its application. An application
 * (`line` undefined) uses the same trade indicators, before the shop has a line. Every value is an
 * integer (fen, basis points, whole percent, days, counts); an indicator with no data is left
 * out, and the rules treat it as missing.
 */
export function reviewIndicators(
  ctx: Context,
  buyer: BuyerRecord,
  line: CreditLineRecord | undefined,
): IndicatorValues {
  const now = ctx.now;
  const reports = ctx.store.find<TradeReportRecord>('trade_reports', {
    where: { partner: ctx.partner.id, buyer: buyer.id },
  });
  const within = (r: TradeReportRecord, fromAgo: number, toAgo: number) =>
    r.occurred_at > now - fromAgo * DAY && r.occurred_at <= now - toAgo * DAY;
  const orders = reports.filter((r) => r.type === 'order');
  const sum = (rs: TradeReportRecord[]) => rs.reduce((total, r) => total + r.amount.amount, 0);
  const ordered = (from: number, to: number) => sum(orders.filter((r) => within(r, from, to)));
  const returned = (from: number, to: number) =>
    sum(reports.filter((r) => r.type === 'return' && within(r, from, to)));
  const gmv = (from: number, to: number) => Math.max(0, ordered(from, to) - returned(from, to));
  const rate = (from: number, to: number) => {
    const total = ordered(from, to);
    return total > 0 ? Math.floor((returned(from, to) * 10_000) / total) : undefined;
  };

  const values: Record<string, number | undefined> = {
    industry_code: INDUSTRY_CODES[buyer.industry as keyof typeof INDUSTRY_CODES],
    // An application (no line yet) has neither.
    current_limit_fen: line?.limit,
    utilisation_bp:
      line && line.limit > 0 ? Math.floor((line.used * 10_000) / line.limit) : undefined,
    dispute_count_90d: 0,
  };

  const [application] = ctx.store.find<CreditApplicationRecord>('credit_applications', {
    where: { partner: ctx.partner.id, buyer: buyer.id },
    limit: 1,
  });
  if (application) {
    values.months_trading =
      application.months_trading + Math.floor((now - application.created) / MONTH);
  }

  if (orders.length > 0) {
    const first = Math.min(...orders.map((r) => r.occurred_at));
    const last = Math.max(...orders.map((r) => r.occurred_at));
    values.platform_months = Math.floor((now - first) / MONTH);
    values.days_since_last_order = Math.floor((now - last) / DAY);
    values.orders_90d = orders.filter((r) => within(r, 90, 0)).length;
    values.active_months_12m = Array.from({ length: 12 }, (_, k) =>
      orders.some((r) => within(r, (k + 1) * 30, k * 30)),
    ).filter(Boolean).length;
    values.gmv_90d_fen = gmv(90, 0);
    values.gmv_12m_fen = gmv(365, 0);
    const previous = gmv(180, 90);
    values.gmv_growth_90d_pct =
      previous > 0 ? Math.floor(((values.gmv_90d_fen - previous) * 100) / previous) : undefined;
    values.refund_rate_bp = rate(90, 0);
    const before = rate(180, 90);
    values.refund_rate_change_bp =
      values.refund_rate_bp !== undefined && before !== undefined
        ? values.refund_rate_bp - before
        : undefined;

    // The supplier network over 12 months: how many, how loyal, how concentrated.
    const bySupplier = new Map<string, { count: number; amount: number }>();
    for (const order of orders.filter((r) => within(r, 365, 0))) {
      const entry = bySupplier.get(order.supplier) ?? { count: 0, amount: 0 };
      bySupplier.set(order.supplier, {
        count: entry.count + 1,
        amount: entry.amount + order.amount.amount,
      });
    }
    const entries = [...bySupplier.values()];
    const total = entries.reduce((t, e) => t + e.amount, 0);
    values.supplier_count = entries.length;
    values.repurchase_rate_bp = entries.length
      ? Math.floor((entries.filter((e) => e.count >= 2).length * 10_000) / entries.length)
      : undefined;
    values.top_supplier_share_bp =
      total > 0
        ? Math.floor((Math.max(...entries.map((e) => e.amount)) * 10_000) / total)
        : undefined;

    // 三流合一: an order agrees with its payment and its delivery, tied by the order id.
    const settled = orders.filter(
      (r) => r.occurred_at > now - 90 * DAY && r.occurred_at <= now - DELIVERY_GRACE,
    );
    const consistent = settled.filter((order) => {
      const related = reports.filter(
        (r) => r.order_id === order.order_id && r.supplier === order.supplier,
      );
      return related.some((r) => r.payment !== null) && related.some((r) => r.type === 'delivery');
    }).length;
    if (settled.length > 0) {
      values.three_flow_match_bp = Math.floor((consistent * 10_000) / settled.length);
      values.three_flow_mismatch_90d = settled.length - consistent;
    }
  }

  Object.assign(values, creditBehaviour(ctx, buyer));
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  ) as IndicatorValues;
}

/**
 * How the shop has repaid: the streak of loans repaid by their last due date (newest first),
 * days past due now, and lateness over twelve months.
 */
function creditBehaviour(ctx: Context, buyer: BuyerRecord) {
  const today = shanghaiDate(ctx.now);
  const loans = ctx.store.find<LoanRecord>('loans', {
    where: { partner: ctx.partner.id, buyer: buyer.id },
  });
  let streak = 0;
  let streakBroken = false;
  let daysPastDue = 0;
  let maxPastDue = 0;
  let lateCount = 0;
  for (const loan of loans) {
    const due = loan.schedule.installments.at(-1)!.due_date;
    if (loan.status === 'repaid') {
      const [last] = ctx.store.find<RepaymentRecord>('repayments', {
        where: { partner: ctx.partner.id, loan: loan.id },
        limit: 1,
      });
      const late = last ? Math.max(0, daysBetween(due, shanghaiDate(last.created))) : 0;
      if (late === 0 && !streakBroken) streak += 1;
      else streakBroken = true;
      if (late > 0 && ctx.now - loan.created <= 365 * DAY) {
        lateCount += 1;
        maxPastDue = Math.max(maxPastDue, late);
      }
    } else {
      const pastDue = Math.max(0, daysBetween(due, today));
      if (pastDue > 0) {
        streakBroken = true;
        lateCount += 1;
      }
      daysPastDue = Math.max(daysPastDue, pastDue);
      maxPastDue = Math.max(maxPastDue, pastDue);
    }
  }
  return {
    on_time_streak: streak,
    days_past_due: daysPastDue,
    max_days_past_due_12m: maxPastDue,
    overdue_count_12m: lateCount,
  };
}
