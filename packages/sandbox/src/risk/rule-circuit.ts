/*
 * The closures mode's rule pass: one decision kind's conditions as a circuit, run by a few flat
 * loops over typed arrays. No eval (CSP-safe), no closure per test, no call per test: a tree of
 * closures made ~7,000 megamorphic calls a decision at 2,400 rules (issue 14).
 *
 * Every test is evaluated, without short-circuits, because without branches that is cheaper:
 * an interpreter that jumps from test to test pays a mispredicted branch on most tests (one
 * branch serves every test, so the processor cannot learn them), while a loop that computes each
 * result as 0 or 1 pays none. The results are the same (tests are pure), only the order of work
 * differs. The loops, in order:
 *
 * 1. leaves: each tests one indicator against two intervals (see interval-tests.ts), as `&` / `|`
 *    of comparisons;
 * 2. lists: a long `in` list, searched by halving (rare);
 * 3. gates: `and` / `or` of four earlier results (padded with the neutral constant), in an order
 *    where every input comes first;
 * 4. the fired list: each rule's result read from its output bit, appended with no branch.
 */
import { MISSING, type IndicatorArray } from './catalogue.js';
import type { RulePass, SlotOf, Test } from './compiled-rule.js';
import { intervalForm, type IntervalNode } from './interval-tests.js';
import type { Condition } from './rule-set.js';

/** Inputs of a gate; a wider `and` / `or` is a tree of gates. (runGates reads them as `g << 2`.) */
const FAN_IN = 4;

/** An interval that holds nothing, to fill a leaf's second pair. */
const NOWHERE = [Infinity, -Infinity] as const;

/**
 * A result of the circuit, before the bits are laid out: a constant, a leaf, a list test or a
 * gate, and its index among those, as one number (no object per test: compile time is a target).
 */
type Ref = number;
const SPACES = ['constant', 'leaf', 'list', 'gate'] as const;
const refOf = (space: (typeof SPACES)[number], index: number): Ref =>
  index * 4 + SPACES.indexOf(space);

const NEVER: Ref = refOf('constant', 0);
const ALWAYS: Ref = refOf('constant', 1);
/** Bits before the leaves': NEVER's, then ALWAYS's. */
const CONSTANTS = 2;

/** The circuit of one decision kind's rules, built rule by rule. */
class Circuit {
  readonly #leafSlots: number[] = [];
  /** Four per leaf: `[lo, hi]` twice. */
  readonly #leafBounds: number[] = [];
  readonly #listSlots: number[] = [];
  /** Two per list test: its start and end in `#lists`. */
  readonly #listRanges: number[] = [];
  readonly #listNegated: number[] = [];
  readonly #lists: number[] = [];
  /** FAN_IN per gate. */
  readonly #gateInputs: Ref[] = [];
  readonly #gateOr: number[] = [];
  readonly #outputs: Ref[] = [];

  /** Adds a rule; `undefined` is a rule without `when`, which always fires. */
  add(form: IntervalNode): void {
    this.#outputs.push(this.#build(form));
  }

  #leaf(slot: number, lo: number, hi: number, lo2: number, hi2: number): Ref {
    const ref = refOf('leaf', this.#leafSlots.length);
    this.#leafSlots.push(slot);
    this.#leafBounds.push(lo, hi, lo2, hi2);
    return ref;
  }

  /** The result that always holds: a bit no loop writes (so no indicator's value matters). */
  #always(): Ref {
    return ALWAYS;
  }

  #never(): Ref {
    return NEVER;
  }

  #gate(or: boolean, inputs: readonly Ref[]): Ref {
    if (inputs.length === 1) return inputs[0]!;
    if (inputs.length > FAN_IN) {
      const groups: Ref[] = [];
      for (let k = 0; k < inputs.length; k += FAN_IN) {
        groups.push(this.#gate(or, inputs.slice(k, k + FAN_IN)));
      }
      return this.#gate(or, groups);
    }
    const neutral = or ? this.#never() : this.#always();
    for (let k = 0; k < FAN_IN; k++) this.#gateInputs.push(inputs[k] ?? neutral);
    this.#gateOr.push(or ? 1 : 0);
    return refOf('gate', this.#gateOr.length - 1);
  }

  #build(node: IntervalNode): Ref {
    switch (node.kind) {
      case 'true':
        return this.#always();
      case 'false':
        return this.#never();
      case 'test': {
        // Two intervals a leaf; a test of more is an `or` of leaves.
        const leaves: Ref[] = [];
        for (let k = 0; k < node.set.length; k += 2) {
          const [a, b] = node.set[k]!;
          const [c, d] = node.set[k + 1] ?? NOWHERE;
          leaves.push(this.#leaf(node.slot, a, b, c, d));
        }
        return this.#gate(true, leaves);
      }
      case 'list': {
        const start = this.#lists.length;
        this.#lists.push(...node.values);
        this.#listSlots.push(node.slot);
        this.#listRanges.push(start, this.#lists.length);
        this.#listNegated.push(node.negated ? 1 : 0);
        return refOf('list', this.#listSlots.length - 1);
      }
      case 'and':
      case 'or':
        return this.#gate(
          node.kind === 'or',
          node.parts.map((part) => this.#build(part)),
        );
    }
  }

  /** The pass: the circuit laid out in typed arrays, and the loops that run it. */
  pass(): RulePass {
    const leaves = this.#leafSlots.length;
    const firstList = CONSTANTS + leaves;
    const firstGate = firstList + this.#listSlots.length;
    // One array of bits: the constants, the leaves' results, then the lists', then the gates'.
    const first = [0, CONSTANTS, firstList, firstGate];
    const bit = (ref: Ref) => first[ref & 3]! + (ref >> 2);
    const leafSlots = Int32Array.from(this.#leafSlots);
    const leafBounds = Float64Array.from(this.#leafBounds);
    const lists: Lists = {
      slots: Int32Array.from(this.#listSlots),
      ranges: Int32Array.from(this.#listRanges),
      negated: Uint8Array.from(this.#listNegated),
      values: Float64Array.from(this.#lists),
      first: firstList,
    };
    const gateInputs = Int32Array.from(this.#gateInputs, bit);
    const gateOr = Uint8Array.from(this.#gateOr);
    const outputs = Int32Array.from(this.#outputs, bit);
    const bits = new Uint8Array(firstGate + gateOr.length); // scratch: one decision at a time
    bits[bit(ALWAYS)] = 1;
    return (values, fired) => {
      runLeaves(values, leafSlots, leafBounds, bits);
      if (lists.slots.length > 0) runLists(values, lists, bits);
      runGates(gateInputs, gateOr, bits, firstGate);
      return collect(outputs, bits, fired);
    };
  }
}

// The loops are functions of their arrays rather than closures over them: an engine has two
// passes (a process may hold several engines), and V8 cannot specialise code that many closures
// share to one closure's arrays, while arguments serve every caller alike (~20% faster here).

/** Each leaf's result: its indicator in either of its two intervals. */
function runLeaves(
  values: IndicatorArray,
  slots: Int32Array,
  bounds: Float64Array,
  bits: Uint8Array,
): void {
  const count = slots.length;
  for (let k = 0; k < count; k++) {
    const x = values[slots[k]!]!;
    const b = k << 2;
    // Comparisons as 0 or 1, combined with & and |: no branch on a test's outcome.
    bits[CONSTANTS + k] =
      (+(bounds[b]! <= x) & +(x <= bounds[b + 1]!)) |
      (+(bounds[b + 2]! <= x) & +(x <= bounds[b + 3]!));
  }
}

/** The long `in` lists of a circuit (rare: most lists are a few intervals, tested as leaves). */
interface Lists {
  readonly slots: Int32Array;
  /** Two per list: its start and end in `values`. */
  readonly ranges: Int32Array;
  readonly negated: Uint8Array;
  readonly values: Float64Array;
  /** The bit of the first list's result. */
  readonly first: number;
}

function runLists(values: IndicatorArray, lists: Lists, bits: Uint8Array): void {
  const { slots, ranges, negated } = lists;
  for (let k = 0; k < slots.length; k++) {
    const x = values[slots[k]!]!;
    const member = isMember(lists.values, ranges[2 * k]!, ranges[2 * k + 1]!, x);
    bits[lists.first + k] = negated[k] === 0 ? +member : +(x !== MISSING && !member);
  }
}

/** Each gate's result from its four inputs, in order (every input is computed before it). */
function runGates(inputs: Int32Array, or: Uint8Array, bits: Uint8Array, first: number): void {
  const count = or.length;
  for (let g = 0; g < count; g++) {
    const i = g << 2; // g * FAN_IN, as a shift
    const a = bits[inputs[i]!]!;
    const b = bits[inputs[i + 1]!]!;
    const c = bits[inputs[i + 2]!]!;
    const d = bits[inputs[i + 3]!]!;
    // `and`: all four; `or`: any (its padding is 0, so all four is any too).
    bits[first + g] = (a & b & c & d) | (or[g]! & (a | b | c | d));
  }
}

/** The positions of the rules whose output bit is set, in rule order; how many. */
function collect(outputs: Int32Array, bits: Uint8Array, fired: Int32Array): number {
  let n = 0;
  for (let r = 0; r < outputs.length; r++) {
    fired[n] = r; // kept only if the rule fired: n moves on by its bit
    n += bits[outputs[r]!]!;
  }
  return n;
}

/** Whether `x` is in the sorted `values[start..end)`, by halving. */
function isMember(values: Float64Array, start: number, end: number, x: number): boolean {
  let low = start;
  let high = end - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = values[middle]!;
    if (value === x) return true;
    if (value < x) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/**
 * Compiles one decision kind's rule conditions, in interval form and rule order (see
 * `intervalForm`: a rule of both kinds is put in that form once), into a circuit and its pass.
 */
export function circuitPass(forms: readonly IntervalNode[]): RulePass {
  const circuit = new Circuit();
  for (const form of forms) circuit.add(form);
  return circuit.pass();
}

/** One condition as a test, run by the same loops (to check a condition on its own). */
export function circuitTest(condition: Condition<string>, slotOf: SlotOf): Test {
  const pass = circuitPass([intervalForm(condition, slotOf)]);
  const fired = new Int32Array(1);
  return (values) => pass(values, fired) === 1;
}
