import type { LoanTerm } from '@xinghui/contract';
import { LIMIT_STEP_FEN, type LimitBounds, type RuleSet, type ScoreBand } from './rule-set.js';

/** A reason code with its plain-language text, as a shop owner or a partner reads it. */
export interface Reason {
  readonly code: string;
  readonly message_zh: string;
  readonly message_en: string;
}

/** What every decision carries, whatever its outcome. */
interface DecisionBase {
  /** 0..1000: the rule set's base score plus the points of the rules that fired. */
  readonly score: number;
  /** Why, most telling first: the rules that decided the outcome (see docs/risk.md). */
  readonly reasons: readonly Reason[];
  /** The ids of every rule that fired, in rule-set order. Empty when a scenario decided. */
  readonly fired: readonly string[];
  /** The `version` of the rule set that decided, for the record. */
  readonly rule_set: string;
}

/** An approved credit application: a basic pre-approved line (基础预授信). */
export interface ApprovedApplication extends DecisionBase {
  readonly kind: 'application';
  readonly outcome: 'approve';
  /** The limit in fen: whole hundreds of yuan, within the rule set's application floor and ceiling. */
  readonly limit: number;
  /** The APR of the score band, a decimal string such as `"0.1095"`. */
  readonly apr: string;
  /** The loan terms the line may draw with. */
  readonly terms: readonly LoanTerm[];
}

/** A declined or referred (to a person) credit application. */
export interface UnapprovedApplication extends DecisionBase {
  readonly kind: 'application';
  readonly outcome: 'decline' | 'refer';
}

/** The instant decision on a credit application. */
export type ApplicationDecision = ApprovedApplication | UnapprovedApplication;

/** The decision of a limit review on an existing line. */
export interface LimitReviewDecision extends DecisionBase {
  readonly kind: 'limit_review';
  readonly outcome: 'raise' | 'hold' | 'cut';
  /** The limit after the review, in fen (the previous one on a hold). */
  readonly limit: number;
  /** The limit the review started from, in fen. */
  readonly previous_limit: number;
}

/** Either kind of decision. */
export type Decision = ApplicationDecision | LimitReviewDecision;

/**
 * Rounds a limit down to whole hundreds of yuan and keeps it within the bounds. The bounds are
 * whole hundreds themselves (the rule set is checked for it), so the result is both.
 *
 * @example
 * ```ts
 * roundLimit(1_234_567, { floor_fen: 500_000, ceiling_fen: 5_000_000 }); // 1_230_000
 * ```
 */
export function roundLimit(fen: number, { floor_fen, ceiling_fen }: LimitBounds): number {
  const rounded = Math.floor(fen / LIMIT_STEP_FEN) * LIMIT_STEP_FEN;
  return Math.min(Math.max(rounded, floor_fen), ceiling_fen);
}

/** The band a score falls in: the first, from the best down, whose `min_score` it reaches. */
export function bandOf(ruleSet: RuleSet<string>, score: number): ScoreBand {
  // The last band starts at 0 and scores are never negative, so a band is always found.
  return ruleSet.score.bands.find((band) => score >= band.min_score)!;
}

/** Builds the reasons of a decision from codes, once each, in order. */
export function reasonsOf(ruleSet: RuleSet<string>, codes: readonly string[]): Reason[] {
  return [...new Set(codes)].map((code) => {
    const text = ruleSet.reasons[code]!; // every code used is checked to have text on load
    return { code, message_zh: text['zh-CN'], message_en: text.en };
  });
}
