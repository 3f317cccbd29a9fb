import { ERROR_CODES, type ErrorEnvelope } from '@xinghui/contract';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError } from '../engine/core/api-error.js';
import type { Env } from './env.js';

/** An error as the bank sends it: the status and the exact body text. */
export interface ErrorReply {
  status: ContentfulStatusCode;
  body: string;
  retryAfter?: number;
}

/** Renders an ApiError as the error envelope of the contract. */
export function errorReply(error: ApiError, requestId: string): ErrorReply {
  const { type, status } = ERROR_CODES[error.code];
  const envelope: ErrorEnvelope = {
    error: {
      type,
      code: error.code,
      message: error.message,
      ...(error.options.param === undefined ? {} : { param: error.options.param }),
      request_id: requestId,
    },
  };
  return { status, body: JSON.stringify(envelope), retryAfter: error.options.retryAfter };
}

/** Sends a reply with its exact body (replays must be byte for byte). */
export function send(
  c: Context<Env>,
  reply: { status: ContentfulStatusCode; body: string; retryAfter?: number },
) {
  if (reply.retryAfter !== undefined) c.header('Retry-After', String(reply.retryAfter));
  return c.body(reply.body, reply.status, { 'Content-Type': 'application/json; charset=utf-8' });
}

/**
 * The one place errors become responses: a refusal becomes its envelope; anything else is a
 * bug, logged with its stack and answered as `internal_error` without details.
 */
export function onError(error: Error, c: Context<Env>) {
  const requestId = c.get('requestId');
  if (error instanceof ApiError) return send(c, errorReply(error, requestId));
  c.get('bank').log({
    msg: 'internal error',
    request_id: requestId,
    error: String(error.stack ?? error),
  });
  return send(
    c,
    errorReply(
      new ApiError('internal_error', 'The bank failed; the request may be retried'),
      requestId,
    ),
  );
}
