import type { z } from '@xinghui/contract';
import { ApiError } from '../engine/api-error.js';
import { validationProblem } from './validation-message.js';

/**
 * Validates input against a contract schema, turning the first problem into a clear
 * `parameter_invalid` (or `parameter_missing`) naming the parameter and saying how to fix it
 * (validation-message.ts words it).
 */
export function validate<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  // zod leaves `input` out of its issues unless asked: the message quotes what was sent, and
  // a missing parameter is told apart from a wrong one by it.
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const { kind, message, param } = validationProblem(result.error.issues[0]!);
  throw new ApiError(
    kind === 'missing' ? 'parameter_missing' : 'parameter_invalid',
    message,
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
