/**
 * Rule sets at bank scale: a catalogue of the rule set's own (1,300 indicators and 2,400 rules,
 * and a record of 20,000 facts of which the rules read 1,300), with the load errors that name
 * the bad indicator or rule.
 */
import { describe, expect, it } from 'vitest';
import { compileRuleSet } from './compile.js';
import DEFAULT_RULES from './default-rules.json' with { type: 'json' };
import { INDICATORS } from './indicators.js';
import { RuleSetError } from './rule-set-error.js';
import { syntheticRuleSet, syntheticShops } from './workload.js';

const withIndicators = (indicators: unknown, when: unknown) => ({
  ...DEFAULT_RULES,
  indicators,
  rules: [
    {
      id: 'refer_low_tax',
      description: { 'zh-CN': '纳税少', en: 'Little tax paid' },
      applies_to: 'application',
      when,
      then: { reason: 'score_too_low', outcome: 'refer' },
    },
  ],
});

const problemsOf = (json: unknown): readonly string[] => {
  try {
    compileRuleSet(json);
  } catch (error) {
    if (error instanceof RuleSetError) return error.problems;
    throw error;
  }
  return [];
};

describe('a rule set with indicators of its own', () => {
  it('loads 1,300 indicators and 2,400 rules, and decides from named facts', () => {
    const ruleSet = syntheticRuleSet(2_400, 3, { indicators: 1_300 });
    expect(ruleSet.indicators).toHaveLength(1_300 - INDICATORS.length);
    const engine = compileRuleSet(ruleSet);
    expect(engine.catalogue.size).toBe(1_300);
    const outcomes = new Set<string>();
    for (const shop of syntheticShops(40, 4, 1_300)) {
      const decision = engine.decideApplication(shop);
      expect(decision).toEqual(engine.decideApplication(engine.catalogue.build(shop)));
      outcomes.add(decision.outcome);
    }
    expect(outcomes.size).toBeGreaterThan(1);
  }, 60_000); // generating and compiling 2,400 rules: slow on a loaded machine, not timed

  it('with 20,000 facts a record, reads the indicators its rules test', () => {
    const ruleSet = syntheticRuleSet(300, 5, { indicators: 20_000, read: 1_300 });
    const engine = compileRuleSet(ruleSet);
    const [shop] = syntheticShops(1, 6, 20_000);
    const decision = engine.decideApplication(shop!);
    // A fact no rule reads changes nothing; one the rules read is still checked.
    expect(engine.decideApplication({ ...shop, x_19999: 7.5 })).toEqual(decision);
    expect(() => engine.decideApplication({ ...shop, x_00100: 7.5 })).toThrow(
      /Indicator x_00100 must be an integer/,
    );
    // The whole record is checked, name by name, by catalogue.build.
    expect(() => engine.catalogue.build({ ...shop, x_2000: 1 })).toThrow(
      'Unknown indicator: "x_2000"',
    );
  });

  it('starts after the shipped catalogue, so shipped names keep their slots', () => {
    const engine = compileRuleSet(
      withIndicators([{ name: 'tax_paid_12m_fen', unit: 'fen' }], {
        indicator: 'tax_paid_12m_fen',
        op: '<',
        value: 100_000,
      }),
    );
    expect(engine.catalogue.names.slice(0, INDICATORS.length)).toEqual(
      INDICATORS.map((i) => i.name),
    );
    expect(engine.catalogue.slotOf('tax_paid_12m_fen')).toBe(INDICATORS.length);
    expect(engine.decideApplication({ tax_paid_12m_fen: 5 }).outcome).toBe('refer');
    expect(engine.decideApplication({ tax_paid_12m_fen: 500_000 }).outcome).not.toBe('refer');
  });

  it('names the bad indicator: a repeat, a bad unit, a name no catalogue has', () => {
    expect(
      problemsOf(
        withIndicators(
          [
            { name: 'orders_90d', unit: 'count' },
            { name: 'tax_fen', unit: 'yuan' },
            { name: 'tax_fen', unit: 'fen' },
          ],
          { indicator: 'tax_fenn', op: '>', value: 1 },
        ),
      ),
    ).toEqual([
      'indicator "tax_fen" at indicators[1].unit: must be one of "months", "days", "count", "fen", "bp", "percent", "code"',
    ]);
    expect(
      problemsOf(
        withIndicators(
          [
            { name: 'orders_90d', unit: 'count' },
            { name: 'tax_fen', unit: 'fen' },
            { name: 'tax_fen', unit: 'fen' },
          ],
          {
            any: [
              { indicator: 'tax_fen', op: '>', value: 1 },
              { indicator: 'tax_fenn', op: 'missing' },
            ],
          },
        ),
      ),
    ).toEqual([
      'indicator "orders_90d" at indicators[0].name: indicator "orders_90d" is already in the shipped catalogue',
      'indicator "tax_fen" at indicators[2].name: indicator "tax_fen" is already in the file',
      'rule "refer_low_tax" at rules[0].when.any[1].indicator: unknown indicator "tax_fenn"',
    ]);
  });
});

describe('an engine of the shipped catalogue', () => {
  it('still refuses a name it does not know, in a decision', () => {
    const engine = compileRuleSet(DEFAULT_RULES);
    expect(() => engine.decideApplication({ orders_90: 3 })).toThrow(
      'Unknown indicator: "orders_90"',
    );
    expect(() => engine.decideApplication(new Float64Array(24))).toThrow(RangeError);
  });
});
