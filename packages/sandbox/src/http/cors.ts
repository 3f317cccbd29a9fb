import {
  API_VERSION_HEADER,
  CLIENT_SECRET_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAY_HEADER,
  REQUEST_ID_HEADER,
  SHOULD_RETRY_HEADER,
} from '@xinghui/contract';
import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { findApiKey, originAllowed } from '../engine/core/partners.js';
import type { Env } from './env.js';

/** Response headers a page may read: what the SDK needs to report and to retry. */
const EXPOSED_LIST = [
  REQUEST_ID_HEADER,
  IDEMPOTENT_REPLAY_HEADER,
  SHOULD_RETRY_HEADER,
  'Retry-After',
].join(', ');

/**
 * True when the request's publishable key lets pages on `origin` use it. An unknown key, or a
 * secret key, allows no origin at all.
 */
function keyAllowsOrigin(c: Context<Env>, origin: string): boolean {
  const key = /^Bearer (\S+)$/.exec(c.req.header('Authorization') ?? '')?.[1];
  const found = key === undefined ? undefined : findApiKey(c.get('bank').store, key);
  return found?.kind === 'publishable' && originAllowed(found.partner, origin);
}

const honoCors = cors({
  // A preflight carries no credentials, so it cannot tell whose publishable key will follow,
  // and it reads nothing: it is answered for any origin. The request itself gets CORS headers
  // only when its key allows the page's origin; a refused origin gets none, so the page cannot
  // read the answer (the refusal is still `origin_not_allowed` for tools that can).
  origin: (origin, c) =>
    origin && (c.req.method === 'OPTIONS' || keyAllowsOrigin(c as Context<Env>, origin))
      ? origin
      : null,
  allowMethods: ['GET', 'POST'],
  allowHeaders: [
    'Authorization',
    'Content-Type',
    CLIENT_SECRET_HEADER,
    IDEMPOTENCY_KEY_HEADER,
    API_VERSION_HEADER,
  ],
  maxAge: 600,
});

/**
 * CORS for the page-facing endpoints (`/v1/client/…`) only; server endpoints get no CORS
 * headers, so no page can read their answers. Preflights go through `hono/cors`. A request
 * itself gets what `hono/cors` would give it (the origin when its key allows it, and
 * `Vary: Origin` always), put in the answer's header record before the handler (see
 * `replyHeaders`): `hono/cors` adds `Vary` with `c.header` after the handler, which rebuilds
 * the finished Response around a stream and sends every page call down the slow streamed path.
 */
export const clientCors: MiddlewareHandler<Env> = async (c, next) => {
  if (c.req.method === 'OPTIONS') return honoCors(c, next);
  const origin = c.req.header('Origin') ?? '';
  const headers = c.get('replyHeaders');
  if (origin !== '' && keyAllowsOrigin(c, origin)) {
    headers['Access-Control-Allow-Origin'] = origin;
    headers['Access-Control-Expose-Headers'] = EXPOSED_LIST;
  }
  headers.Vary = 'Origin';
  await next();
};
