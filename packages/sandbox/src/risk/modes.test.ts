/**
 * The two ways an engine runs its rules, closures and generated code, decide exactly alike: a
 * property test over random rule sets (a catalogue with indicators of its own, every operator,
 * `not`, nesting, limits, forced outcomes) and random shops, for both decisions.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileRuleSet } from './compile.js';
import DEFAULT_RULES from './default-rules.json' with { type: 'json' };
import type { Condition, Rule, RuleSet } from './rule-set.js';

const NAMES = ['orders_90d', 'gmv_90d_fen', 'industry_code', 'x_a', 'x_b', 'x_c'] as const;
const ADDED = [
  { name: 'x_a', unit: 'count' },
  { name: 'x_b', unit: 'bp' },
  { name: 'x_c', unit: 'fen' },
] as const;
const REASONS = Object.keys(DEFAULT_RULES.reasons);

// Small numbers, so that tests land on, above and below each other and rules fire both ways.
const small = fc.integer({ min: -3, max: 12 });
const leaf: fc.Arbitrary<Condition<string>> = fc.oneof(
  fc.record({
    indicator: fc.constantFrom(...NAMES),
    op: fc.constantFrom('<', '<=', '>', '>=', '==', '!=' as const),
    value: small,
  }),
  fc.record({
    indicator: fc.constantFrom(...NAMES),
    op: fc.constant('in' as const),
    values: fc.array(small, { minLength: 1, maxLength: 15 }), // past the inline limit too
  }),
  fc.record({ indicator: fc.constantFrom(...NAMES), op: fc.constant('missing' as const) }),
);
const { condition } = fc.letrec<{ condition: Condition<string> }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie('condition'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('condition'), { maxLength: 3 }) }),
    fc.record({ not: tie('condition') }),
  ),
}));

const limit = fc.oneof(
  fc.record({ fen: fc.integer({ min: 0, max: 9_000_000 }) }),
  fc.record({
    indicator: fc.constantFrom(...NAMES),
    bp: fc.integer({ min: 0, max: 100_000 }),
    min_fen: fc.constant(100_000),
  }),
);

const rule = (id: number): fc.Arbitrary<Rule<string>> =>
  fc
    .record({
      applies_to: fc.constantFrom('application', 'limit_review', 'both' as const),
      when: fc.option(condition, { nil: undefined }),
      reason: fc.constantFrom(...REASONS),
      score: fc.integer({ min: -150, max: 150 }),
      force: fc.boolean(),
      propose: fc.option(limit, { nil: undefined }),
      cap: fc.option(limit, { nil: undefined }),
    })
    .map(({ applies_to, when, reason, score, force, propose, cap }) => ({
      id: `r${id}`,
      description: { 'zh-CN': '规则', en: 'Rule' },
      applies_to,
      ...(when === undefined ? {} : { when }),
      then: {
        reason,
        score,
        ...(force && applies_to === 'application' ? { outcome: 'refer' as const } : {}),
        ...(force && applies_to === 'limit_review' ? { outcome: 'hold' as const } : {}),
        ...(propose ? { propose_limit: propose } : {}),
        ...(cap ? { cap_limit: cap } : {}),
      },
    }));

const ruleSet: fc.Arbitrary<RuleSet<string>> = fc
  .integer({ min: 0, max: 40 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => rule(i))))
  .map((rules) => ({ ...(DEFAULT_RULES as RuleSet<string>), indicators: ADDED, rules }));

const shop = fc.record(
  Object.fromEntries(NAMES.map((name) => [name, fc.option(small, { nil: undefined })])),
);

describe('closures and codegen', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('decide every application and review alike, from facts and from arrays', () => {
    fc.assert(
      fc.property(
        ruleSet,
        fc.array(shop, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 60_000_000 }),
        (rules, shops, current) => {
          const closures = compileRuleSet(rules);
          const codegen = compileRuleSet(rules, { mode: 'codegen' });
          expect([closures.mode, codegen.mode]).toEqual(['closures', 'codegen']);
          for (const facts of shops) {
            const array = closures.catalogue.build(facts);
            const application = closures.decideApplication(facts);
            expect(codegen.decideApplication(facts)).toEqual(application);
            expect(codegen.decideApplication(array)).toEqual(application);
            expect(closures.decideApplication(array)).toEqual(application);
            const review = closures.reviewLimit(facts, current);
            expect(codegen.reviewLimit(facts, current)).toEqual(review);
            expect(codegen.reviewLimit(array, current)).toEqual(review);
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000); // each run validates and compiles two engines: slow on a loaded machine, not timed

  it('closures load where code generation is forbidden (CSP); codegen says why it cannot', () => {
    vi.stubGlobal('Function', function forbidden() {
      throw new EvalError('Code generation from strings disallowed for this context');
    });
    const engine = compileRuleSet(DEFAULT_RULES);
    expect(engine.decideApplication({ months_trading: 36 }).kind).toBe('application');
    expect(() => compileRuleSet(DEFAULT_RULES, { mode: 'codegen' })).toThrow(
      /codegen mode needs code generation.*Use mode 'closures'/,
    );
  });

  it('refuses a mode it does not know', () => {
    expect(() => compileRuleSet(DEFAULT_RULES, { mode: 'eval' as never })).toThrow(TypeError);
  });
});
