import type { z } from '@xinghui/contract';
import { ApiError } from '../engine/core/api-error.js';
import { paramPath, validationProblem } from './validation-message.js';

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

/** How deep a body may nest objects and arrays: far more than any request of the contract. */
export const MAX_BODY_DEPTH = 20;

/** Keys that would reach an object's prototype in code that copies bodies around. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** With the `u` flag a surrogate pair is one code point, so only a lone half matches. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * Refuses text nesting deeper than `limit` before it is parsed: one pass, outside strings, so
 * a million brackets cost a millisecond instead of a parse and a deep walk.
 */
function assertDepth(text: string, limit: number): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i++; // a backslash escapes the next character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      if (++depth > limit) {
        throw new ApiError(
          'body_invalid',
          `The request body nests objects and arrays more than ${limit} levels deep`,
        );
      }
    } else if (char === 0x7d || char === 0x5d) depth--;
  }
}

/**
 * Refuses what the schemas would silently drop or store changed: a `__proto__`,
 * `constructor` or `prototype` key, and a string that is not well-formed Unicode (a lone
 * surrogate such as `"\ud800"`), naming the parameter.
 */
function assertCleanValue(value: unknown, path: PropertyKey[]): void {
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) {
      const param = paramPath(path) || 'body';
      throw new ApiError('parameter_invalid', `Invalid ${param}: not valid Unicode text`, {
        param,
      });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => assertCleanValue(item, [...path, index]));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const param = paramPath([...path, key]);
      if (FORBIDDEN_KEYS.has(key) || LONE_SURROGATE.test(key)) {
        throw new ApiError('parameter_invalid', `Parameter names such as ${param} are refused`, {
          param,
        });
      }
      assertCleanValue(item, [...path, key]);
    }
  }
}

/**
 * Reads a JSON request body; an empty body is `{}`.
 *
 * @throws ApiError `body_invalid` for text that is not JSON or nests deeper than
 *   {@link MAX_BODY_DEPTH}; `parameter_invalid` for a forbidden key or ill-formed text
 */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return {};
  assertDepth(text, MAX_BODY_DEPTH);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError('body_invalid', 'The request body is not valid JSON');
  }
  assertCleanValue(value, []);
  return value;
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
