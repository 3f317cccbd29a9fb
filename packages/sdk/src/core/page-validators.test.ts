// The page's generated validators (page-validators.generated.ts) must decide exactly as the
// contract's zod schemas do, for every page endpoint's response, the error envelope and the
// client secret: the same verdict, the same output (unknown keys stripped), issues at the same
// places. Valid samples are drawn from each schema; mutated ones are broken in one place.
import { ClientSecret, endpoints, ErrorEnvelope } from '@xinghui/contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mutatedSample, validSample } from '../testing/zod-arbitrary.js';
import { clientSecret, errorEnvelope, pageValidators } from './page-validators.generated.js';
import type { Issue, Validator } from './validate.js';

interface Schema {
  safeParse(value: unknown): {
    success: boolean;
    data?: unknown;
    error?: { issues: { path: PropertyKey[] }[] };
  };
}

const pageEndpoints = Object.entries(endpoints).filter(([, e]) => e.auth === 'client');

const pairs: [string, Schema, Validator | undefined][] = [
  ...pageEndpoints.map(([name, e]): [string, Schema, Validator | undefined] => [
    name,
    e.response as Schema,
    pageValidators[`${e.method} ${e.path}`],
  ]),
  ['ErrorEnvelope', ErrorEnvelope as Schema, errorEnvelope],
  ['ClientSecret', ClientSecret as Schema, clientSecret],
];

/** Each verdict in one comparable shape. */
function byZod(schema: Schema, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const where = result.error!.issues.map((issue) => issue.path.map(String).join('.'));
  return { ok: false, where: [...new Set(where)].sort() };
}
function byValidator(validate: Validator, value: unknown) {
  const issues: Issue[] = [];
  const data = validate(value, [], issues);
  if (issues.length === 0) return { ok: true, data };
  const where = issues.map((issue) => issue.path.map(String).join('.'));
  return { ok: false, where: [...new Set(where)].sort() };
}

it('covers every page endpoint of the contract', () => {
  expect(pageEndpoints.length).toBeGreaterThan(0);
  const missing = pairs.filter(([, , validate]) => !validate).map(([name]) => name);
  expect(missing).toEqual([]);
});

describe.each(pairs)('%s', (_name, schema, validate) => {
  it('accepts what zod accepts, with the same output', () => {
    fc.assert(
      fc.property(validSample(schema), (value) => {
        const expected = byZod(schema, value);
        expect(expected.ok).toBe(true); // the arbitrary itself is right
        expect(byValidator(validate!, value)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('rejects what zod rejects, at the same places', () => {
    fc.assert(
      fc.property(mutatedSample(schema), (value) => {
        expect(byValidator(validate!, value)).toEqual(byZod(schema, value));
      }),
      { numRuns: 150 },
    );
  });
});
