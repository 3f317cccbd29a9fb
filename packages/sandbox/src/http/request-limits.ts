import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../engine/core/api-error.js';
import { bodyTooLarge, MAX_BODY_BYTES } from './body.js';
import type { Env } from './env.js';

/**
 * True for `application/json`, with no parameter but an optional UTF-8 charset: the only body
 * the bank reads.
 */
export function isJsonMediaType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const [type, ...parameters] = contentType.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return parameters.every((parameter) => /^charset="?utf-8"?$/.test(parameter) || parameter === '');
}

/**
 * Calls that carry many items at once (a nomination of up to 1,000 shops) may send this many
 * times the usual limit; every other path keeps it.
 */
const BULK_PATHS: ReadonlySet<string> = new Set(['/v1/pre_approvals']);
const BULK_FACTOR = 16;

/**
 * Refuses a POST before anything reads it unless its body is JSON (`415`), and one whose
 * `Content-Length` already says it is too large (`413`). A cross-site page can send
 * `text/plain` or a form without a preflight; those never reach a handler. A body without a
 * `Content-Length` is counted as it streams in (see `readBody`).
 */
export function requestLimits(maxBodyBytes = MAX_BODY_BYTES): MiddlewareHandler<Env> {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const limit = BULK_PATHS.has(c.req.path) ? maxBodyBytes * BULK_FACTOR : maxBodyBytes;
    c.set('maxBodyBytes', limit);
    if (!isJsonMediaType(c.req.header('Content-Type'))) {
      throw new ApiError(
        'unsupported_media_type',
        'Send the request body as JSON, with "Content-Type: application/json"',
        { param: 'Content-Type' },
      );
    }
    const length = c.req.header('Content-Length');
    if (length !== undefined && /^\d+$/.test(length) && Number(length) > limit) {
      // The rest of the body is not read: the connection closes after the answer.
      c.get('replyHeaders').Connection = 'close';
      throw bodyTooLarge(limit);
    }
    await next();
  };
}
