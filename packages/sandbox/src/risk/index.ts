/**
 * The risk engine: rule sets as data, compiled once into closures over an indicator array,
 * deciding credit applications and limit reviews. See docs/risk.md.
 *
 * @packageDocumentation
 */

// Indicators
export {
  INDICATORS,
  INDICATOR_INDEX,
  INDICATOR_NAMES,
  INDUSTRY_CODES,
  MAX_INDICATOR_VALUE,
  MISSING,
  buildIndicatorArray,
  DEFAULT_CATALOGUE,
} from './indicators.js';
export { IndicatorCatalogue } from './catalogue.js';
export type { Facts } from './catalogue.js';
export type {
  IndicatorArray,
  IndicatorDefinition,
  IndicatorFamily,
  IndicatorName,
  IndicatorUnit,
  IndicatorValues,
} from './indicators.js';

// Rule sets
export {
  COMPARISON_OPS,
  LIMIT_STEP_FEN,
  MAX_ADDED_INDICATORS,
  MAX_SCORE,
  parseRuleSet,
} from './rule-set.js';
export type {
  AppliesTo,
  Comparison,
  ComparisonOp,
  Condition,
  IndicatorEntry,
  LimitBounds,
  LimitFormula,
  LocalizedText,
  Membership,
  MissingTest,
  Rule,
  RuleEffect,
  RuleSet,
  ScoreBand,
} from './rule-set.js';
export { RuleSetError } from './rule-set-error.js';
export { DEFAULT_RULES } from './default-rules.js';

// The engine and its decisions. `compileRuleSet` (risk/compile.ts, which has the codegen mode)
// is exported by the package's entry, not here: the engine imports this barrel, and a bundle of
// the engine must hold no `new Function`.
export { defaultRiskEngine } from './compile-core.js';
export type { CompileMode } from './compiled-rule.js';
export { RiskEngine } from './risk-engine.js';
export type {
  ApplicationDecision,
  ApprovedApplication,
  Decision,
  LimitReviewDecision,
  Reason,
  UnapprovedApplication,
} from './decision.js';

// Scenario triggers
export { SCENARIO_CREDIT_CODES, SCENARIO_DEFAULT_LIMIT_FEN, SCENARIO_REASON } from './scenarios.js';
export type { ScenarioSubject } from './scenarios.js';
