import type { INDUSTRIES } from '@xinghui/contract';
import {
  IndicatorCatalogue,
  MAX_INDICATOR_VALUE,
  MISSING,
  type IndicatorArray,
} from './catalogue.js';

// The generic mechanics live in catalogue.ts; these names stay importable from here.
export { MAX_INDICATOR_VALUE, MISSING, type IndicatorArray };

/** The indicator families of a limit review (see docs/risk.md). */
export type IndicatorFamily =
  'profile' | 'tenure' | 'volume' | 'orders' | 'refunds' | 'network' | 'three_flows' | 'credit';

/** What an indicator's integer counts. */
export type IndicatorUnit = 'months' | 'days' | 'count' | 'fen' | 'bp' | 'percent' | 'code';

/** One entry of the catalogue: what a rule may test, described for a risk analyst. */
export interface IndicatorDefinition {
  /** The stable name rules use, e.g. `gmv_90d_fen`. */
  readonly name: string;
  readonly family: IndicatorFamily;
  readonly unit: IndicatorUnit;
  readonly description: { readonly 'zh-CN': string; readonly en: string };
}

/**
 * The indicator catalogue. An indicator's index in the indicator array is its position here, so
 * new indicators go at the end: compiled rules and stored arrays keep their meaning. Every value
 * is an integer (fen, basis points, whole percent, days, counts), so no float reaches a rule.
 */
export const INDICATORS = [
  {
    name: 'months_trading',
    family: 'tenure',
    unit: 'months',
    description: {
      'zh-CN': '经营月数：营业执照登记至今',
      en: 'Months the business has traded, since its registration',
    },
  },
  {
    name: 'platform_months',
    family: 'tenure',
    unit: 'months',
    description: {
      'zh-CN': '平台月数：首笔平台订单至今',
      en: 'Months since the first order on the platform',
    },
  },
  {
    name: 'active_months_12m',
    family: 'orders',
    unit: 'months',
    description: {
      'zh-CN': '近 12 个月中有订单的月数',
      en: 'Months with at least one order, of the last 12',
    },
  },
  {
    name: 'orders_90d',
    family: 'orders',
    unit: 'count',
    description: { 'zh-CN': '近 90 天订单数', en: 'Orders in the last 90 days' },
  },
  {
    name: 'days_since_last_order',
    family: 'orders',
    unit: 'days',
    description: { 'zh-CN': '距最近一笔订单的天数', en: 'Days since the latest order' },
  },
  {
    name: 'gmv_90d_fen',
    family: 'volume',
    unit: 'fen',
    description: {
      'zh-CN': '近 90 天采购额（分），已扣除退款',
      en: 'Purchases in the last 90 days, net of refunds (fen)',
    },
  },
  {
    name: 'gmv_12m_fen',
    family: 'volume',
    unit: 'fen',
    description: {
      'zh-CN': '近 12 个月采购额（分），已扣除退款',
      en: 'Purchases in the last 12 months, net of refunds (fen)',
    },
  },
  {
    name: 'gmv_growth_90d_pct',
    family: 'volume',
    unit: 'percent',
    description: {
      'zh-CN': '近 90 天采购额较前 90 天的增长（整数百分比，可为负；前 90 天为零时缺失）',
      en: 'Growth of the last 90 days’ purchases over the 90 days before, whole percent (negative when shrinking; missing when the earlier period is zero)',
    },
  },
  {
    name: 'refund_rate_bp',
    family: 'refunds',
    unit: 'bp',
    description: {
      'zh-CN': '近 90 天退款金额占采购额的比例（基点，100 = 1%）',
      en: 'Refunded share of the last 90 days’ purchases, in basis points (100 = 1%)',
    },
  },
  {
    name: 'refund_rate_change_bp',
    family: 'refunds',
    unit: 'bp',
    description: {
      'zh-CN': '退款率较前 90 天的变化（基点，上升为正）',
      en: 'Change of the refund rate over the 90 days before, in basis points (rising is positive)',
    },
  },
  {
    name: 'dispute_count_90d',
    family: 'refunds',
    unit: 'count',
    description: {
      'zh-CN': '近 90 天担保交易纠纷数',
      en: 'Escrow disputes opened in the last 90 days',
    },
  },
  {
    name: 'supplier_count',
    family: 'network',
    unit: 'count',
    description: {
      'zh-CN': '近 12 个月合作的供应商数',
      en: 'Suppliers bought from in the last 12 months',
    },
  },
  {
    name: 'repurchase_rate_bp',
    family: 'network',
    unit: 'bp',
    description: {
      'zh-CN': '近 90 天复购订单占比：向曾采购过的供应商再次下单（基点）',
      en: 'Share of the last 90 days’ orders placed again with a supplier bought from before, in basis points',
    },
  },
  {
    name: 'top_supplier_share_bp',
    family: 'network',
    unit: 'bp',
    description: {
      'zh-CN': '近 12 个月最大供应商的采购额占比（基点）',
      en: 'Share of the last 12 months’ purchases made with the largest supplier, in basis points',
    },
  },
  {
    name: 'three_flow_match_bp',
    family: 'three_flows',
    unit: 'bp',
    description: {
      'zh-CN': '三流合一率：近 90 天订单、支付、物流三者一致的订单占比（基点）',
      en: 'Share of the last 90 days’ orders whose order, payment and shipment agree, in basis points',
    },
  },
  {
    name: 'three_flow_mismatch_90d',
    family: 'three_flows',
    unit: 'count',
    description: {
      'zh-CN': '近 90 天付款或发货与订单不符的订单数',
      en: 'Orders in the last 90 days whose payment or shipment disagrees with the order',
    },
  },
  {
    name: 'current_limit_fen',
    family: 'credit',
    unit: 'fen',
    description: {
      'zh-CN': '当前授信额度（分）；额度评估时由引擎填入',
      en: 'The credit line’s current limit (fen); filled in by the engine in a limit review',
    },
  },
  {
    name: 'utilisation_bp',
    family: 'credit',
    unit: 'bp',
    description: {
      'zh-CN': '额度使用率：已用额度占授信额度的比例（基点）',
      en: 'Used share of the credit line, in basis points',
    },
  },
  {
    name: 'on_time_streak',
    family: 'credit',
    unit: 'count',
    description: {
      'zh-CN': '最近连续按时还款的期数',
      en: 'Consecutive repayments made on time, counting back from the latest',
    },
  },
  {
    name: 'days_past_due',
    family: 'credit',
    unit: 'days',
    description: {
      'zh-CN': '当前逾期天数（无逾期为 0）',
      en: 'Days the oldest unpaid amount is past due today (0 when nothing is)',
    },
  },
  {
    name: 'max_days_past_due_12m',
    family: 'credit',
    unit: 'days',
    description: {
      'zh-CN': '近 12 个月最长逾期天数',
      en: 'Longest time past due in the last 12 months, in days',
    },
  },
  {
    name: 'overdue_count_12m',
    family: 'credit',
    unit: 'count',
    description: {
      'zh-CN': '近 12 个月逾期还款次数',
      en: 'Repayments made late in the last 12 months',
    },
  },
  {
    name: 'industry_code',
    family: 'profile',
    unit: 'code',
    description: {
      'zh-CN': '行业代码：1 母婴、2 宠物、3 酒水烟草、4 汽配、5 农资、99 其他',
      en: 'Industry: 1 mother and baby, 2 pets, 3 liquor and tobacco, 4 auto parts, 5 farm supplies, 99 other',
    },
  },
] as const satisfies readonly IndicatorDefinition[];

/** The name of an indicator in the catalogue. */
export type IndicatorName = (typeof INDICATORS)[number]['name'];

/** Every indicator name, in array order. */
export const INDICATOR_NAMES = INDICATORS.map((indicator) => indicator.name) as [
  IndicatorName,
  ...IndicatorName[],
];

/** Where each indicator sits in the indicator array. */
export const INDICATOR_INDEX = Object.fromEntries(
  INDICATOR_NAMES.map((name, index) => [name, index]),
) as Readonly<Record<IndicatorName, number>>;

/** The integer each industry of the contract is tested as (`industry_code`). */
export const INDUSTRY_CODES: Readonly<Record<(typeof INDUSTRIES)[number], number>> = {
  mother_baby: 1,
  pets: 2,
  liquor_tobacco: 3,
  auto_parts: 4,
  agriculture: 5,
  other: 99,
};

/**
 * What the platform knows of a shop, by indicator name. Leave a value out (or `null`) when it is
 * not known: it becomes {@link MISSING}, never a silent zero.
 */
export type IndicatorValues = { readonly [Name in IndicatorName]?: number | null };

/** The shipped catalogue as the engine uses it: every rule set starts from it. */
export const DEFAULT_CATALOGUE = new IndicatorCatalogue(INDICATOR_NAMES);

/**
 * Builds the indicator array of the shipped catalogue a decision runs over (for a rule set
 * with indicators of its own, `engine.catalogue.build`).
 *
 * @throws RangeError on a name outside the catalogue or a value that is not an integer within
 *   ±{@link MAX_INDICATOR_VALUE}, so a typo or a float fails here, not inside a decision
 * @example
 * ```ts
 * const shop = buildIndicatorArray({ months_trading: 36, gmv_90d_fen: 12_000_000 });
 * shop[INDICATOR_INDEX.months_trading]; // 36
 * shop[INDICATOR_INDEX.orders_90d] === MISSING; // true
 * ```
 */
export function buildIndicatorArray(values: IndicatorValues): IndicatorArray {
  return DEFAULT_CATALOGUE.build(values);
}
