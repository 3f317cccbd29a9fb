/**
 * fast-check generators of JSON *text* for request bodies and query strings that a bank must
 * refuse: near-valid values built from an endpoint's own zod schema with one or more things
 * wrong, and plain hostile values (floats and strings for fen, numbers past 2^53, wrong enums,
 * deep nesting, odd unicode, very long strings).
 *
 * Text rather than values, so that what is sent is exactly what the bank parses: a number
 * beyond 2^53, a duplicated key or a `__proto__` key survive, which a JS object could not hold.
 * Whether a generated input is really wrong is decided later by the schema itself (the oracle),
 * never assumed here.
 */
import fc from 'fast-check';
import type { z } from '@xinghui/contract';

/** What zod keeps about a schema: the few fields this file reads. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  valueType?: z.ZodMiniType;
  entries?: Record<string, string | number>;
}

const defOf = (schema: z.ZodMiniType): Def =>
  (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Strings a person or a fuzzer would try: invisible, reversed, combining, astral, surrogate halves. */
export const oddUnicode: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u200b',
    '\u202e贝贝\u202c',
    'e\u0301\u0301\u0301',
    '😀👨‍👩‍👧',
    '\ud800',
    '\udfff',
    '１２３４５',
    '٣٤٥',
    '<script>alert(1)</script>',
    "'; DROP TABLE buyers; --",
    '${7*7}',
    '../../etc/passwd',
    '%00',
    '\r\n',
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

/** A very long string (up to 100,000 characters). */
export const longString: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('x', '贝', '😀', '9'), fc.integer({ min: 256, max: 100_000 }))
  .map(([unit, length]) => unit.repeat(length));

/** Numbers that are not an integer number of fen, as JSON text (past 2^53 included). */
export const badNumberText: fc.Arbitrary<string> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
  fc.integer({ min: -2_147_483_648, max: -1 }).map(String),
  fc.constantFrom(
    '0.5',
    '-0',
    '1e21',
    '1e400',
    '-1e400',
    '9007199254740992',
    '9007199254740993',
    '-9007199254740993',
    '123456789012345678901234567890',
    '0.1',
    '25800.000001',
    '2.58e4',
  ),
  fc.bigInt({ min: 2n ** 53n, max: 2n ** 128n }).map(String),
);

/** `[[[…]]]` or `{"a":{"a":…}}`, up to 3,000 deep. */
export const deepNesting: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.integer({ min: 2, max: 3_000 }))
  .map(([arrays, depth]) =>
    arrays
      ? '['.repeat(depth) + ']'.repeat(depth)
      : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth),
  );

/** A JSON string literal. */
const quoted = (text: string) => JSON.stringify(text);

/** Any hostile JSON value, as text. */
export const hostileValue: fc.Arbitrary<string> = fc.oneof(
  badNumberText,
  oddUnicode.map(quoted),
  longString.map(quoted),
  deepNesting,
  fc.constantFrom('null', 'true', 'false', '[]', '{}', '""', '0', '[{}]', '{"":""}'),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
);

/** An object's text from its entries, in the order given (duplicates and `__proto__` kept). */
function objectText(entries: readonly (readonly [string, string])[]): string {
  return `{${entries.map(([key, value]) => `${quoted(key)}:${value}`).join(',')}}`;
}

/** Keys a schema does not have, some of them dangerous. */
const extraKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'id',
    'partner',
    'status',
    'livemode',
    '',
  ),
  fc.string({ maxLength: 12 }),
);

/** Options for {@link nearValidText}. */
export interface NearValidOptions {
  /** Plausible strings (real ids, currencies, phone numbers) so that a value is often nearly right. */
  strings: readonly string[];
}

/**
 * A value of `schema` that is right in most places and wrong in some: a field missing, an extra
 * field, a wrong type, a wrong enum value, a hostile value; as JSON text.
 */
export function nearValidText(
  schema: z.ZodMiniType,
  options: NearValidOptions,
  depth = 0,
): fc.Arbitrary<string> {
  const near = plausibleText(schema, options, depth);
  return fc.oneof({ weight: 5, arbitrary: near }, { weight: 1, arbitrary: hostileValue });
}

function plausibleText(
  schema: z.ZodMiniType,
  options: NearValidOptions,
  depth: number,
): fc.Arbitrary<string> {
  const def = defOf(schema);
  if (depth > 6) return hostileValue;
  switch (def.type) {
    case 'optional':
    case 'nullable':
      return def.type === 'nullable'
        ? fc.oneof(nearValidText(def.innerType!, options, depth), fc.constant('null'))
        : nearValidText(def.innerType!, options, depth);
    case 'object': {
      const fields = Object.entries(def.shape ?? {}).map(([key, field]) => {
        const optional = defOf(field).type === 'optional';
        const value = nearValidText(field, options, depth + 1).map((text) => [key, text] as const);
        // A required field is usually there (so other fields get checked), sometimes missing.
        return fc.option(value, { freq: optional ? 2 : 6, nil: undefined });
      });
      const extras = fc.array(fc.tuple(extraKey, hostileValue), { maxLength: 2 });
      return fc
        .tuple(fc.tuple(...fields), fc.option(extras, { freq: 3, nil: [] }))
        .map(([present, extra]) =>
          objectText([
            ...present.filter((entry): entry is readonly [string, string] => entry !== undefined),
            ...extra,
          ]),
        );
    }
    case 'array':
      return fc
        .array(nearValidText(def.element!, options, depth + 1), { maxLength: 4 })
        .map((items) => `[${items.join(',')}]`);
    case 'record':
      return fc
        .array(
          fc.tuple(
            fc.oneof(extraKey, oddUnicode),
            nearValidText(def.valueType!, options, depth + 1),
          ),
          {
            maxLength: 4,
          },
        )
        .map(objectText);
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      return fc.oneof(
        fc.constantFrom(...values).map((value) => JSON.stringify(value)),
        fc
          .constantFrom(...values)
          .map((value) => quoted(String(value).toUpperCase() + (String(value) === '' ? 'x' : ''))),
        fc.constantFrom('"unknown"', '""', '0'),
      );
    }
    case 'string':
      return fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...options.strings).map(quoted) },
        { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map(quoted) },
        { weight: 1, arbitrary: oddUnicode.map(quoted) },
      );
    case 'number':
      return fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map(String) },
        { weight: 2, arbitrary: badNumberText },
        { weight: 1, arbitrary: fc.constantFrom('"100"', '"25800"', '"１００"') },
      );
    case 'boolean':
      return fc.constantFrom('true', 'false', '"true"', '1', '0', 'null');
    default:
      return hostileValue;
  }
}

/**
 * Query-string values for a query schema: each field present or not, with a plausible, numeric,
 * odd or long value, plus unknown fields; as `[name, value]` pairs in order.
 */
export function queryPairs(
  schema: z.ZodMiniType,
  options: NearValidOptions,
): fc.Arbitrary<[string, string][]> {
  const def = defOf(schema);
  const value = fc.oneof(
    fc.constantFrom(...options.strings),
    fc.constantFrom(
      '-1',
      '0',
      '1.5',
      '1e3',
      '101',
      '1000000',
      '99999999999999999999',
      ' 5',
      '5 ',
      'true',
      '',
    ),
    oddUnicode,
    longString,
  );
  const known = Object.entries(def.shape ?? {}).map(([key, field]) => {
    const inner = defOf(field).type === 'optional' ? defOf(defOf(field).innerType!) : defOf(field);
    const enumValues = inner.type === 'enum' ? Object.values(inner.entries ?? {}).map(String) : [];
    const fieldValue =
      enumValues.length > 0 ? fc.oneof(fc.constantFrom(...enumValues), value) : value;
    return fc.option(
      fieldValue.map((text) => [key, text] as [string, string]),
      { freq: 2, nil: undefined },
    );
  });
  const extras = fc.array(fc.tuple(extraKey, value), { maxLength: 2 });
  return fc
    .tuple(fc.tuple(...known), extras)
    .map(([present, extra]) => [
      ...present.filter((pair): pair is [string, string] => pair !== undefined),
      ...extra,
    ]);
}
