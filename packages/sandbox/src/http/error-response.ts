import {
  ERROR_CODES,
  SHOULD_RETRY_HEADER,
  type ErrorCode,
  type ErrorEnvelope,
} from '@xinghui/contract';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError } from '../engine/core/api-error.js';
import { ClientDisconnectedError } from './body.js';
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

/**
 * Whether the error in an error body may be retried, from the contract's table: read from the
 * body so that a replayed refusal says the same as the first answer did.
 */
function shouldRetry(body: string): boolean {
  try {
    const code = (JSON.parse(body) as ErrorEnvelope).error.code as ErrorCode;
    return ERROR_CODES[code]?.retryable ?? false;
  } catch {
    return false;
  }
}

/**
 * Sends a reply with its exact body (replays must be byte for byte). Every error carries
 * `Xinghui-Should-Retry`, so a client knows whether sending it again can help.
 */
export function send(
  c: Context<Env>,
  reply: { status: ContentfulStatusCode; body: string; retryAfter?: number },
): Response {
  const headers: Record<string, string> = {
    ...c.get('replyHeaders'),
    'Content-Type': 'application/json; charset=utf-8',
  };
  if (reply.retryAfter !== undefined) headers['Retry-After'] = String(reply.retryAfter);
  if (reply.status >= 400) headers[SHOULD_RETRY_HEADER] = String(shouldRetry(reply.body));
  c.set('replyBody', reply.body);
  // Built here, with every header at once: `c.body` would copy them into web `Headers`.
  const response = new Response(reply.body, { status: reply.status, headers });
  c.set('reply', response);
  return response;
}

/**
 * The one place errors become responses: a refusal becomes its envelope; a client that went
 * away is logged as such (nobody reads the answer); anything else is a bug, logged with its
 * stack and answered as `internal_error` without details.
 */
export function onError(error: Error, c: Context<Env>) {
  const requestId = c.get('requestId');
  if (error instanceof ApiError) return send(c, errorReply(error, requestId));
  if (error instanceof ClientDisconnectedError) {
    c.set('clientDisconnected', true);
    return send(c, errorReply(new ApiError('body_invalid', error.message), requestId));
  }
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
