/**
 * The closures mode's circuit at its edges: every operator, negated, on known, boundary and
 * missing values; long `in` lists (searched) and short ones (intervals); wide `all` / `any`
 * (trees of four-input gates); and constants. Compared with the plain meaning of the JSON.
 */
import { describe, expect, it } from 'vitest';
import { MISSING } from './catalogue.js';
import type { Condition } from './rule-set.js';
import { intervalForm } from './interval-tests.js';
import { circuitPass, circuitTest } from './rule-circuit.js';

const slotOf = (name: string) => ['a', 'b', 'c'].indexOf(name);
const holds = (condition: Condition<string>, a: number, b = 0, c = 0) =>
  circuitTest(condition, slotOf)(Float64Array.of(a, b, c));

const VALUES = [MISSING, -10_000_000_000_000, -6, -5, -4, 0, 4, 5, 6, 10_000_000_000_000];

describe('the circuit', () => {
  it('compares as the operators say, and never fires on a missing value, negated or not', () => {
    const ops = {
      '<': (x: number) => x < 5,
      '<=': (x: number) => x <= 5,
      '>': (x: number) => x > 5,
      '>=': (x: number) => x >= 5,
      '==': (x: number) => x === 5,
      '!=': (x: number) => x !== 5,
    } as const;
    for (const [op, meaning] of Object.entries(ops)) {
      const test = { indicator: 'a', op, value: 5 } as Condition<string>;
      for (const x of VALUES) {
        expect(holds(test, x), `${x} ${op} 5`).toBe(x !== MISSING && meaning(x));
        expect(holds({ not: test }, x), `not ${x} ${op} 5`).toBe(x !== MISSING && !meaning(x));
        expect(holds({ not: { not: test } }, x)).toBe(x !== MISSING && meaning(x));
      }
    }
  });

  it('tests missing and its negation', () => {
    const missing = { indicator: 'a', op: 'missing' } as const;
    for (const x of VALUES) {
      expect(holds(missing, x)).toBe(x === MISSING);
      expect(holds({ not: missing }, x)).toBe(x !== MISSING);
      expect(holds({ not: { not: missing } }, x)).toBe(x === MISSING);
    }
  });

  it('tests short and long in lists, with runs and repeats, negated or not', () => {
    const short = [4, 5, 6, 6, -5];
    const long = Array.from({ length: 40 }, (_, k) => k * 3 - 6); // 40 runs: searched
    for (const values of [short, long, [5]]) {
      const test = { indicator: 'a', op: 'in', values } as const;
      for (const x of [...VALUES, 3, 33, 111, 114]) {
        expect(holds(test, x), `${x} in`).toBe(values.includes(x));
        expect(holds({ not: test }, x), `${x} not in`).toBe(x !== MISSING && !values.includes(x));
      }
    }
  });

  it('combines wide all / any (more parts than a gate takes) and folds empty ones', () => {
    const parts = Array.from({ length: 11 }, (_, k) => ({
      indicator: 'b',
      op: '!=',
      value: k,
    })) as Condition<string>[];
    for (const b of [-1, 0, 5, 10, 11, MISSING]) {
      const none = b === MISSING || (b >= 0 && b <= 10);
      expect(holds({ all: parts }, 0, b)).toBe(!none);
      expect(holds({ any: parts }, 0, b)).toBe(b !== MISSING);
      expect(holds({ not: { any: parts } }, 0, b)).toBe(false); // b is never all 11 values
    }
    expect(holds({ all: [] }, 0)).toBe(true);
    expect(holds({ any: [] }, 0)).toBe(false);
    expect(holds({ not: { all: [] } }, 0)).toBe(false);
    expect(holds({ all: [{ any: [] }, { indicator: 'a', op: '>', value: -1 }] }, 0)).toBe(false);
  });

  it('writes the positions of the rules that fire, in order, and keeps no state between runs', () => {
    const conditions: (Condition<string> | undefined)[] = [
      { indicator: 'a', op: '>', value: 0 },
      undefined, // no `when`: always fires
      { any: [] },
      {
        all: [
          { indicator: 'b', op: '==', value: 2 },
          { indicator: 'c', op: 'missing' },
        ],
      },
    ];
    const pass = circuitPass(conditions.map((condition) => intervalForm(condition, slotOf)));
    const fired = new Int32Array(4);
    expect(pass(Float64Array.of(1, 2, MISSING), fired)).toBe(3);
    expect([...fired.subarray(0, 3)]).toEqual([0, 1, 3]);
    expect(pass(Float64Array.of(0, 2, 7), fired)).toBe(1);
    expect(fired[0]).toBe(1);
  });
});
