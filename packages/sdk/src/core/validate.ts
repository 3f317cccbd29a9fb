/*
 * The small checker a page's responses are validated with, in place of the zod runtime (about
 * 7 KB gzip of the CDN file). The contract's zod schemas stay the one source of truth:
 * scripts/validators/generate.ts turns each page endpoint's response schema into a composition of
 * these functions (`page-validators.generated.ts`), and a property test proves that they accept,
 * reject and output exactly what zod does.
 *
 * Each function mirrors one zod schema type, down to the details that decide the outcome: an
 * object strips unknown keys and outputs a copy; a failed check on a value of the right type is
 * "soft" (zod's `continue: true`), so later checks still run and a union can report the one
 * option that failed only softly; a wrong type stops that value's checks. Only the types and
 * checks the page responses use are here; the generator refuses any other, so a new kind of
 * schema fails the generation instead of being validated loosely.
 */

/** One way a value broke its schema: where, and what (as `XinghuiSchemaError.issues`). */
export interface Issue {
  path: PropertyKey[];
  message: string;
  /** A failed check on a value of the right type: further checks of that value still run. */
  soft?: true;
}

/**
 * Checks `value` at `path`, pushing what is wrong onto `issues`, and returns the value as zod
 * would output it (objects copied without their unknown keys). The return value means nothing
 * when an issue was pushed.
 */
export type Validator = ((value: unknown, path: PropertyKey[], issues: Issue[]) => unknown) & {
  /** Set on `opt(...)`: an object may leave this key out. */
  optional?: true;
};

/** A check of a number: its bound, how the value must compare to it, and the message if not. */
export type Bound = readonly [bound: number, compare: '>=' | '>' | '<=' | '<', message: string];

const issue = (issues: Issue[], path: PropertyKey[], message: string, soft?: true) => {
  issues.push(soft ? { path, message, soft } : { path, message });
};

const typeOf = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

const expected = (issues: Issue[], path: PropertyKey[], type: string, value: unknown) =>
  issue(issues, path, `expected ${type}, received ${typeOf(value)}`);

/** `z.string()`, with its regex checks: each a pattern and the message when it does not match. */
export const str =
  (...rules: (readonly [pattern: RegExp, message: string])[]): Validator =>
  (value, path, issues) => {
    if (typeof value !== 'string') return expected(issues, path, 'string', value);
    for (const [pattern, message] of rules) {
      if (!pattern.test(value)) issue(issues, path, message, true);
    }
    return value;
  };

/** `z.string()` with no check: one validator for every such field, not a call per field. */
export const text: Validator = str();

/**
 * An id of the contract's form, `<prefix>_` then 8 to 64 letters and digits, with the contract's
 * message: the same rule as `str([/^cs_[0-9A-Za-z]{8,64}$/, 'must be an id starting with "cs_"'])`
 * for `id('cs')`, written once instead of once per kind of id.
 */
export const id = (prefix: string): Validator =>
  str([RegExp(`^${prefix}_[0-9A-Za-z]{8,64}$`), `must be an id starting with "${prefix}_"`]);

/**
 * `z.number()` (`integer` false) or `z.int()` (a safe integer), with its bounds. A number that is
 * not an integer fails `z.int()` outright; one beyond the safe range fails softly and skips the
 * bounds, as in zod.
 */
export const num =
  (integer: boolean, ...bounds: Bound[]): Validator =>
  (value, path, issues) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return expected(issues, path, 'number', value);
    }
    if (integer && !Number.isInteger(value)) return expected(issues, path, 'int', value);
    if (integer && !Number.isSafeInteger(value)) {
      return issue(issues, path, 'must be a safe integer', true);
    }
    for (const [bound, compare, message] of bounds) {
      const ok =
        compare === '>='
          ? value >= bound
          : compare === '>'
            ? value > bound
            : compare === '<='
              ? value <= bound
              : value < bound;
      if (!ok) issue(issues, path, message, true);
    }
    return value;
  };

/** `z.boolean()`. */
export const bool: Validator = (value, path, issues) =>
  typeof value === 'boolean' ? value : expected(issues, path, 'boolean', value);

/** `z.literal(...)` and `z.enum([...])`: one of these values. */
export const oneOf =
  (...values: readonly (string | number | boolean | null)[]): Validator =>
  (value, path, issues) => {
    if (!values.includes(value as string)) {
      issue(issues, path, `expected one of ${JSON.stringify(values)}`);
    }
    return value;
  };

/** `.nullable()`. */
export const nul =
  (inner: Validator): Validator =>
  (value, path, issues) =>
    value === null ? null : inner(value, path, issues);

/** `.optional()`: `undefined` passes, and an object may leave the key out. */
export const opt = (inner: Validator): Validator =>
  Object.assign(
    (value: unknown, path: PropertyKey[], issues: Issue[]) =>
      value === undefined ? undefined : inner(value, path, issues),
    { optional: true as const },
  );

/** `z.array(...)`: a new array of the items' outputs. */
export const arr =
  (item: Validator): Validator =>
  (value, path, issues) =>
    Array.isArray(value)
      ? value.map((element, index) => item(element, [...path, index], issues))
      : expected(issues, path, 'array', value);

/**
 * `z.object({...})`: a copy with the shape's keys only (zod's default strips the others). A key
 * left out is an issue unless its schema is optional.
 */
export const obj =
  (shape: Record<string, Validator>): Validator =>
  (value, path, issues) => {
    if (typeOf(value) !== 'object') return expected(issues, path, 'object', value);
    const input = value as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const present = key in input;
      if (!present && check.optional) continue;
      if (!present) {
        issue(issues, [...path, key], 'required');
        continue;
      }
      output[key] = check(input[key], [...path, key], issues);
    }
    return output;
  };

/**
 * `z.union([...])`: the first option that passes gives the output. When none does, the one option
 * that failed only softly (the right shape, a failed check) reports its issues; otherwise the
 * union reports one issue of its own.
 */
export const or =
  (...options: Validator[]): Validator =>
  (value, path, issues) => {
    const failures: Issue[][] = [];
    for (const option of options) {
      const own: Issue[] = [];
      const output = option(value, path, own);
      if (own.length === 0) return output;
      failures.push(own);
    }
    const soft = failures.filter((own) => own.every((one) => one.soft));
    if (soft.length === 1) issues.push(...soft[0]!);
    else issue(issues, path, 'matches none of the allowed shapes');
    return value;
  };
