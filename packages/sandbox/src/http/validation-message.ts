import type { z } from '@xinghui/contract';

/** One problem zod found in a request, as `validate` receives it (with `reportInput`). */
type Issue = z.core.$ZodIssue & { input?: unknown };

/** A problem in words a partner's developer can act on, and the parameter it is about. */
export interface ValidationProblem {
  /** `missing` for an absent required parameter; `invalid` for everything else. */
  kind: 'missing' | 'invalid';
  message: string;
  /** `line_items[0].quantity`; absent when the body as a whole is wrong. */
  param?: string;
}

/** `line_items[0].quantity`: the way error messages name a parameter. */
export function paramPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

const TYPE_NAMES: Record<string, string> = {
  int: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'a list',
};

/** How a value the caller sent reads in a message: `100.5`, `"12.00"`, `an object`. */
function shown(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * True for the `amount` inside a money object (`amount.amount`, `line_items[0].unit_amount.amount`):
 * every nested `amount` in the contract is an integer number of fen.
 */
function isFenAmount(path: readonly PropertyKey[]): boolean {
  return path.length >= 2 && path.at(-1) === 'amount' && typeof path.at(-2) === 'string';
}

/** A number of fen, from a string like "12.00" that was meant as yuan, for the hint. */
function fenHint(input: unknown): string {
  const yuan = typeof input === 'string' ? Number(input.replace(/[,¥\s]/g, '')) : Number.NaN;
  return Number.isFinite(yuan) && yuan >= 0
    ? ` (¥${yuan.toFixed(2)} is ${Math.round(yuan * 100)})`
    : ' (¥12.00 is 1200)';
}

/** A message of the schema's own ("must be an id starting with \"buy_\""), not zod's default. */
function ownMessage(issue: Issue): string | undefined {
  return issue.message && issue.message !== 'Invalid input' ? issue.message : undefined;
}

function invalidType(issue: Extract<Issue, { code: 'invalid_type' }>, where: string): string {
  const { input, expected, path } = issue;
  if (isFenAmount(path) && (expected === 'int' || expected === 'number')) {
    if (typeof input === 'string') {
      return `${where} must be an integer number of fen, not a string: got ${shown(input)}${fenHint(input)}`;
    }
    if (typeof input === 'number') {
      return `${where} must be an integer number of fen, got ${shown(input)} (there is no fraction of a fen)`;
    }
  }
  if (expected === 'object' && path.at(-1) !== undefined && /amount$/.test(String(path.at(-1)))) {
    return `${where} must be money, { "amount": <integer number of fen>, "currency": "CNY" }, got ${shown(input)}`;
  }
  if (expected === 'int' && typeof input === 'number') {
    return `${where} must be an integer, got ${shown(input)}`;
  }
  const want = TYPE_NAMES[expected] ?? expected;
  const quoteHint =
    expected === 'string' && typeof input === 'number' ? ` (send it in quotes: "${input}")` : '';
  return `${where} must be ${want}, got ${shown(input)}${quoteHint}`;
}

function sizeLimit(issue: Issue & { code: 'too_small' | 'too_big' }, where: string): string {
  const own = ownMessage(issue);
  const got = 'input' in issue && issue.input !== undefined ? `, got ${shown(issue.input)}` : '';
  if (own) return `${where} ${own}${got}`;
  const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  const word = issue.code === 'too_small' ? 'at least' : 'at most';
  const exclusive = issue.inclusive === false;
  const limit = `${exclusive ? (issue.code === 'too_small' ? 'more than' : 'less than') : word} ${String(bound)}`;
  switch (issue.origin) {
    case 'array':
    case 'set':
      return `${where} must have ${limit} item${bound === 1 ? '' : 's'}${got}`;
    case 'string':
      return `${where} must be ${limit} characters long${got}`;
    default:
      return `${where} must be ${limit}${got}`;
  }
}

/**
 * Turns the first problem zod found into a message that says what is wrong and how to fix it:
 * "amount.amount must be an integer number of fen, got 100.5".
 */
export function validationProblem(issue: Issue): ValidationProblem {
  if (issue.code === 'unrecognized_keys') {
    const param = paramPath([...issue.path, issue.keys[0]!]);
    return {
      kind: 'invalid',
      param,
      message: `Unknown parameter: ${param} (this endpoint does not take it: check the spelling, or leave it out)`,
    };
  }
  const param = paramPath(issue.path) || undefined;
  const where = param ?? 'The body';
  const withParam = (kind: ValidationProblem['kind'], message: string): ValidationProblem =>
    param ? { kind, message, param } : { kind, message };

  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined && param) {
        const want = TYPE_NAMES[issue.expected] ?? issue.expected;
        return withParam('missing', `Missing required parameter: ${param} (${want})`);
      }
      return withParam('invalid', invalidType(issue, where));
    }
    case 'invalid_value':
      return withParam(
        'invalid',
        `${where} must be ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${shown(issue.input)}`,
      );
    case 'too_small':
    case 'too_big':
      return withParam('invalid', sizeLimit(issue, where));
    case 'invalid_format':
    case 'not_multiple_of':
    case 'custom': {
      const own = ownMessage(issue) ?? `is not valid`;
      const got =
        issue.code !== 'custom' && issue.input !== undefined ? `, got ${shown(issue.input)}` : '';
      return withParam('invalid', `${where} ${own}${got}`);
    }
    default: {
      const own = ownMessage(issue);
      const got = issue.input !== undefined ? `, got ${shown(issue.input)}` : '';
      return withParam(
        'invalid',
        `${where} ${own ?? 'does not match any accepted form'}${got} (see the API reference for its shape)`,
      );
    }
  }
}
