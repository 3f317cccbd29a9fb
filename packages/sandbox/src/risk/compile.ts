import { INDICATOR_INDEX, MAX_INDICATOR_VALUE, MISSING } from './indicators.js';
import DEFAULT_RULES from './default-rules.json' with { type: 'json' };
import { RiskEngine } from './risk-engine.js';
import type { CompiledRule, LimitFn, Test } from './compiled-rule.js';
import {
  parseRuleSet,
  type ComparisonOp,
  type Condition,
  type LimitFormula,
  type Rule,
} from './rule-set.js';

/**
 * Validates a rule set and compiles each rule, once, into closures over the indicator array.
 * Call it at start; the engine it returns is immutable and may serve every decision.
 *
 * @param json - a rule set as parsed JSON (see docs/risk.md), e.g. `default-rules.json`
 * @throws {@link RuleSetError} when the rule set is invalid
 * @example
 * ```ts
 * const engine = compileRuleSet(JSON.parse(text));
 * engine.decideApplication({ months_trading: 36, gmv_90d_fen: 12_000_000 });
 * ```
 */
export function compileRuleSet(json: unknown): RiskEngine {
  const ruleSet = parseRuleSet(json);
  return new RiskEngine(ruleSet, ruleSet.rules.map(compileRule));
}

/** Compiles one (validated) rule. */
export function compileRule(rule: Rule): CompiledRule {
  const { reason, score = 0, outcome, propose_limit, cap_limit } = rule.then;
  return {
    id: rule.id,
    appliesTo: rule.applies_to,
    test: rule.when === undefined ? ALWAYS : compileCondition(rule.when),
    score,
    reason,
    outcome,
    proposeLimit: propose_limit && compileLimit(propose_limit),
    capLimit: cap_limit && compileLimit(cap_limit),
  };
}

const ALWAYS: Test = () => true;
const NEVER: Test = () => false;

/** The operators of a test after `not` has been pushed into it. */
type LeafOp = ComparisonOp | 'in' | 'not_in' | 'missing' | 'present';

const NEGATED: Record<LeafOp, LeafOp> = {
  '<': '>=',
  '<=': '>',
  '>': '<=',
  '>=': '<',
  '==': '!=',
  '!=': '==',
  in: 'not_in',
  not_in: 'in',
  missing: 'present',
  present: 'missing',
};

/**
 * Compiles a condition. `not` is pushed down to the tests (De Morgan: not all = any not), so
 * it costs nothing at decision time and a negated test on a missing indicator stays false:
 * `not (x > 5)` becomes `x <= 5`, which is no more true than `x > 5` when x is unknown.
 */
export function compileCondition(condition: Condition, negated = false): Test {
  if ('not' in condition) return compileCondition(condition.not, !negated);
  if ('all' in condition) {
    const parts = condition.all.map((part) => compileCondition(part, negated));
    return negated ? anyOf(parts) : allOf(parts);
  }
  if ('any' in condition) {
    const parts = condition.any.map((part) => compileCondition(part, negated));
    return negated ? allOf(parts) : anyOf(parts);
  }

  const i = INDICATOR_INDEX[condition.indicator];
  const op = negated ? NEGATED[condition.op] : condition.op;
  const value = 'value' in condition ? condition.value : 0;
  const values = new Set('values' in condition ? condition.values : []);
  // Each case is its own closure, so a decision runs no switch; each checks MISSING first.
  switch (op) {
    case 'missing':
      return (v) => v[i] === MISSING;
    case 'present':
      return (v) => v[i] !== MISSING;
    case 'in':
      return (v) => values.has(v[i]!); // MISSING is never in the list (values are checked)
    case 'not_in':
      return (v) => v[i] !== MISSING && !values.has(v[i]!);
    case '<':
      return (v) => v[i] !== MISSING && v[i]! < value;
    case '<=':
      return (v) => v[i] !== MISSING && v[i]! <= value;
    case '>':
      return (v) => v[i] !== MISSING && v[i]! > value;
    case '>=':
      return (v) => v[i] !== MISSING && v[i]! >= value;
    case '==':
      return (v) => v[i] !== MISSING && v[i] === value;
    case '!=':
      return (v) => v[i] !== MISSING && v[i] !== value;
  }
}

function allOf(parts: Test[]): Test {
  if (parts.length === 0) return ALWAYS;
  if (parts.length === 1) return parts[0]!;
  return (v) => {
    for (const part of parts) if (!part(v)) return false;
    return true;
  };
}

function anyOf(parts: Test[]): Test {
  if (parts.length === 0) return NEVER;
  if (parts.length === 1) return parts[0]!;
  return (v) => {
    for (const part of parts) if (part(v)) return true;
    return false;
  };
}

/**
 * Compiles a limit formula: `fen + indicator × bp / 10 000`, kept within `min_fen`..`max_fen`.
 * The product is taken in BigInt because fen × basis points can pass 2^53.
 */
export function compileLimit(formula: LimitFormula): LimitFn {
  const { fen = 0, min_fen = 0, max_fen = MAX_INDICATOR_VALUE } = formula;
  const keep = (amount: number) => Math.min(Math.max(amount, min_fen), max_fen);
  if (formula.indicator === undefined) return () => keep(fen);

  const i = INDICATOR_INDEX[formula.indicator];
  const bp = BigInt(formula.bp ?? 0);
  return (v) => {
    const x = v[i]!;
    if (x === MISSING) return undefined;
    return keep(fen + Number((BigInt(x) * bp) / 10_000n));
  };
}

let defaultEngine: RiskEngine | undefined;

/**
 * The engine of the default rule set (`default-rules.json`), compiled on first use and shared:
 * an engine is immutable.
 */
export function defaultRiskEngine(): RiskEngine {
  return (defaultEngine ??= compileRuleSet(DEFAULT_RULES));
}
