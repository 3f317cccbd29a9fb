// The checker's functions against zod itself, on schemas built for the purpose: the cases the
// page responses do not exercise today (unions of shapes, exclusive bounds, optional and
// nullable keys) but a generated validator may use tomorrow. Same verdict, same output, issues
// at the same places; page-validators.test.ts does the same for the generated ones.
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { mutatedSample, validSample } from '../testing/zod-arbitrary.js';
import {
  arr,
  bool,
  nul,
  num,
  obj,
  oneOf,
  opt,
  or,
  str,
  type Issue,
  type Validator,
} from './validate.js';

z.config({ jitless: true });

const id = /^ab_[0-9a-z]{2,4}$/;
const cases: [string, z.ZodMiniType, Validator][] = [
  [
    'a union of shapes, one failing softly',
    z.union([
      z.object({ id: z.string().check(z.regex(id, 'bad id')), kind: z.literal('a') }),
      z.object({ count: z.int().check(z.minimum(1)), kind: z.literal('b') }),
    ]),
    or(
      obj({ id: str([id, 'bad id']), kind: oneOf('a') }),
      obj({ count: num(true, [1, '>=', 'min']), kind: oneOf('b') }),
    ),
  ],
  [
    'exclusive and inclusive bounds on floats and integers',
    z.object({
      ratio: z.number().check(z.gt(0), z.lt(1)),
      count: z.int().check(z.gte(-3), z.lte(3)),
    }),
    obj({
      ratio: num(false, [0, '>', 'gt'], [1, '<', 'lt']),
      count: num(true, [-3, '>=', 'gte'], [3, '<=', 'lte']),
    }),
  ],
  [
    'optional, nullable and both',
    z.object({
      a: z.optional(z.string()),
      b: z.nullable(z.int()),
      c: z.optional(z.nullable(z.boolean())),
      d: z.array(z.nullable(z.enum(['x', 'y']))),
    }),
    obj({ a: opt(str()), b: nul(num(true)), c: opt(nul(bool)), d: arr(nul(oneOf('x', 'y'))) }),
  ],
];

function verdict(run: () => { issues: { path: PropertyKey[] }[]; data?: unknown }) {
  const { issues, data } = run();
  if (issues.length === 0) return { ok: true, data };
  return { ok: false, where: [...new Set(issues.map((i) => i.path.join('.')))].sort() };
}
const byZod = (schema: z.ZodMiniType, value: unknown) =>
  verdict(() => {
    const result = schema.safeParse(value);
    return result.success ? { issues: [], data: result.data } : { issues: result.error.issues };
  });
const byValidator = (validate: Validator, value: unknown) =>
  verdict(() => {
    const issues: Issue[] = [];
    const data = validate(value, [], issues);
    return { issues, data };
  });

describe.each(cases)('%s', (_name, schema, validate) => {
  it('decides as zod does on valid and mutated samples', () => {
    fc.assert(
      fc.property(fc.oneof(validSample(schema), mutatedSample(schema)), (value) => {
        expect(byValidator(validate, value)).toEqual(byZod(schema, value));
      }),
      { numRuns: 300 },
    );
  });
});

it('reports the option that failed only softly, as zod does', () => {
  const [, schema, validate] = cases[0]!;
  const value = { id: 'ab_TOOLONG', kind: 'a' };
  expect(byValidator(validate, value)).toEqual({ ok: false, where: ['id'] });
  expect(byZod(schema, value)).toEqual({ ok: false, where: ['id'] });
});

it('strips unknown keys and never mutates its input', () => {
  const input = { a: 'x', b: null, d: [], extra: 1 };
  const issues: Issue[] = [];
  const [, , validate] = cases[2]!;
  expect(validate(input, [], issues)).toEqual({ a: 'x', b: null, d: [] });
  expect(issues).toEqual([]);
  expect(input).toHaveProperty('extra', 1);
});
