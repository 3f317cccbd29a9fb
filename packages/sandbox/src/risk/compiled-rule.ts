/*
 * The compiled form of a rule set, in a module of its own: compile.ts and codegen.ts make it and
 * risk-engine.ts runs it, so none has to import another for the types.
 */
import type { IndicatorArray } from './catalogue.js';
import type { Rule } from './rule-set.js';

/** A condition compiled on its own: a plain function of the indicator array. */
export type Test = (indicators: IndicatorArray) => boolean;

/** A limit formula compiled: fen, or `undefined` when its indicator is missing. */
export type LimitFn = (indicators: IndicatorArray) => number | undefined;

/** An indicator's slot in the array, by name (the rule set is validated: every name has one). */
export type SlotOf = (name: string) => number;

/** A rule compiled: everything a decision needs, with no JSON left to read. */
export interface CompiledRule {
  readonly id: string;
  readonly appliesTo: Rule['applies_to'];
  readonly score: number;
  readonly reason: string;
  readonly outcome: Rule['then']['outcome'];
  readonly proposeLimit: LimitFn | undefined;
  readonly capLimit: LimitFn | undefined;
}

/**
 * One decision kind's rules run over an indicator array: writes the positions (in that kind's
 * rule list) of the rules that fire into `fired`, in order, and returns how many fired. The
 * caller owns `fired` (at least as long as the list), so a decision allocates nothing here.
 */
export type RulePass = (values: IndicatorArray, fired: Int32Array) => number;

/** How rules run: closures (no eval, CSP-safe; the default) or generated code (`new Function`). */
export type CompileMode = 'closures' | 'codegen';
