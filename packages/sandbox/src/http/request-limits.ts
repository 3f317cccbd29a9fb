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
 * Refuses a POST before anything reads it unless its body is JSON (`415`), and one whose
 * `Content-Length` already says it is too large (`413`). A cross-site page can send
 * `text/plain` or a form without a preflight; those never reach a handler. A body without a
 * `Content-Length` is counted as it streams in (see `readBody`).
 */
export function requestLimits(maxBodyBytes = MAX_BODY_BYTES): MiddlewareHandler<Env> {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    c.set('maxBodyBytes', maxBodyBytes);
    if (!isJsonMediaType(c.req.header('Content-Type'))) {
      throw new ApiError(
        'unsupported_media_type',
        'Send the request body as JSON, with "Content-Type: application/json"',
        { param: 'Content-Type' },
      );
    }
    const length = c.req.header('Content-Length');
    if (length !== undefined && /^\d+$/.test(length) && Number(length) > maxBodyBytes) {
      // The rest of the body is not read: the connection closes after the answer.
      c.header('Connection', 'close');
      throw bodyTooLarge(maxBodyBytes);
    }
    await next();
  };
}
