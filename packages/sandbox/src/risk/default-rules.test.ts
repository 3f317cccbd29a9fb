import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRuleSet } from './compile.js';
import { DEFAULT_RULES } from './default-rules.js';
import { INDICATORS } from './indicators.js';
import { parseRuleSet, type Condition } from './rule-set.js';

const json: unknown = JSON.parse(
  readFileSync(new URL('./default-rules.json', import.meta.url), 'utf8'),
);

describe('default-rules.json', () => {
  const ruleSet = parseRuleSet(json);

  it('is exactly what DEFAULT_RULES declares: the parsed RuleSet, nothing added or dropped', () => {
    expect(parseRuleSet(DEFAULT_RULES)).toEqual(DEFAULT_RULES);
    expect(DEFAULT_RULES).toEqual(json);
  });

  it('loads and compiles', () => {
    expect(() => compileRuleSet(json)).not.toThrow();
  });

  it('is a rule set an analyst can read: some 30–60 rules over every indicator family', () => {
    expect(ruleSet.rules.length).toBeGreaterThanOrEqual(30);
    expect(ruleSet.rules.length).toBeLessThanOrEqual(65);
    const used = new Set<string>();
    const visit = (condition: Condition<string>): void => {
      if ('all' in condition) condition.all.forEach(visit);
      else if ('any' in condition) condition.any.forEach(visit);
      else if ('not' in condition) visit(condition.not);
      else used.add(condition.indicator);
    };
    for (const rule of ruleSet.rules) if (rule.when) visit(rule.when);
    const families = new Set(INDICATORS.filter(({ name }) => used.has(name)).map((i) => i.family));
    expect([...families].sort()).toEqual(
      [
        'credit',
        'network',
        'orders',
        'profile',
        'refunds',
        'tenure',
        'three_flows',
        'volume',
      ].sort(),
    );
  });

  it('grants basic lines of 5,000–50,000 yuan and has no reason without a use', () => {
    expect(ruleSet.application).toEqual({ floor_fen: 500_000, ceiling_fen: 5_000_000 });
    const used = new Set([
      ...ruleSet.rules.map((rule) => rule.then.reason),
      ...ruleSet.score.bands.flatMap((band) => (band.outcome === 'approve' ? [] : [band.reason])),
      ruleSet.limit_review.hold_reason,
    ]);
    expect(Object.keys(ruleSet.reasons).sort()).toEqual([...used].sort());
  });
});
