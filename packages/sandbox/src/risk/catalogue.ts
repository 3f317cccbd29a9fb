/*
 * An indicator catalogue as the engine uses it: names to slots of the indicator array, and the
 * one strict way facts by name become that array. The shipped catalogue (`indicators.ts`) is one;
 * a rule set file may add its own indicators after it, so a bank's 1,300 fit (docs/risk.md).
 */

/**
 * What the array holds for an indicator nobody knows. It lies far outside every real value
 * (see {@link MAX_INDICATOR_VALUE}), and compiled comparisons check for it first: a rule never
 * fires on data it does not have unless it asks `{ "op": "missing" }`.
 */
export const MISSING = Number.MIN_SAFE_INTEGER;

/** The largest magnitude an indicator may have: 100 billion yuan in fen, as for money. */
export const MAX_INDICATOR_VALUE = 10_000_000_000_000;

/**
 * The indicator array compiled rules run over: one integer per catalogue entry, at its index.
 * A Float64Array rather than an Int32Array because fen amounts pass 2^31 (21 million yuan);
 * it holds every integer up to 2^53 exactly, and the catalogue admits integers only.
 */
export type IndicatorArray = Float64Array;

/**
 * What the platform knows of a shop, by indicator name, for any catalogue. A value left out (or
 * `null`) is not known: it becomes {@link MISSING}, never a silent zero.
 */
export type Facts = { readonly [name: string]: number | null | undefined };

/** The slots of an indicator array: one per catalogue entry, at its position. */
export class IndicatorCatalogue {
  /** Every name, in slot order. */
  readonly names: readonly string[];
  readonly #slots: Map<string, number>;

  /** @param names - unique names, in slot order (the rule-set loader checks they are unique) */
  constructor(names: readonly string[]) {
    this.names = [...names];
    this.#slots = new Map(this.names.map((name, slot) => [name, slot]));
  }

  /** How many slots an indicator array of this catalogue has. */
  get size(): number {
    return this.names.length;
  }

  /** The slot of a name, or `undefined` when the catalogue has no such indicator. */
  slotOf(name: string): number | undefined {
    return this.#slots.get(name);
  }

  /**
   * A new indicator array holding `facts`.
   *
   * @throws RangeError as {@link IndicatorCatalogue.fill} does
   */
  build(facts: Facts): IndicatorArray {
    const array = new Float64Array(this.names.length);
    this.fill(array, facts);
    return array;
  }

  /**
   * Writes into `target` only the given slots, each read from `facts` by its name (MISSING when
   * absent): the cost follows how many indicators the rules read, not how many facts a record
   * holds. Other names in `facts` are not looked at; the other slots of `target` are left as
   * they are (no compiled rule reads them).
   *
   * @throws RangeError on a value read that is not an integer within ±{@link MAX_INDICATOR_VALUE}
   */
  fillSlots(target: IndicatorArray, facts: Facts, slots: Int32Array): void {
    const names = this.names;
    for (let k = 0; k < slots.length; k++) {
      const slot = slots[k]!;
      const name = names[slot]!;
      const value = facts[name];
      if (value === null || value === undefined) target[slot] = MISSING;
      else if (Number.isSafeInteger(value) && Math.abs(value) <= MAX_INDICATOR_VALUE) {
        target[slot] = value;
      } else {
        throw new RangeError(
          `Indicator ${name} must be an integer within ±${MAX_INDICATOR_VALUE}; got ${value}`,
        );
      }
    }
  }

  /**
   * Writes `facts` into `target` (an array of this catalogue), MISSING wherever nothing is
   * known. One pass over the facts' own keys with a map lookup each: no entry pairs or other
   * garbage, which is what made a decision's cost follow the number of facts (issue 14).
   *
   * @throws RangeError on a name outside the catalogue or a value that is not an integer within
   *   ±{@link MAX_INDICATOR_VALUE}, so a typo or a float fails here, not inside a decision
   */
  fill(target: IndicatorArray, facts: Facts): void {
    target.fill(MISSING);
    for (const name in facts) {
      const slot = this.#slots.get(name);
      if (slot === undefined) {
        if (!Object.hasOwn(facts, name)) continue; // inherited, as Object.entries would skip
        throw new RangeError(`Unknown indicator: ${JSON.stringify(name)}`);
      }
      const value = facts[name];
      if (value === null || value === undefined) continue;
      if (!Number.isSafeInteger(value) || Math.abs(value) > MAX_INDICATOR_VALUE) {
        throw new RangeError(
          `Indicator ${name} must be an integer within ±${MAX_INDICATOR_VALUE}; got ${value}`,
        );
      }
      target[slot] = value;
    }
  }
}
