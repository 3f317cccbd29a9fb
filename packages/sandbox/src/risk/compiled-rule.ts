/*
 * The compiled form of a rule, in a module of its own: compile.ts makes it and risk-engine.ts runs
 * it, so neither has to import the other for the type.
 */
import type { IndicatorArray } from './indicators.js';
import type { Rule } from './rule-set.js';

/** A condition compiled: a plain function of the indicator array. */
export type Test = (indicators: IndicatorArray) => boolean;

/** A limit formula compiled: fen, or `undefined` when its indicator is missing. */
export type LimitFn = (indicators: IndicatorArray) => number | undefined;

/** A rule compiled: everything a decision needs, with no JSON left to read. */
export interface CompiledRule {
  readonly id: string;
  readonly appliesTo: Rule['applies_to'];
  readonly test: Test;
  readonly score: number;
  readonly reason: string;
  readonly outcome: Rule['then']['outcome'];
  readonly proposeLimit: LimitFn | undefined;
  readonly capLimit: LimitFn | undefined;
}
