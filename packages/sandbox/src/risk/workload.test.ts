import { describe, expect, it } from 'vitest';
import { createRiskWorkload, syntheticRuleSet, syntheticShops } from './workload.js';

describe('the benchmark workload', () => {
  it('is the same for the same seed', () => {
    expect(syntheticRuleSet(50, 3)).toEqual(syntheticRuleSet(50, 3));
    expect(syntheticShops(20, 4)).toEqual(syntheticShops(20, 4));
    expect(syntheticRuleSet(50, 3)).not.toEqual(syntheticRuleSet(50, 4));
  });

  it('decides every shop over 2,400 rules, the same way each run', () => {
    const workload = createRiskWorkload({ rules: 2_400, shops: 50 });
    expect(workload.ruleSet.rules).toHaveLength(2_400);
    const approved = workload.run();
    expect(approved).toBeGreaterThanOrEqual(0);
    expect(workload.run()).toBe(approved);
  });
});
