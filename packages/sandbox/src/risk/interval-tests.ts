/*
 * A rule's condition in the form the closures mode's circuit is built from: `not` pushed down
 * into the tests, `all` / `any` flattened, constants folded, and every test a set of intervals
 * of its indicator's value. Indicators and rule values are integers, so `x < 5` is
 * `x ∈ [MISSING + 1, 4]`, `x != 5` is `[MISSING + 1, 4] ∪ [6, ∞]`, `in [1, 2, 7]` is
 * `[1, 2] ∪ [7, 7]` and `missing` is `[MISSING, MISSING]`. One test, two comparisons per
 * interval, whatever the operator.
 */
import { MISSING } from './catalogue.js';
import type { SlotOf } from './compiled-rule.js';
import type { Condition } from './rule-set.js';

/** Closed intervals of integers, sorted and disjoint: `[lo, hi]` pairs (`hi` may be ∞). */
export type Intervals = readonly (readonly [number, number])[];

/** A condition in interval form. */
export type IntervalNode =
  /** The indicator in `slot` lies in one of the intervals (`MISSING` only if one holds it). */
  | { readonly kind: 'test'; readonly slot: number; readonly set: Intervals }
  /** A long `in` list, searched rather than tested interval by interval. */
  | {
      readonly kind: 'list';
      readonly slot: number;
      /** Sorted, distinct. */
      readonly values: readonly number[];
      /** A negated `in`: the indicator is known and none of the values. */
      readonly negated: boolean;
    }
  | { readonly kind: 'and' | 'or'; readonly parts: readonly IntervalNode[] }
  | { readonly kind: 'true' | 'false' };

/** An `in` list whose values make more intervals than this is searched (see `list`). */
const MAX_INTERVALS = 8;

/** The values an indicator takes when it is known: everything above MISSING. */
export const KNOWN_LOW = MISSING + 1;

const TRUE: IntervalNode = { kind: 'true' };
const FALSE: IntervalNode = { kind: 'false' };

/**
 * `condition` in interval form (`undefined`, a rule without `when`, is `true`). `not` is pushed
 * down to the tests (De Morgan: not all = any not), and a negated test holds of the known values
 * outside its set: so a negated test on a missing indicator stays false (`not (x > 5)` is
 * `x <= 5`, no truer than `x > 5` when x is unknown), and `not missing` is every known value.
 */
export function intervalForm(
  condition: Condition<string> | undefined,
  slotOf: SlotOf,
  negated = false,
): IntervalNode {
  if (condition === undefined) return negated ? FALSE : TRUE;
  if ('not' in condition) return intervalForm(condition.not, slotOf, !negated);
  if ('all' in condition || 'any' in condition) {
    const all = 'all' in condition;
    const parts = (all ? condition.all : condition.any).map((part) =>
      intervalForm(part, slotOf, negated),
    );
    return combine(all !== negated ? 'and' : 'or', parts);
  }

  const slot = slotOf(condition.indicator);
  let set: Intervals;
  if (condition.op === 'missing') set = [[MISSING, MISSING]];
  else if (condition.op === 'in') {
    const values = [...new Set(condition.values)].sort((a, b) => a - b);
    set = runsOf(values);
    if (set.length > MAX_INTERVALS) return { kind: 'list', slot, values, negated };
  } else set = comparison(condition.op, condition.value);
  if (negated) set = knownOutside(set);
  return set.length === 0 ? FALSE : { kind: 'test', slot, set };
}

function comparison(op: '<' | '<=' | '>' | '>=' | '==' | '!=', v: number): Intervals {
  switch (op) {
    case '<':
      return [[KNOWN_LOW, v - 1]];
    case '<=':
      return [[KNOWN_LOW, v]];
    case '>':
      return [[v + 1, Infinity]];
    case '>=':
      return [[v, Infinity]];
    case '==':
      return [[v, v]];
    case '!=':
      return [
        [KNOWN_LOW, v - 1],
        [v + 1, Infinity],
      ];
  }
}

/** Sorted distinct integers as runs of consecutive ones: `[1, 2, 3, 7]` is `[1, 3] ∪ [7, 7]`. */
function runsOf(values: readonly number[]): Intervals {
  const runs: [number, number][] = [];
  for (const value of values) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[1] === value - 1) last[1] = value;
    else runs.push([value, value]);
  }
  return runs;
}

/** The known values (above MISSING) outside `set`: its gaps, from KNOWN_LOW up to ∞. */
function knownOutside(set: Intervals): Intervals {
  const gaps: [number, number][] = [];
  let from = KNOWN_LOW;
  for (const [lo, hi] of set) {
    if (hi < KNOWN_LOW) continue; // [MISSING, MISSING], which `missing` tests
    if (lo > from) gaps.push([from, lo - 1]);
    from = hi + 1;
  }
  if (from !== Infinity) gaps.push([from, Infinity]); // unless the set reaches up to ∞
  return gaps;
}

/** An `and` or `or` of parts, flattened, with constant parts folded away. */
function combine(kind: 'and' | 'or', parts: readonly IntervalNode[]): IntervalNode {
  const absorbing = kind === 'and' ? 'false' : 'true'; // one false part makes an `and` false
  const kept: IntervalNode[] = [];
  for (const part of parts) {
    if (part.kind === absorbing) return part;
    if (part.kind === 'true' || part.kind === 'false') continue; // the neutral constant
    if (part.kind === kind) kept.push(...part.parts);
    else kept.push(part);
  }
  if (kept.length === 0) return kind === 'and' ? TRUE : FALSE;
  return kept.length === 1 ? kept[0]! : { kind, parts: kept };
}
