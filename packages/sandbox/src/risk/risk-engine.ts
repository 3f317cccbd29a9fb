import { DEFAULT_CATALOGUE, type IndicatorValues } from './indicators.js';
import type { Facts, IndicatorArray, IndicatorCatalogue } from './catalogue.js';
import type { CompiledRule, CompileMode, RulePass } from './compiled-rule.js';
import {
  bandOf,
  roundLimit,
  type ApplicationDecision,
  type LimitReviewDecision,
  type Reason,
} from './decision.js';
import { ReasonBook } from './reason-book.js';
import { MAX_SCORE, type RuleSet } from './rule-set.js';
import { applicationScenario, limitReviewScenario, type ScenarioSubject } from './scenarios.js';

/** What a rule forces, as a number in a typed array. */
const NONE = 0;
const DECLINE = 1;
const REFER = 2;
const HOLD = 3;
const OUTCOME_CODES = { decline: DECLINE, refer: REFER, hold: HOLD } as const;

/** Positions in the fired list fit below this, so a sort key holds a score and a position. */
const POSITIONS = 2 ** 22;

/**
 * One decision kind's rules laid out for the hot loop: the pass that finds what fired, and
 * each rule's id, points, forced outcome, reason number and limit formulas by position.
 */
class Program {
  readonly ids: readonly string[];
  readonly scores: Int32Array;
  readonly outcomes: Uint8Array;
  readonly reasons: Int32Array;
  readonly propose: readonly CompiledRule['proposeLimit'][];
  readonly caps: readonly CompiledRule['capLimit'][];

  constructor(
    rules: readonly CompiledRule[],
    readonly pass: RulePass,
    book: ReasonBook,
  ) {
    this.ids = rules.map((rule) => rule.id);
    this.scores = Int32Array.from(rules, (rule) => rule.score);
    this.outcomes = Uint8Array.from(rules, (r) => (r.outcome ? OUTCOME_CODES[r.outcome] : NONE));
    this.reasons = Int32Array.from(rules, (rule) => book.numberOf(rule.reason));
    this.propose = rules.map((rule) => rule.proposeLimit);
    this.caps = rules.map((rule) => rule.capLimit);
  }
}

/**
 * Decides credit applications and limit reviews with a compiled rule set. Built by
 * `compileRuleSet`; synchronous, deterministic and immutable to its callers, so one engine serves
 * every decision. A decision runs the rule pass of its kind over the indicator array, then
 * combines what fired: forced outcomes first, then the score band, then the limit formulas.
 *
 * A decision allocates its result and nothing else: named facts are written into an indicator
 * array the engine keeps, fired rules are positions in a typed array it keeps, and reasons are
 * built once per code at compile time. (That scratch space is why an engine decides one thing
 * at a time: decisions are synchronous, so nothing can interleave.)
 */
export class RiskEngine {
  /** The indicators this engine's arrays hold: the shipped catalogue and the rule set's own. */
  readonly catalogue: IndicatorCatalogue;
  readonly #application: Program;
  readonly #review: Program;
  readonly #book: ReasonBook;
  readonly #values: IndicatorArray;
  readonly #fired: Int32Array;
  readonly #sortKeys: Float64Array;
  readonly #currentLimitSlot: number;
  /**
   * The rule set as scenarios.ts types it. Scenarios read the score, bands, bounds and version
   * only, none of which names an indicator, so the shipped names' type is true for what they read.
   */
  readonly #scenarioRules: RuleSet;
  readonly #readSlots: Int32Array;
  readonly #checkEveryName: boolean;

  /** @internal Use `compileRuleSet`. */
  constructor(
    /** The validated rule set this engine was compiled from. */
    readonly ruleSet: RuleSet<string>,
    catalogue: IndicatorCatalogue,
    rules: readonly CompiledRule[],
    /** How its rules run: `closures` (CSP-safe) or `codegen`. */
    readonly mode: CompileMode,
    passes: { application: RulePass; limit_review: RulePass },
    /** The slots the rules read, in order. */
    readSlots: Int32Array,
  ) {
    this.catalogue = catalogue;
    this.#book = new ReasonBook(ruleSet);
    const of = (other: string) => rules.filter((rule) => rule.appliesTo !== other);
    this.#application = new Program(of('limit_review'), passes.application, this.#book);
    this.#review = new Program(of('application'), passes.limit_review, this.#book);
    this.#values = new Float64Array(catalogue.size);
    this.#fired = new Int32Array(rules.length);
    this.#sortKeys = new Float64Array(rules.length);
    this.#currentLimitSlot = catalogue.slotOf('current_limit_fen')!;
    this.#scenarioRules = ruleSet as RuleSet;
    this.#readSlots = readSlots;
    // The shipped catalogue is small, so every name of a record is checked (a typo is an
    // error). A catalogue of the rule set's own may hold 20,000 indicators, and a record as
    // many facts: walking every key then costs ~35 ms, so only the read names are looked up.
    this.#checkEveryName = catalogue === DEFAULT_CATALOGUE;
  }

  /**
   * The instant decision on a credit application: approve with a limit, an APR and terms, or
   * decline or refer with reasons. Scenario triggers in `subject` are applied before the rules.
   *
   * @param indicators - what the platform knows of the shop, by name (unknown names and
   *   non-integers are refused with a RangeError), or an array from `engine.catalogue.build`
   * @param subject - the shop's business name and credit code, for scenario triggers
   * @example
   * ```ts
   * const decision = engine.decideApplication({ months_trading: 36, orders_90d: 40, … });
   * if (decision.outcome === 'approve') console.log(decision.limit, decision.apr);
   * ```
   */
  decideApplication(
    indicators: IndicatorArray | IndicatorValues | Facts,
    subject?: ScenarioSubject,
  ): ApplicationDecision {
    const forced = subject && applicationScenario(this.#scenarioRules, subject);
    if (forced) return forced;

    const values = this.#read(indicators, false);
    const program = this.#application;
    const fired = this.#fired;
    const n = program.pass(values, fired);
    const score = this.#scoreOf(program, n);
    const base = {
      kind: 'application',
      score,
      fired: this.#idsOf(program, n),
      rule_set: this.ruleSet.version,
    } as const;

    // A forced outcome is explained by the rules that forced it, and by nothing else.
    for (const outcome of ['decline', 'refer'] as const) {
      const reasons = this.#reasonsWhere(
        program,
        n,
        (rule) => program.outcomes[rule] === OUTCOME_CODES[outcome],
      );
      if (reasons.length > 0) return { ...base, outcome, reasons };
    }
    const band = bandOf(this.ruleSet, score);
    if (band.outcome !== 'approve') {
      return {
        ...base,
        outcome: band.outcome,
        reasons: this.#lowScoreReasons(band.reason, program, n),
      };
    }

    // The highest limit any rule supports, held under the lowest cap; the floor if none proposes.
    let proposed = -Infinity;
    let cap = Infinity;
    for (let k = 0; k < n; k++) {
      const rule = fired[k]!;
      const offer = program.propose[rule]?.(values);
      if (offer !== undefined && offer > proposed) proposed = offer;
      const most = program.caps[rule]?.(values);
      if (most !== undefined && most < cap) cap = most;
    }
    // roundLimit keeps the result within the floor and ceiling (so no proposal means the floor).
    const limit = roundLimit(Math.min(proposed, cap), this.ruleSet.application);
    return {
      ...base,
      outcome: 'approve',
      limit,
      apr: band.apr,
      terms: band.terms,
      reasons: this.#reasonsWhere(program, n, () => true),
    };
  }

  /**
   * A limit review of an existing line from trade data: raise, hold or cut, with reasons.
   * Risk comes first: a cap below the current limit cuts whatever else fired; then a forced hold
   * or a score outside the approving bands holds; otherwise the proposals may raise the limit.
   *
   * @param indicators - what the platform knows of the shop; `current_limit_fen` is filled in
   *   (the caller's array is left as it was given)
   * @param currentLimitFen - the line's limit now, in fen
   * @param subject - the shop's business name and credit code, for scenario triggers
   */
  reviewLimit(
    indicators: IndicatorArray | IndicatorValues | Facts,
    currentLimitFen: number,
    subject?: ScenarioSubject,
  ): LimitReviewDecision {
    if (!Number.isSafeInteger(currentLimitFen) || currentLimitFen < 0) {
      throw new RangeError(`The current limit is a whole number of fen; got ${currentLimitFen}`);
    }
    const forced = subject && limitReviewScenario(this.#scenarioRules, subject, currentLimitFen);
    if (forced) return forced;

    const values = this.#read(indicators, true);
    values[this.#currentLimitSlot] = currentLimitFen;
    const program = this.#review;
    const fired = this.#fired;
    const n = program.pass(values, fired);
    const score = this.#scoreOf(program, n);
    const bounds = this.ruleSet.limit_review;
    const decide = (outcome: LimitReviewDecision['outcome'], limit: number, reasons: Reason[]) =>
      ({
        kind: 'limit_review',
        outcome,
        score,
        limit,
        previous_limit: currentLimitFen,
        reasons,
        fired: this.#idsOf(program, n),
        rule_set: this.ruleSet.version,
      }) as const;
    const hold = (reasons: Reason[]) => decide('hold', currentLimitFen, reasons);

    let cap = Infinity; // when no rule caps
    let capping = false; // a cap below the current limit
    for (let k = 0; k < n; k++) {
      const most = program.caps[fired[k]!]?.(values);
      if (most === undefined) continue;
      if (most < cap) cap = most;
      if (most < currentLimitFen) capping = true;
    }
    const cappingReasons = () =>
      this.#reasonsWhere(program, n, (rule) => {
        const most = program.caps[rule]?.(values);
        return most !== undefined && most < currentLimitFen;
      });
    const cut = roundLimit(cap, bounds);
    if (capping && cut < currentLimitFen) return decide('cut', cut, cappingReasons());

    const holding = this.#reasonsWhere(program, n, (rule) => program.outcomes[rule] === HOLD);
    if (holding.length > 0) return hold(holding);
    const band = bandOf(this.ruleSet, score);
    if (band.outcome !== 'approve') return hold(this.#lowScoreReasons(band.reason, program, n));

    let proposed = -Infinity;
    for (let k = 0; k < n; k++) {
      const offer = program.propose[fired[k]!]?.(values);
      if (offer !== undefined && offer > proposed) proposed = offer;
    }
    if (proposed > -Infinity) {
      const raised = roundLimit(Math.min(proposed, cap), bounds);
      if (raised > currentLimitFen) {
        return decide(
          'raise',
          raised,
          this.#reasonsWhere(program, n, () => true),
        );
      }
    }
    // Nothing supports more. If a cap kept the limit where it is (at the floor), say so.
    if (capping) return hold(cappingReasons());
    const reasons = this.#book.begin();
    this.#book.add(reasons, this.#book.numberOf(bounds.hold_reason));
    return hold(reasons);
  }

  /**
   * The indicator array of a decision: the caller's own (checked to be of this catalogue), or
   * the engine's scratch array filled from named facts. A review writes into it, so it copies.
   */
  #read(indicators: IndicatorArray | Facts, writes: boolean): IndicatorArray {
    if (!(indicators instanceof Float64Array)) {
      if (this.#checkEveryName) this.catalogue.fill(this.#values, indicators);
      else this.catalogue.fillSlots(this.#values, indicators, this.#readSlots);
      return this.#values;
    }
    // An array built for another catalogue would put values under the wrong names.
    if (indicators.length !== this.catalogue.size) {
      throw new RangeError(
        `An indicator array of this engine has ${this.catalogue.size} entries (engine.catalogue.build); got ${indicators.length}`,
      );
    }
    if (!writes) return indicators;
    this.#values.set(indicators);
    return this.#values;
  }

  #scoreOf(program: Program, n: number): number {
    let score = this.ruleSet.score.base;
    for (let k = 0; k < n; k++) score += program.scores[this.#fired[k]!]!;
    return Math.min(Math.max(score, 0), MAX_SCORE);
  }

  /** The fired rules' ids, in rule-set order: part of the result, so the one array it needs. */
  #idsOf(program: Program, n: number): string[] {
    const ids = new Array<string>(n);
    for (let k = 0; k < n; k++) ids[k] = program.ids[this.#fired[k]!]!;
    return ids;
  }

  /** The reasons of the fired rules that `keep` keeps, once each, in rule-set order. */
  #reasonsWhere(program: Program, n: number, keep: (rule: number) => boolean): Reason[] {
    const reasons = this.#book.begin();
    for (let k = 0; k < n; k++) {
      const rule = this.#fired[k]!;
      if (keep(rule)) this.#book.add(reasons, program.reasons[rule]!);
    }
    return reasons;
  }

  /** A low score is explained by its band, then by the rules that took the most points. */
  #lowScoreReasons(bandReason: string, program: Program, n: number): Reason[] {
    const reasons = this.#book.begin();
    this.#book.add(reasons, this.#book.numberOf(bandReason));
    // Adverse rules by points, most first, ties in rule-set order: one number per rule sorts both.
    let m = 0;
    for (let k = 0; k < n; k++) {
      const points = program.scores[this.#fired[k]!]!;
      if (points < 0) this.#sortKeys[m++] = points * POSITIONS + k;
    }
    const keys = this.#sortKeys.subarray(0, m).sort();
    for (const key of keys) {
      const k = key - Math.floor(key / POSITIONS) * POSITIONS;
      this.#book.add(reasons, program.reasons[this.#fired[k]!]!);
    }
    return reasons;
  }
}

/** The shipped catalogue's size, for code that checks an array before it has an engine. */
export const DEFAULT_ARRAY_LENGTH = DEFAULT_CATALOGUE.size;
