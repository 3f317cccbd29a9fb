/*
 * The reasons of a rule set, made once: each code's Reason object is built at compile time and
 * shared by every decision that gives it, and a decision's list is kept free of repeats by
 * stamping codes with the decision's number rather than building a Set each time.
 */
import type { Reason } from './decision.js';
import type { RuleSet } from './rule-set.js';

/** Every reason code of a rule set, by number, with the stamps that keep a list unique. */
export class ReasonBook {
  readonly #reasons: readonly Reason[];
  readonly #numbers: ReadonlyMap<string, number>;
  readonly #stamps: Uint32Array;
  #decision = 0;

  constructor(ruleSet: RuleSet<string>) {
    const codes = Object.keys(ruleSet.reasons);
    this.#numbers = new Map(codes.map((code, i) => [code, i]));
    this.#reasons = codes.map((code) => {
      const text = ruleSet.reasons[code]!;
      return Object.freeze({ code, message_zh: text['zh-CN'], message_en: text.en });
    });
    this.#stamps = new Uint32Array(codes.length);
  }

  /** The number of a code the rule set has text for (checked on load). */
  numberOf(code: string): number {
    return this.#numbers.get(code)!;
  }

  /** Starts a new list: every code may appear once more. */
  begin(): Reason[] {
    if (++this.#decision === 0xffff_ffff) {
      this.#stamps.fill(0); // after four billion lists, start the stamps again
      this.#decision = 1;
    }
    return [];
  }

  /** Adds the reason of code number `n` to `list` unless this list has it already. */
  add(list: Reason[], n: number): void {
    if (this.#stamps[n] === this.#decision) return;
    this.#stamps[n] = this.#decision;
    list.push(this.#reasons[n]!);
  }
}
