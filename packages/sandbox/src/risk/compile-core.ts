/*
 * Compiling a rule set, with no path to the code generator: the closures mode and the pieces
 * both modes share. `compile.ts` adds `compileRuleSet` and its codegen mode; this file is what the
 * engine reaches (through `risk/index.ts`), so a bundle of the engine holds no `new Function`.
 */
import { DEFAULT_CATALOGUE } from './indicators.js';
import { MAX_INDICATOR_VALUE, MISSING } from './catalogue.js';
import DEFAULT_RULES from './default-rules.json' with { type: 'json' };
import { catalogueOf } from './indicator-references.js';
import { RiskEngine } from './risk-engine.js';
import type {
  CompiledRule,
  CompileMode,
  LimitFn,
  RulePass,
  SlotOf,
  Test,
} from './compiled-rule.js';
import { intervalForm } from './interval-tests.js';
import { circuitPass, circuitTest } from './rule-circuit.js';
import { parseRuleSet, type Condition, type LimitFormula, type Rule } from './rule-set.js';

/** Builds one decision kind's rule pass as generated code (`codegen.ts`'s `codegenPass`). */
export type PassGenerator = (rules: readonly Rule<string>[], slotOf: SlotOf) => RulePass;

/**
 * The closures mode of `compileRuleSet`: what the sandbox compiles a JSON rule set with
 * (`createSandbox({ rules })`), here so that the engine needs no import of the code generator.
 */
export function compileClosures(json: unknown): RiskEngine {
  return compileRules(json, undefined);
}

/** Validates and compiles a rule set: its passes by `codegen` when given, else as closures. */
export function compileRules(json: unknown, codegen: PassGenerator | undefined): RiskEngine {
  const ruleSet = parseRuleSet(json);
  const catalogue = catalogueOf(ruleSet);
  const read = new Set<number>(); // every slot a rule reads, for reading facts by name
  const slotOf: SlotOf = (name) => {
    const slot = catalogue.slotOf(name)!;
    read.add(slot);
    return slot;
  };
  const compiled = ruleSet.rules.map((rule) => compileRule(rule, slotOf));
  // Each condition in interval form once, for both decision kinds' circuits (compile is timed).
  const forms = codegen ? [] : ruleSet.rules.map((rule) => intervalForm(rule.when, slotOf));
  // A decision's rules are those not meant only for the other kind, in rule-set order.
  const passWithout = (other: Rule['applies_to']): RulePass => {
    const keep = (rule: Rule<string>) => rule.applies_to !== other;
    if (codegen) return codegen(ruleSet.rules.filter(keep), slotOf);
    return circuitPass(forms.filter((_, i) => keep(ruleSet.rules[i]!)));
  };
  const passes = {
    application: passWithout('limit_review'),
    limit_review: passWithout('application'),
  };
  const slots = Int32Array.from(read).sort();
  const mode: CompileMode = codegen ? 'codegen' : 'closures';
  return new RiskEngine(ruleSet, catalogue, compiled, mode, passes, slots);
}

const defaultSlot: SlotOf = (name) => DEFAULT_CATALOGUE.slotOf(name)!;

/**
 * Compiles one (validated) rule's effect; `slotOf` places its indicators (default: the shipped
 * catalogue). Its condition is compiled with the others of its decision kind, into one table.
 */
export function compileRule(rule: Rule<string>, slotOf: SlotOf = defaultSlot): CompiledRule {
  const { reason, score = 0, outcome, propose_limit, cap_limit } = rule.then;
  return {
    id: rule.id,
    appliesTo: rule.applies_to,
    score,
    reason,
    outcome,
    proposeLimit: propose_limit && compileLimitAt(propose_limit, slotOf),
    capLimit: cap_limit && compileLimitAt(cap_limit, slotOf),
  };
}

/**
 * Compiles a condition over the shipped catalogue into a test run by the closures mode's loop.
 * `not` is pushed down to the tests (De Morgan: not all = any not), so it costs nothing at
 * decision time and a negated test on a missing indicator stays false: `not (x > 5)` becomes
 * `x <= 5`, which is no more true than `x > 5` when x is unknown.
 */
export function compileCondition(condition: Condition<string>): Test {
  return circuitTest(condition, defaultSlot);
}

/** Compiles a limit formula over the shipped catalogue (see {@link compileLimitAt}). */
export function compileLimit(formula: LimitFormula<string>): LimitFn {
  return compileLimitAt(formula, defaultSlot);
}

/**
 * Compiles a limit formula: `fen + indicator × bp / 10 000` (toward zero), kept within
 * `min_fen`..`max_fen`. The product is exact in floats while it stays below 2^53 (it does for
 * every realistic amount) and is taken in BigInt past that, so no decision rounds a limit wrong
 * and the common case allocates nothing.
 */
function compileLimitAt(formula: LimitFormula<string>, slotOf: SlotOf): LimitFn {
  const { fen = 0, min_fen = 0, max_fen = MAX_INDICATOR_VALUE } = formula;
  const keep = (amount: number) => Math.min(Math.max(amount, min_fen), max_fen);
  if (formula.indicator === undefined) return () => keep(fen);

  const i = slotOf(formula.indicator);
  const bp = formula.bp ?? 0;
  return (v) => {
    const x = v[i]!;
    if (x === MISSING) return undefined;
    return keep(fen + basisPoints(x, bp));
  };
}

/** `x × bp / 10 000`, rounded toward zero, exactly. */
export function basisPoints(x: number, bp: number): number {
  const product = x * bp;
  if (!Number.isSafeInteger(product)) return Number((BigInt(x) * BigInt(bp)) / 10_000n);
  let quotient = Math.trunc(product / 10_000);
  // The float division may land one off an integer near 2^53: put it right with the remainder.
  const rest = product - quotient * 10_000;
  if (product >= 0) {
    if (rest < 0) quotient--;
    else if (rest >= 10_000) quotient++;
  } else if (rest > 0) quotient++;
  else if (rest <= -10_000) quotient--;
  return quotient;
}

let defaultEngine: RiskEngine | undefined;

/**
 * The engine of the default rule set (`default-rules.json`), compiled on first use and shared:
 * an engine is immutable.
 */
export function defaultRiskEngine(): RiskEngine {
  return (defaultEngine ??= compileClosures(DEFAULT_RULES));
}
