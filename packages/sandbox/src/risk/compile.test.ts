import { describe, expect, it } from 'vitest';
import { compileCondition, compileLimit, compileRuleSet } from './compile.js';
import {
  buildIndicatorArray,
  INDICATOR_NAMES,
  type IndicatorName,
  type IndicatorValues,
} from './indicators.js';
import DEFAULT_RULES from './default-rules.json' with { type: 'json' };
import { parseRuleSet, type Condition, type RuleSet } from './rule-set.js';
import { syntheticRuleSet, syntheticShops } from './workload.js';

/** Compiles `condition` and runs it over a shop. */
function holdsFor(condition: Condition, shop: IndicatorValues): boolean {
  return compileCondition(condition)(buildIndicatorArray(shop));
}

describe('compileCondition', () => {
  const orders = (op: '<' | '<=' | '>' | '>=' | '==' | '!=', value: number): Condition => ({
    indicator: 'orders_90d',
    op,
    value,
  });

  it('compares as written', () => {
    const shop = { orders_90d: 10 };
    expect(holdsFor(orders('<', 10), shop)).toBe(false);
    expect(holdsFor(orders('<=', 10), shop)).toBe(true);
    expect(holdsFor(orders('>', 9), shop)).toBe(true);
    expect(holdsFor(orders('>=', 11), shop)).toBe(false);
    expect(holdsFor(orders('==', 10), shop)).toBe(true);
    expect(holdsFor(orders('!=', 10), shop)).toBe(false);
    expect(
      holdsFor({ indicator: 'industry_code', op: 'in', values: [1, 2] }, { industry_code: 2 }),
    ).toBe(true);
    expect(
      holdsFor({ indicator: 'industry_code', op: 'in', values: [1, 2] }, { industry_code: 3 }),
    ).toBe(false);
  });

  it('never satisfies a test on a missing indicator, nor its negation', () => {
    for (const op of ['<', '<=', '>', '>=', '==', '!='] as const) {
      expect(holdsFor(orders(op, 0), {})).toBe(false);
      expect(holdsFor({ not: orders(op, 0) }, {})).toBe(false);
    }
    const industry: Condition = { indicator: 'industry_code', op: 'in', values: [1] };
    expect(holdsFor(industry, {})).toBe(false);
    expect(holdsFor({ not: industry }, {})).toBe(false);
  });

  it('asks about missing data only through `missing`', () => {
    const missing: Condition = { indicator: 'orders_90d', op: 'missing' };
    expect(holdsFor(missing, {})).toBe(true);
    expect(holdsFor(missing, { orders_90d: 0 })).toBe(false);
    expect(holdsFor({ not: missing }, { orders_90d: 0 })).toBe(true);
    expect(holdsFor({ not: missing }, {})).toBe(false);
  });

  it('combines with all, any and not (De Morgan through missing data)', () => {
    const many = orders('>=', 30);
    const clean: Condition = { indicator: 'refund_rate_bp', op: '<', value: 200 };
    const both: Condition = { all: [many, clean] };
    const either: Condition = { any: [many, clean] };
    expect(holdsFor(both, { orders_90d: 40, refund_rate_bp: 100 })).toBe(true);
    expect(holdsFor(both, { orders_90d: 40, refund_rate_bp: 300 })).toBe(false);
    expect(holdsFor(either, { orders_90d: 40 })).toBe(true); // one known and true is enough
    expect(holdsFor({ not: both }, { orders_90d: 10 })).toBe(true); // one known and false is enough
    expect(holdsFor({ not: both }, { orders_90d: 40 })).toBe(false); // unknown, so not fired
    expect(holdsFor({ not: { not: many } }, { orders_90d: 40 })).toBe(true);
    expect(holdsFor({ all: [] }, {})).toBe(true);
    expect(holdsFor({ any: [] }, {})).toBe(false);
    expect(holdsFor({ not: { all: [] } }, {})).toBe(false);
  });
});

describe('compileLimit', () => {
  it('computes fen + indicator × bp, within min and max, toward zero', () => {
    const limit = compileLimit({
      indicator: 'gmv_90d_fen',
      bp: 4000,
      min_fen: 500_000,
      max_fen: 5_000_000,
    });
    expect(limit(buildIndicatorArray({ gmv_90d_fen: 4_567_891 }))).toBe(1_827_156);
    expect(limit(buildIndicatorArray({ gmv_90d_fen: 100 }))).toBe(500_000);
    expect(limit(buildIndicatorArray({ gmv_90d_fen: 90_000_000 }))).toBe(5_000_000);
    expect(compileLimit({ fen: 1_000_000 })(buildIndicatorArray({}))).toBe(1_000_000);
  });

  it('gives nothing when its indicator is missing', () => {
    expect(
      compileLimit({ indicator: 'gmv_90d_fen', bp: 4000 })(buildIndicatorArray({})),
    ).toBeUndefined();
  });

  it('stays exact where fen × bp passes 2^53', () => {
    const limit = compileLimit({ indicator: 'gmv_12m_fen', bp: 9_007 });
    const gmv = 9_999_999_999_285; // × 9 007 ≈ 9 × 10^16, past 2^53
    expect(limit(buildIndicatorArray({ gmv_12m_fen: gmv }))).toBe(9_006_999_999_355);
    expect(Math.trunc((gmv * 9_007) / 10_000)).toBe(9_006_999_999_356); // what floats would give
  });
});

// ---------------------------------------------------------------------------------------------
// The compiled engine against a reference that walks the JSON on every call
// ---------------------------------------------------------------------------------------------

/**
 * The reference: interprets a condition straight from the JSON in three-valued logic, where a
 * test on a missing indicator is unknown (undefined), and a rule fires only on true.
 */
function evaluate(condition: Condition<string>, shop: IndicatorValues): boolean | undefined {
  if ('all' in condition) {
    let result: boolean | undefined = true;
    for (const part of condition.all) {
      const value = evaluate(part, shop);
      if (value === false) return false;
      if (value === undefined) result = undefined;
    }
    return result;
  }
  if ('any' in condition) {
    let result: boolean | undefined = false;
    for (const part of condition.any) {
      const value = evaluate(part, shop);
      if (value === true) return true;
      if (value === undefined) result = undefined;
    }
    return result;
  }
  if ('not' in condition) {
    const value = evaluate(condition.not, shop);
    return value === undefined ? undefined : !value;
  }
  const x = shop[condition.indicator as IndicatorName];
  if (condition.op === 'missing') return x === undefined || x === null;
  if (x === undefined || x === null) return undefined;
  if (condition.op === 'in') return condition.values.includes(x);
  const { value } = condition;
  switch (condition.op) {
    case '<':
      return x < value;
    case '<=':
      return x <= value;
    case '>':
      return x > value;
    case '>=':
      return x >= value;
    case '==':
      return x === value;
    case '!=':
      return x !== value;
  }
}

function reference(
  ruleSet: RuleSet<string>,
  shop: IndicatorValues,
  kind: 'application' | 'limit_review',
) {
  const rules = ruleSet.rules.filter(
    (rule) => rule.applies_to === kind || rule.applies_to === 'both',
  );
  const fired = rules.filter((rule) => !rule.when || evaluate(rule.when, shop) === true);
  const total = fired.reduce((sum, rule) => sum + (rule.then.score ?? 0), ruleSet.score.base);
  const score = Math.min(Math.max(total, 0), 1000);
  const forced = (['decline', 'refer'] as const).find((outcome) =>
    fired.some((rule) => rule.then.outcome === outcome),
  );
  const band = ruleSet.score.bands.find((candidate) => score >= candidate.min_score)!;
  return { fired: fired.map((rule) => rule.id), score, outcome: forced ?? band.outcome };
}

/** The numbers the rules compare against, per indicator: where off-by-one mistakes hide. */
function thresholds(ruleSet: RuleSet<string>): Map<string, number[]> {
  const found = new Map<string, number[]>();
  const visit = (condition: Condition<string>) => {
    if ('all' in condition) return condition.all.forEach(visit);
    if ('any' in condition) return condition.any.forEach(visit);
    if ('not' in condition) return visit(condition.not);
    const values =
      'value' in condition ? [condition.value] : 'values' in condition ? condition.values : [];
    found.set(condition.indicator, [...(found.get(condition.indicator) ?? []), ...values]);
  };
  for (const rule of ruleSet.rules) if (rule.when) visit(rule.when);
  return found;
}

/** Shops that sit on and next to the rules' thresholds, with missing values mixed in. */
function shopsAround(ruleSet: RuleSet<string>, count: number, seed: number): IndicatorValues[] {
  const near = thresholds(ruleSet);
  let state = seed;
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  return syntheticShops(count, seed).map((shop) => {
    const edged: Record<string, number | null | undefined> = { ...shop };
    for (const name of INDICATOR_NAMES) {
      const values = near.get(name);
      const roll = random();
      if (roll < 0.1) edged[name] = null;
      else if (values && roll < 0.6) {
        edged[name] = values[Math.floor(random() * values.length)]! + Math.floor(random() * 3) - 1;
      }
    }
    return edged as IndicatorValues;
  });
}

describe('the compiled engine agrees with the reference interpreter', () => {
  it('on 2,400 synthetic rules and 300 shops, for applications and limit reviews', () => {
    const ruleSet = syntheticRuleSet(2_400, 7);
    const engine = compileRuleSet(ruleSet);
    const shops = shopsAround(ruleSet, 300, 11);
    const outcomes = new Set<string>();
    for (const shop of shops) {
      const expected = reference(ruleSet, shop, 'application');
      const decision = engine.decideApplication(shop);
      expect({ fired: decision.fired, score: decision.score, outcome: decision.outcome }).toEqual(
        expected,
      );
      outcomes.add(decision.outcome);

      const limit = 1_000_000;
      const review = engine.reviewLimit(shop, limit);
      const expectedReview = reference(
        ruleSet,
        { ...shop, current_limit_fen: limit },
        'limit_review',
      );
      expect({ fired: review.fired, score: review.score }).toEqual({
        fired: expectedReview.fired,
        score: expectedReview.score,
      });
    }
    // The comparison means something only if the rules fire both ways.
    expect(outcomes.size).toBeGreaterThan(1);
  });

  it('on the default rules and 500 shops around their thresholds', () => {
    const ruleSet = parseRuleSet(DEFAULT_RULES);
    const defaults = compileRuleSet(ruleSet);
    const outcomes = new Set<string>();
    for (const shop of shopsAround(ruleSet, 500, 5)) {
      const decision = defaults.decideApplication(shop);
      const expected = reference(ruleSet, shop, 'application');
      expect({ fired: decision.fired, score: decision.score, outcome: decision.outcome }).toEqual(
        expected,
      );
      outcomes.add(decision.outcome);
    }
    expect([...outcomes].sort()).toEqual(['approve', 'decline', 'refer']);
  });
});
