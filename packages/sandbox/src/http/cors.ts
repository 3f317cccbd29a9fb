import {
  CLIENT_SECRET_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  API_VERSION_HEADER,
  REQUEST_ID_HEADER,
  IDEMPOTENT_REPLAY_HEADER,
} from '@xinghui/contract';
import type { MiddlewareHandler } from 'hono';
import type { Env } from './env.js';

/**
 * CORS for the page-facing endpoints (`/v1/client/…`) only; server endpoints get no CORS
 * headers, so no page can read their answers.
 *
 * A preflight carries no credentials, so it cannot tell whose publishable key will follow: it
 * is answered for any origin, and the real request is then checked against the key's allowed
 * origins (refused with `origin_not_allowed`, readable by the page so the developer sees why).
 */
export const clientCors: MiddlewareHandler<Env> = async (c, next) => {
  const origin = c.req.header('Origin');
  if (!origin) return next();
  if (c.req.method === 'OPTIONS') {
    return c.body(null, 204, {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': 'GET, POST',
      'Access-Control-Allow-Headers': [
        'Authorization',
        'Content-Type',
        CLIENT_SECRET_HEADER,
        IDEMPOTENCY_KEY_HEADER,
        API_VERSION_HEADER,
      ].join(', '),
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    });
  }
  await next();
  c.header('Access-Control-Allow-Origin', origin);
  c.header(
    'Access-Control-Expose-Headers',
    [REQUEST_ID_HEADER, IDEMPOTENT_REPLAY_HEADER, 'Retry-After'].join(', '),
  );
  c.header('Vary', 'Origin');
};
