import type { CompiledRule } from './compiled-rule.js';
import {
  bandOf,
  reasonsOf,
  roundLimit,
  type ApplicationDecision,
  type LimitReviewDecision,
  type Reason,
} from './decision.js';
import {
  buildIndicatorArray,
  INDICATOR_INDEX,
  INDICATORS,
  type IndicatorArray,
  type IndicatorValues,
} from './indicators.js';
import { MAX_SCORE, type RuleSet } from './rule-set.js';
import { applicationScenario, limitReviewScenario, type ScenarioSubject } from './scenarios.js';

/**
 * Decides credit applications and limit reviews with a compiled rule set. Built by
 * `compileRuleSet`; synchronous, deterministic and immutable, so one engine serves every
 * decision. A decision runs the compiled rules of its kind over the indicator array, then
 * combines what fired: forced outcomes first, then the score band, then the limit formulas.
 */
export class RiskEngine {
  private readonly applicationRules: readonly CompiledRule[];
  private readonly reviewRules: readonly CompiledRule[];

  /** @internal Use `compileRuleSet`. */
  constructor(
    /** The validated rule set this engine was compiled from. */
    readonly ruleSet: RuleSet,
    rules: readonly CompiledRule[],
  ) {
    this.applicationRules = rules.filter((rule) => rule.appliesTo !== 'limit_review');
    this.reviewRules = rules.filter((rule) => rule.appliesTo !== 'application');
  }

  /**
   * The instant decision on a credit application: approve with a limit, an APR and terms, or
   * decline or refer with reasons. Scenario triggers in `subject` are applied before the rules.
   *
   * @param indicators - what the platform knows of the shop (see {@link buildIndicatorArray})
   * @param subject - the shop's business name and credit code, for scenario triggers
   * @example
   * ```ts
   * const decision = engine.decideApplication({ months_trading: 36, orders_90d: 40, … });
   * if (decision.outcome === 'approve') console.log(decision.limit, decision.apr);
   * ```
   */
  decideApplication(
    indicators: IndicatorArray | IndicatorValues,
    subject?: ScenarioSubject,
  ): ApplicationDecision {
    const forced = subject && applicationScenario(this.ruleSet, subject);
    if (forced) return forced;

    const values = toIndicatorArray(indicators);
    const fired = fire(this.applicationRules, values);
    const score = this.scoreOf(fired);
    const base = {
      kind: 'application',
      score,
      fired: fired.map((rule) => rule.id),
      rule_set: this.ruleSet.version,
    } as const;

    // A forced outcome is explained by the rules that forced it, and by nothing else.
    for (const outcome of ['decline', 'refer'] as const) {
      const forcing = fired.filter((rule) => rule.outcome === outcome);
      if (forcing.length > 0) return { ...base, outcome, reasons: this.reasons(forcing) };
    }
    const band = bandOf(this.ruleSet, score);
    if (band.outcome !== 'approve') {
      return { ...base, outcome: band.outcome, reasons: this.lowScoreReasons(band.reason, fired) };
    }

    // The highest limit any rule supports, held under the lowest cap; the floor if none proposes.
    const bounds = this.ruleSet.application;
    const proposed = Math.max(...limitsOf(fired, 'proposeLimit', values).map(({ fen }) => fen));
    const cap = Math.min(...limitsOf(fired, 'capLimit', values).map(({ fen }) => fen));
    // roundLimit keeps the result within the floor and ceiling (so no proposal means the floor).
    const limit = roundLimit(Math.min(proposed, cap), bounds);
    return {
      ...base,
      outcome: 'approve',
      limit,
      apr: band.apr,
      terms: band.terms,
      reasons: this.reasons(fired),
    };
  }

  /**
   * A limit review of an existing line from trade data: raise, hold or cut, with reasons.
   * Risk comes first: a cap below the current limit cuts whatever else fired; then a forced hold
   * or a score outside the approving bands holds; otherwise the proposals may raise the limit.
   *
   * @param indicators - what the platform knows of the shop; `current_limit_fen` is filled in
   * @param currentLimitFen - the line's limit now, in fen
   * @param subject - the shop's business name and credit code, for scenario triggers
   */
  reviewLimit(
    indicators: IndicatorArray | IndicatorValues,
    currentLimitFen: number,
    subject?: ScenarioSubject,
  ): LimitReviewDecision {
    if (!Number.isSafeInteger(currentLimitFen) || currentLimitFen < 0) {
      throw new RangeError(`The current limit is a whole number of fen; got ${currentLimitFen}`);
    }
    const forced = subject && limitReviewScenario(this.ruleSet, subject, currentLimitFen);
    if (forced) return forced;

    // A copy: the caller's array stays as it was given.
    const values = toIndicatorArray(indicators).slice();
    values[INDICATOR_INDEX.current_limit_fen] = currentLimitFen;
    const fired = fire(this.reviewRules, values);
    const score = this.scoreOf(fired);
    const bounds = this.ruleSet.limit_review;
    const decide = (outcome: LimitReviewDecision['outcome'], limit: number, reasons: Reason[]) =>
      ({
        kind: 'limit_review',
        outcome,
        score,
        limit,
        previous_limit: currentLimitFen,
        reasons,
        fired: fired.map((rule) => rule.id),
        rule_set: this.ruleSet.version,
      }) as const;
    const hold = (reasons: Reason[]) => decide('hold', currentLimitFen, reasons);

    const caps = limitsOf(fired, 'capLimit', values);
    const cap = Math.min(...caps.map(({ fen }) => fen)); // Infinity when no rule caps
    const capping = caps.filter(({ fen }) => fen < currentLimitFen).map(({ rule }) => rule);
    const cut = roundLimit(cap, bounds);
    if (capping.length > 0 && cut < currentLimitFen)
      return decide('cut', cut, this.reasons(capping));

    const holding = fired.filter((rule) => rule.outcome === 'hold');
    if (holding.length > 0) return hold(this.reasons(holding));
    const band = bandOf(this.ruleSet, score);
    if (band.outcome !== 'approve') return hold(this.lowScoreReasons(band.reason, fired));

    const proposals = limitsOf(fired, 'proposeLimit', values);
    if (proposals.length > 0) {
      const proposed = Math.max(...proposals.map(({ fen }) => fen));
      const raised = roundLimit(Math.min(proposed, cap), bounds);
      if (raised > currentLimitFen) return decide('raise', raised, this.reasons(fired));
    }
    // Nothing supports more. If a cap kept the limit where it is (at the floor), say so.
    return hold(
      capping.length > 0 ? this.reasons(capping) : reasonsOf(this.ruleSet, [bounds.hold_reason]),
    );
  }

  private scoreOf(fired: readonly CompiledRule[]): number {
    let score = this.ruleSet.score.base;
    for (const rule of fired) score += rule.score;
    return Math.min(Math.max(score, 0), MAX_SCORE);
  }

  private reasons(rules: readonly CompiledRule[]): Reason[] {
    return reasonsOf(
      this.ruleSet,
      rules.map((rule) => rule.reason),
    );
  }

  /** A low score is explained by its band, then by the rules that took the most points. */
  private lowScoreReasons(bandReason: string, fired: readonly CompiledRule[]): Reason[] {
    const adverse = fired.filter((rule) => rule.score < 0).sort((a, b) => a.score - b.score);
    return reasonsOf(this.ruleSet, [bandReason, ...adverse.map((rule) => rule.reason)]);
  }
}

/** The rules whose condition holds, in rule-set order: the hot loop of every decision. */
function fire(rules: readonly CompiledRule[], values: IndicatorArray): CompiledRule[] {
  const fired: CompiledRule[] = [];
  for (const rule of rules) if (rule.test(values)) fired.push(rule);
  return fired;
}

/** The limits the fired rules' formulas give (a formula over a missing indicator gives none). */
function limitsOf(
  fired: readonly CompiledRule[],
  kind: 'proposeLimit' | 'capLimit',
  values: IndicatorArray,
): { rule: CompiledRule; fen: number }[] {
  const limits: { rule: CompiledRule; fen: number }[] = [];
  for (const rule of fired) {
    const fen = rule[kind]?.(values);
    if (fen !== undefined) limits.push({ rule, fen });
  }
  return limits;
}

function toIndicatorArray(indicators: IndicatorArray | IndicatorValues): IndicatorArray {
  if (!(indicators instanceof Float64Array)) return buildIndicatorArray(indicators);
  // An array built for another catalogue would put values under the wrong names.
  if (indicators.length !== INDICATORS.length) {
    throw new RangeError(
      `An indicator array has ${INDICATORS.length} entries (buildIndicatorArray); got ${indicators.length}`,
    );
  }
  return indicators;
}
