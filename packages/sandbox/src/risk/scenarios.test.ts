import { isValidCreditCode } from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { defaultRiskEngine } from './compile.js';
import { INDUSTRY_CODES, type IndicatorValues } from './indicators.js';
import { SCENARIO_CREDIT_CODES } from './scenarios.js';

const engine = defaultRiskEngine();

/** A shop the rules would decline outright (90+ days past due). */
const DECLINED_BY_RULES: IndicatorValues = {
  months_trading: 48,
  platform_months: 30,
  industry_code: INDUSTRY_CODES.pets,
  max_days_past_due_12m: 120,
};
/** A shop the rules would approve on its profile alone (no trade data). */
const THIN: IndicatorValues = { months_trading: 30, industry_code: INDUSTRY_CODES.pets };
const scenario = {
  code: 'scenario_trigger',
  message_zh: expect.any(String),
  message_en: expect.any(String),
};

describe('scenario triggers on applications', () => {
  it('[approve] approves whatever the data says, at 20,000 yuan, before any rule runs', () => {
    const decision = engine.decideApplication(DECLINED_BY_RULES, {
      business_name: '测试商店 [approve]',
    });
    expect(decision).toEqual({
      kind: 'application',
      outcome: 'approve',
      score: 600,
      limit: 2_000_000,
      apr: '0.1095',
      terms: expect.any(Array),
      reasons: [scenario],
      fired: [],
      rule_set: engine.ruleSet.version,
    });
  });

  it('[decline] and [refer] force those outcomes', () => {
    const established = { ...THIN, gmv_90d_fen: 20_000_000, orders_90d: 40 };
    expect(
      engine.decideApplication(established, { business_name: '[decline] 好店' }),
    ).toMatchObject({
      outcome: 'decline',
      reasons: [scenario],
      fired: [],
    });
    expect(engine.decideApplication(established, { business_name: '好店 [refer]' })).toMatchObject({
      outcome: 'refer',
      reasons: [scenario],
    });
  });

  it('[limit:N] approves N yuan, rounded down to 100 and within 5,000–50,000', () => {
    const limitOf = (name: string) => {
      const decision = engine.decideApplication(THIN, { business_name: name });
      return decision.outcome === 'approve' ? decision.limit : decision.outcome;
    };
    expect(limitOf('[limit:30000]')).toBe(3_000_000);
    expect(limitOf('[approve][limit:12345]')).toBe(1_230_000);
    expect(limitOf('[limit:80000]')).toBe(5_000_000);
    expect(limitOf('[limit:100]')).toBe(500_000);
  });

  it('prefers decline to refer to approve, and ignores case', () => {
    const outcome = (name: string) =>
      engine.decideApplication(THIN, { business_name: name }).outcome;
    expect(outcome('[APPROVE] [Refer]')).toBe('refer');
    expect(outcome('[refer][decline][limit:20000]')).toBe('decline');
  });

  it('leaves the rules to decide without a trigger in brackets', () => {
    const subject = { business_name: 'decline 百货', credit_code: '91440300708461136T' };
    const decision = engine.decideApplication(THIN, subject);
    expect(decision.outcome).toBe('approve');
    expect(decision.fired).not.toEqual([]);
    expect(decision.reasons.map((reason) => reason.code)).not.toContain('scenario_trigger');
  });

  it('forces outcomes by credit code too, with codes that pass the bank’s validation', () => {
    for (const [code, outcome] of Object.entries(SCENARIO_CREDIT_CODES)) {
      expect(isValidCreditCode(code)).toBe(true);
      expect(
        engine.decideApplication(THIN, { business_name: '某商店', credit_code: code }),
      ).toMatchObject({
        outcome,
        reasons: [scenario],
      });
    }
  });
});

describe('scenario triggers on limit reviews', () => {
  const review = (name: string, current = 2_000_000) =>
    engine.reviewLimit({}, current, { business_name: name });

  it('[raise] doubles, [hold] keeps, [cut] halves the limit', () => {
    expect(review('[raise]')).toMatchObject({
      outcome: 'raise',
      limit: 4_000_000,
      reasons: [scenario],
      fired: [],
    });
    expect(review('[hold]', 1_234_567)).toMatchObject({ outcome: 'hold', limit: 1_234_567 });
    expect(review('[cut]')).toMatchObject({ outcome: 'cut', limit: 1_000_000 });
    expect(review('[cut] [hold] [raise]')).toMatchObject({ outcome: 'cut' });
  });

  it('[limit:N] sets the new limit, the outcome following from it', () => {
    expect(review('[limit:30000]')).toMatchObject({ outcome: 'raise', limit: 3_000_000 });
    expect(review('[limit:8000]')).toMatchObject({ outcome: 'cut', limit: 800_000 });
    expect(review('[limit:20000]')).toMatchObject({ outcome: 'hold', limit: 2_000_000 });
  });

  it('stays within the review’s bounds', () => {
    expect(review('[raise]', 40_000_000)).toMatchObject({ outcome: 'raise', limit: 50_000_000 });
    expect(review('[raise]', 50_000_000)).toMatchObject({ outcome: 'hold', limit: 50_000_000 });
    expect(review('[cut]', 600_000)).toMatchObject({ outcome: 'cut', limit: 500_000 });
  });

  it('ignores application triggers: the rules decide', () => {
    expect(review('[approve]').fired).not.toEqual([]);
  });
});

describe('test controls: APR and score band triggers (issue 16)', () => {
  it('[apr:N] approves at N percent a year exactly, with the limit a [limit:N] names', () => {
    expect(engine.decideApplication(THIN, { business_name: '测试 [apr:7.3]' })).toMatchObject({
      outcome: 'approve',
      apr: '0.073',
      limit: 2_000_000,
    });
    expect(
      engine.decideApplication(DECLINED_BY_RULES, {
        business_name: '测试 [limit:30000] [apr:12.3456]',
      }),
    ).toMatchObject({ outcome: 'approve', apr: '0.123456', limit: 3_000_000 });
    expect(
      engine.decideApplication(THIN, { business_name: '测试 [approve] [apr:18]' }),
    ).toMatchObject({ apr: '0.18' });
    // Beyond 24% a year is not a price a test may set: the trigger is ignored.
    expect(
      engine.decideApplication(THIN, { business_name: '测试 [approve] [apr:36]' }),
    ).toMatchObject({ apr: '0.1095' });
  });

  it('[score:N] decides as that band: its APR and terms, refer or decline', () => {
    expect(engine.decideApplication(THIN, { business_name: '测试 [score:730]' })).toMatchObject({
      outcome: 'approve',
      score: 730,
      apr: '0.073',
      reasons: [scenario],
    });
    expect(engine.decideApplication(THIN, { business_name: '测试 [score:550]' })).toMatchObject({
      outcome: 'approve',
      apr: '0.146',
    });
    expect(engine.decideApplication(THIN, { business_name: '测试 [score:500]' })).toMatchObject({
      outcome: 'refer',
      score: 500,
    });
    expect(engine.decideApplication(THIN, { business_name: '测试 [score:100]' })).toMatchObject({
      outcome: 'decline',
    });
    // [approve] with a non-approving score is priced as the lowest approving band.
    expect(
      engine.decideApplication(THIN, { business_name: '测试 [approve] [score:100]' }),
    ).toMatchObject({ outcome: 'approve', apr: '0.146' });
    // [decline] still beats everything.
    expect(
      engine.decideApplication(THIN, { business_name: '测试 [score:800] [apr:5] [decline]' }),
    ).toMatchObject({ outcome: 'decline' });
  });
});
