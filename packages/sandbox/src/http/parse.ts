import type { z } from '@xinghui/contract';
import { ApiError } from '../engine/core/api-error.js';

/** `line_items[0].quantity`: the way error messages name a parameter. */
function paramPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

/**
 * Validates input against a contract schema, turning the first problem into a clear
 * `parameter_invalid` (or `parameter_missing`) naming the parameter.
 */
export function validate<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  // zod leaves `input` out of its issues unless asked, and a missing parameter is told apart
  // from a wrong one by it.
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const param = paramPath([...issue.path, key]);
    throw new ApiError('parameter_invalid', `Unknown parameter: ${param}`, { param });
  }
  const param = paramPath(issue.path);
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  throw new ApiError(
    missing ? 'parameter_missing' : 'parameter_invalid',
    missing
      ? `Missing required parameter: ${param}`
      : `Invalid ${param || 'body'}: ${issue.message}`,
    param ? { param } : {},
  );
}

/** Reads a JSON request body; an empty body is `{}`. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError('body_invalid', 'The request body is not valid JSON');
  }
}

/**
 * Reads query parameters into what the contract's query schemas expect: numbers where a value
 * is all digits for `limit` (query strings have no types), strings otherwise.
 */
export function queryObject(url: string): Record<string, string | number> {
  const query: Record<string, string | number> = {};
  for (const [key, value] of new URL(url).searchParams) {
    query[key] = key === 'limit' && /^\d{1,6}$/.test(value) ? Number(value) : value;
  }
  return query;
}

/**
 * The canonical form of a body for idempotency: the same JSON with keys in order, so
 * `{"a":1,"b":2}` and `{ "b": 2, "a": 1 }` are the same request.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
