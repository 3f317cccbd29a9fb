import { describe, expect, it } from 'vitest';
import DEFAULT_RULES from './default-rules.json' with { type: 'json' };
import { parseRuleSet, type RuleSet } from './rule-set.js';
import { RuleSetError } from './rule-set-error.js';

/** A small valid rule set to break one way at a time. */
function tiny(): RuleSet & Record<string, unknown> {
  return {
    version: 'test',
    score: {
      base: 600,
      bands: [
        {
          min_score: 600,
          outcome: 'approve',
          apr: '0.1095',
          terms: [{ repayment_method: 'pay_anytime', length: 30 }],
        },
        { min_score: 0, outcome: 'decline', reason: 'score_too_low' },
      ],
    },
    application: { floor_fen: 500_000, ceiling_fen: 5_000_000 },
    limit_review: { floor_fen: 500_000, ceiling_fen: 50_000_000, hold_reason: 'no_change' },
    reasons: {
      score_too_low: { 'zh-CN': '综合评分不足', en: 'The overall score is too low' },
      no_change: { 'zh-CN': '不调整', en: 'No change' },
      past_due: { 'zh-CN': '逾期', en: 'Past due' },
    },
    rules: [
      {
        id: 'decline_past_due',
        description: { 'zh-CN': '逾期拒绝', en: 'Decline when past due' },
        applies_to: 'application',
        when: { indicator: 'days_past_due', op: '>', value: 30 },
        then: { reason: 'past_due', outcome: 'decline' },
      },
    ],
  };
}

/** The problems a broken rule set is refused with. */
function problemsOf(input: unknown): readonly string[] {
  try {
    parseRuleSet(input);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleSetError);
    return (error as RuleSetError).problems;
  }
  throw new Error('the rule set loaded');
}

/** `tiny()` with its one rule changed. */
function withRule(change: Record<string, unknown>) {
  const ruleSet = tiny();
  return { ...ruleSet, rules: [{ ...ruleSet.rules[0]!, ...change }] };
}

describe('parseRuleSet', () => {
  it('loads the default rule set and a small valid one', () => {
    expect(parseRuleSet(DEFAULT_RULES).rules.length).toBeGreaterThan(30);
    expect(parseRuleSet(tiny()).rules[0]!.id).toBe('decline_past_due');
  });

  it('refuses an unknown indicator, naming the rule', () => {
    const problems = problemsOf(
      withRule({ when: { indicator: 'days_past_dew', op: '>', value: 30 } }),
    );
    expect(problems).toEqual([
      'rule "decline_past_due" at rules[0].when.indicator: unknown indicator "days_past_dew"',
    ]);
  });

  it('refuses a bad operator deep in a condition, naming the rule', () => {
    const problems = problemsOf(
      withRule({
        when: { all: [{ not: { indicator: 'orders_90d', op: '=>', value: 3 } }] },
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^rule "decline_past_due" at rules\[0\]\.when\.all\[0\]\.not\.op: unknown op "=>"/,
    );
  });

  it('refuses a reason code without text, naming the rule', () => {
    expect(problemsOf(withRule({ then: { reason: 'unexplained', outcome: 'decline' } }))).toEqual([
      'rule "decline_past_due" at rules[0].then.reason: reason code "unexplained" has no text in reasons',
    ]);
  });

  it('refuses a reason with a language missing', () => {
    const ruleSet = tiny();
    const broken = { ...ruleSet, reasons: { ...ruleSet.reasons, past_due: { 'zh-CN': '逾期' } } };
    expect(problemsOf(broken)).toEqual(['reasons.past_due.en: is required']);
  });

  it('refuses conditions of the wrong form', () => {
    const problems = problemsOf(
      withRule({
        when: {
          any: [
            { indicator: 'industry_code', op: 'in', value: 1 },
            { indicator: 'orders_90d', op: '>' },
            { indicator: 'orders_90d', op: 'missing', value: 0 },
            { all: [], indicator: 'orders_90d', op: '>', value: 1 },
            { indicator: 'refund_rate_bp', op: '<', value: 0.5 },
          ],
        },
      }),
    );
    expect(problems).toEqual([
      'rule "decline_past_due" at rules[0].when.any[0].value: op in takes no value',
      'rule "decline_past_due" at rules[0].when.any[0].values: op in needs values: [..]',
      'rule "decline_past_due" at rules[0].when.any[1].value: op > needs a value',
      'rule "decline_past_due" at rules[0].when.any[2].value: op missing takes no value',
      'rule "decline_past_due" at rules[0].when.any[3]: a condition is one of {all}, {any}, {not} or {indicator, op, …}; found all, indicator',
      'rule "decline_past_due" at rules[0].when.any[4].value: must be an integer',
    ]);
  });

  it('refuses an outcome the rule’s decision does not have', () => {
    expect(problemsOf(withRule({ applies_to: 'both' }))).toEqual([
      'rule "decline_past_due" at rules[0].then.outcome: decline applies to applications only: set applies_to to "application"',
    ]);
    expect(problemsOf(withRule({ then: { reason: 'past_due', outcome: 'hold' } }))).toEqual([
      'rule "decline_past_due" at rules[0].then.outcome: hold applies to limit reviews only: set applies_to to "limit_review"',
    ]);
  });

  it('refuses duplicate ids, unknown fields and incomplete limit formulas', () => {
    const ruleSet = tiny();
    const rule = ruleSet.rules[0]!;
    const problems = problemsOf({
      ...ruleSet,
      rules: [
        rule,
        { ...rule, then: { reason: 'past_due', cap_limit: { bp: 5000 } } },
        { ...rule, id: 'typo', whne: {} },
      ],
    });
    expect(problems).toEqual([
      'rule "decline_past_due" at rules[1].then.cap_limit: indicator and bp go together',
      'rule "decline_past_due" at rules[1].then.cap_limit: a limit needs fen, or indicator and bp',
      'rule "typo" at rules[2]: unknown field "whne"',
    ]);
    expect(problemsOf({ ...ruleSet, rules: [rule, rule] })).toEqual([
      'rule "decline_past_due" at rules[1].id: duplicate rule id',
    ]);
  });

  it('refuses bands out of order, without an approving band, or not reaching 0', () => {
    const ruleSet = tiny();
    const [approve, decline] = ruleSet.score.bands;
    expect(problemsOf({ ...ruleSet, score: { base: 600, bands: [decline, approve] } })).toEqual([
      'score.bands[1]: bands go from the highest min_score down',
      'score.bands: the last band must start at min_score 0',
    ]);
    expect(problemsOf({ ...ruleSet, score: { base: 600, bands: [decline] } })).toEqual([
      'score.bands: at least one band must approve',
    ]);
    expect(
      problemsOf({
        ...ruleSet,
        score: { base: 600, bands: [{ ...approve, apr: '10.95%' }, decline] },
      }),
    ).toEqual([
      'score.bands[0].apr: must be a decimal string such as "0.1095" with at most 6 decimal places',
    ]);
  });

  it('refuses limit bounds that are not whole hundreds of yuan or are upside down', () => {
    const ruleSet = tiny();
    expect(
      problemsOf({ ...ruleSet, application: { floor_fen: 500_050, ceiling_fen: 400_000 } }),
    ).toEqual([
      'application: floor_fen is above ceiling_fen',
      'application: floor and ceiling are whole hundreds of yuan (10000 fen)',
    ]);
  });

  it('lists every problem at once in the error message', () => {
    expect(() => parseRuleSet({ ...tiny(), version: '', rules: 'none' })).toThrow(
      'Invalid risk rule set:\n- version: must not be empty\n- rules: must be a list',
    );
  });
});
