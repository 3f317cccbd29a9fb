/**
 * The default rule set deciding realistic shops: every outcome of both decisions is reachable,
 * and the reasons and fired rules say why.
 */
import { Rate } from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, defaultRiskEngine } from './compile.js';
import type { Decision } from './decision.js';
import DEFAULT_RULES from './default-rules.json' with { type: 'json' };
import { buildIndicatorArray, INDUSTRY_CODES, type IndicatorValues } from './indicators.js';

const engine = defaultRiskEngine();

/** 贝贝母婴生活馆: four years trading, buys every month from six suppliers, clean records. */
const ESTABLISHED: IndicatorValues = {
  months_trading: 48,
  platform_months: 30,
  active_months_12m: 12,
  orders_90d: 42,
  days_since_last_order: 2,
  gmv_90d_fen: 18_000_000,
  gmv_12m_fen: 65_000_000,
  gmv_growth_90d_pct: 12,
  refund_rate_bp: 150,
  refund_rate_change_bp: -20,
  dispute_count_90d: 0,
  supplier_count: 6,
  repurchase_rate_bp: 7_200,
  top_supplier_share_bp: 3_500,
  three_flow_match_bp: 9_900,
  three_flow_mismatch_90d: 0,
  days_past_due: 0,
  max_days_past_due_12m: 0,
  overdue_count_12m: 0,
  industry_code: INDUSTRY_CODES.mother_baby,
};

/** 萌宠之家: a pet shop of a year and a half, middling on every count. */
const MODEST: IndicatorValues = {
  months_trading: 18,
  platform_months: 10,
  active_months_12m: 9,
  orders_90d: 15,
  days_since_last_order: 6,
  gmv_90d_fen: 4_567_891,
  gmv_12m_fen: 15_000_000,
  gmv_growth_90d_pct: 5,
  refund_rate_bp: 300,
  refund_rate_change_bp: 10,
  dispute_count_90d: 1,
  supplier_count: 3,
  repurchase_rate_bp: 4_500,
  top_supplier_share_bp: 6_000,
  three_flow_match_bp: 9_600,
  three_flow_mismatch_90d: 1,
  days_past_due: 0,
  max_days_past_due_12m: 0,
  overdue_count_12m: 0,
  industry_code: INDUSTRY_CODES.pets,
};

/** 丰收农资店: trading is thin, shrinking and troubled, though nothing alone declines it. */
const STRUGGLING: IndicatorValues = {
  months_trading: 10,
  platform_months: 8,
  active_months_12m: 4,
  orders_90d: 5,
  days_since_last_order: 50,
  gmv_90d_fen: 1_200_000,
  gmv_growth_90d_pct: -35,
  refund_rate_bp: 900,
  refund_rate_change_bp: 350,
  dispute_count_90d: 3,
  supplier_count: 1,
  repurchase_rate_bp: 1_500,
  top_supplier_share_bp: 9_800,
  three_flow_match_bp: 8_800,
  three_flow_mismatch_90d: 2,
  days_past_due: 0,
  max_days_past_due_12m: 0,
  overdue_count_12m: 0,
  industry_code: INDUSTRY_CODES.agriculture,
};

/** A shop with a line of 20,000 yuan, growing, repaying on time: a candidate for a raise. */
const GROWING: IndicatorValues = {
  ...ESTABLISHED,
  gmv_90d_fen: 15_000_000,
  gmv_growth_90d_pct: 25,
  utilisation_bp: 7_500,
  on_time_streak: 8,
};
const LINE = 2_000_000;

const codes = (decision: Decision) => decision.reasons.map((reason) => reason.code);

describe('credit applications', () => {
  it('approves an established shop at the ceiling, with the best band’s price and terms', () => {
    const decision = engine.decideApplication(ESTABLISHED);
    expect(decision).toMatchObject({
      outcome: 'approve',
      score: 790,
      limit: 5_000_000,
      apr: '0.073',
    });
    if (decision.outcome !== 'approve') throw new Error('not approved');
    expect(decision.terms).toHaveLength(12);
    expect(decision.fired).toEqual(
      expect.arrayContaining(['line_from_trade', 'score_three_flows_clean']),
    );
    expect(codes(decision)).toEqual(
      expect.arrayContaining(['line_from_trade_volume', 'trade_records_consistent']),
    );
    for (const reason of decision.reasons) {
      expect(reason.message_zh).not.toBe('');
      expect(reason.message_en).not.toBe('');
    }
  });

  it('approves a modest shop at 40% of its purchases, rounded down to 100 yuan', () => {
    const decision = engine.decideApplication(MODEST);
    // 40% of 45,678.91 yuan is 18,271.56 yuan: the line is 18,200.
    expect(decision).toMatchObject({
      outcome: 'approve',
      score: 600,
      limit: 1_820_000,
      apr: '0.1095',
    });
  });

  it('keeps a small shop’s line at the floor and a new business’s under its cap', () => {
    const small = engine.decideApplication({ ...MODEST, months_trading: 8, gmv_90d_fen: 600_000 });
    expect(small).toMatchObject({ outcome: 'approve', limit: 500_000, apr: '0.146' });
    const young = engine.decideApplication({ ...MODEST, months_trading: 9 });
    expect(young).toMatchObject({ outcome: 'approve', limit: 1_000_000 });
    expect(codes(young)).toContain('line_capped_new_business');
  });

  it('declines heavy past due, explained by that rule alone', () => {
    const decision = engine.decideApplication({ ...ESTABLISHED, max_days_past_due_12m: 120 });
    expect(decision.outcome).toBe('decline');
    expect(codes(decision)).toEqual(['severe_past_due_history']);
    expect(decision.fired).toContain('decline_severe_past_due_12m');
    expect(decision).not.toHaveProperty('limit');
  });

  it('declines a low score, explained by the band and the heaviest deductions', () => {
    const decision = engine.decideApplication(STRUGGLING);
    expect(decision).toMatchObject({ outcome: 'decline', score: 210 });
    expect(decision.fired.filter((id) => id.startsWith('decline_'))).toEqual([]);
    expect(codes(decision).slice(0, 3)).toEqual([
      'score_too_low',
      'high_refunds',
      'irregular_trading',
    ]);
  });

  it('approves a basic line from the profile alone, before any trade data', () => {
    const decision = engine.decideApplication({
      months_trading: 36,
      platform_months: 0,
      industry_code: INDUSTRY_CODES.auto_parts,
    });
    // 600 + 20 (trading 2 years or more) − 30 (no trade data): the fourth band.
    expect(decision).toMatchObject({
      outcome: 'approve',
      score: 590,
      limit: 2_000_000,
      apr: '0.146',
    });
    expect(codes(decision)).toEqual(
      expect.arrayContaining(['no_trade_data', 'line_from_profile', 'line_capped_no_trade_data']),
    );
  });

  it('refers a thin file: a new business with no trade data yet', () => {
    const decision = engine.decideApplication({
      months_trading: 4,
      platform_months: 2,
      industry_code: INDUSTRY_CODES.auto_parts,
    });
    expect(decision.outcome).toBe('refer');
    expect(codes(decision)).toEqual(['business_too_new', 'thin_file']);
  });

  it('refers an incomplete profile rather than guess what is missing', () => {
    const decision = engine.decideApplication({ months_trading: 36 });
    expect(decision.outcome).toBe('refer');
    expect(codes(decision)).toEqual(['profile_incomplete']);
  });

  it('refers a borderline score to a person', () => {
    const decision = engine.decideApplication({
      ...MODEST,
      refund_rate_bp: 900,
      active_months_12m: 5,
    });
    expect(decision).toMatchObject({ outcome: 'refer', score: 510 });
    expect(codes(decision)).toEqual(['score_borderline', 'high_refunds', 'irregular_trading']);
  });

  it('prefers decline to refer when both fire', () => {
    const decision = engine.decideApplication({
      ...STRUGGLING,
      months_trading: 3,
      days_past_due: 45,
    });
    expect(decision.outcome).toBe('decline');
    expect(codes(decision)).toEqual(['past_due_serious']);
  });
});

describe('limit reviews', () => {
  it('raises a growing shop that repays on time, at most doubling the line', () => {
    const decision = engine.reviewLimit(GROWING, LINE);
    expect(decision).toMatchObject({ outcome: 'raise', limit: 4_000_000, previous_limit: LINE });
    expect(decision.fired).toEqual(
      expect.arrayContaining(['review_raise_growth', 'review_raise_to_trade', 'review_cap_double']),
    );
    expect(codes(decision)).toContain('raise_growth_and_repayment');
  });

  it('raises no further than the review ceiling', () => {
    const decision = engine.reviewLimit({ ...GROWING, gmv_90d_fen: 100_000_000 }, 40_000_000);
    expect(decision).toMatchObject({ outcome: 'raise', limit: 50_000_000 });
  });

  it('holds a line with too few repayments, or past due now', () => {
    const thin = engine.reviewLimit({ ...GROWING, on_time_streak: 2 }, LINE);
    expect(thin).toMatchObject({ outcome: 'hold', limit: LINE });
    expect(codes(thin)).toEqual(['repayment_history_short']);
    const unknown = engine.reviewLimit({ ...GROWING, on_time_streak: null }, LINE);
    expect(codes(unknown)).toEqual(['repayment_history_short']);
    const late = engine.reviewLimit({ ...GROWING, days_past_due: 5 }, LINE);
    expect(late).toMatchObject({ outcome: 'hold', limit: LINE });
    expect(codes(late)).toEqual(['past_due_now']);
  });

  it('holds when the trade data supports no change', () => {
    const flat = {
      ...GROWING,
      gmv_growth_90d_pct: -5,
      utilisation_bp: 3_000,
      three_flow_match_bp: 8_900,
    };
    const decision = engine.reviewLimit(flat, LINE);
    expect(decision).toMatchObject({ outcome: 'hold', limit: LINE });
    expect(codes(decision)).toEqual(['review_no_change']);
  });

  it('holds a low score', () => {
    const decision = engine.reviewLimit({ ...STRUGGLING, on_time_streak: 3 }, 1_000_000);
    expect(decision).toMatchObject({ outcome: 'hold', limit: 1_000_000 });
    expect(codes(decision)[0]).toBe('score_too_low');
  });

  it('cuts on rising refunds, to 70%', () => {
    const decision = engine.reviewLimit(
      { ...GROWING, refund_rate_bp: 1_200, refund_rate_change_bp: 600 },
      LINE,
    );
    expect(decision).toMatchObject({ outcome: 'cut', limit: 1_400_000 });
    expect(codes(decision)).toEqual(['refunds_rising']);
  });

  it('cuts a line used up with past due, to half, even though a hold fired too', () => {
    const decision = engine.reviewLimit(
      { ...GROWING, utilisation_bp: 9_800, max_days_past_due_12m: 20, days_past_due: 3 },
      LINE,
    );
    expect(decision).toMatchObject({ outcome: 'cut', limit: 1_000_000 });
    expect(decision.fired).toContain('review_hold_past_due');
    expect(codes(decision)).toEqual(['maxed_out_with_past_due']);
  });

  it('cuts a line raised beyond the last 90 days’ purchases, rounded down to 100 yuan', () => {
    const decision = engine.reviewLimit({ ...GROWING, gmv_90d_fen: 2_345_678 }, 4_000_000);
    expect(decision).toMatchObject({ outcome: 'cut', limit: 2_340_000 });
    expect(codes(decision)).toEqual(['line_capped_trade_volume']);
  });

  it('never cuts a profile line for lack of purchases', () => {
    const decision = engine.reviewLimit({ ...GROWING, gmv_90d_fen: 300_000 }, 2_000_000);
    expect(decision.outcome).not.toBe('cut');
  });

  it('cuts no lower than the floor, and holds a line already there', () => {
    const refunds = { ...GROWING, refund_rate_bp: 1_200, refund_rate_change_bp: 600 };
    expect(engine.reviewLimit(refunds, 600_000)).toMatchObject({ outcome: 'cut', limit: 500_000 });
    const atFloor = engine.reviewLimit(refunds, 500_000);
    expect(atFloor).toMatchObject({ outcome: 'hold', limit: 500_000 });
    expect(codes(atFloor)).toEqual(['refunds_rising']);
  });

  it('fills in the current limit without touching the caller’s array', () => {
    const array = buildIndicatorArray(GROWING);
    const before = Array.from(array);
    engine.reviewLimit(array, LINE);
    expect(Array.from(array)).toEqual(before);
  });

  it('refuses a current limit that is not whole fen', () => {
    expect(() => engine.reviewLimit(GROWING, 1_000.5)).toThrow(RangeError);
    expect(() => engine.reviewLimit(GROWING, -1)).toThrow(RangeError);
  });
});

describe('every decision', () => {
  const decisions: Decision[] = [
    ...[ESTABLISHED, MODEST, STRUGGLING, {}].map((shop) => engine.decideApplication(shop)),
    ...[GROWING, STRUGGLING, {}].map((shop) => engine.reviewLimit(shop, 1_234_567)),
  ];

  it('holds integers and rate strings only: no floats', () => {
    const visit = (value: unknown, path: string): void => {
      if (typeof value === 'number') {
        expect(Number.isSafeInteger(value), `${path} = ${value}`).toBe(true);
      } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${path}[${i}]`));
      else if (value && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`);
      }
    };
    for (const decision of decisions) {
      visit(decision, decision.kind);
      if ('apr' in decision) expect(Rate.safeParse(decision.apr).success).toBe(true);
      if ('limit' in decision)
        expect(decision.limit % 10_000 === 0 || decision.outcome === 'hold').toBe(true);
    }
  });

  it('is deterministic: the same input gives the same output, from any engine', () => {
    const again = compileRuleSet(DEFAULT_RULES);
    for (const shop of [ESTABLISHED, MODEST, STRUGGLING]) {
      const first = JSON.stringify(engine.decideApplication(shop));
      expect(JSON.stringify(engine.decideApplication(shop))).toBe(first);
      expect(JSON.stringify(again.decideApplication(buildIndicatorArray(shop)))).toBe(first);
      const review = JSON.stringify(engine.reviewLimit(shop, LINE));
      expect(JSON.stringify(again.reviewLimit(shop, LINE))).toBe(review);
    }
  });

  it('names the rule set that decided', () => {
    for (const decision of decisions) expect(decision.rule_set).toBe(engine.ruleSet.version);
  });

  it('refuses indicator values that are not integers', () => {
    expect(() => engine.decideApplication({ ...MODEST, refund_rate_bp: 2.5 })).toThrow(RangeError);
  });
});
