import { endpoints } from '@xinghui/contract';
import type { Hono } from 'hono';
import { getCheckoutSession, presentClientSession } from '../engine/payments/checkout-sessions.js';
import { confirmCheckoutSession, requestCheckoutCode } from '../engine/payments/payments.js';
import type { Env } from '../http/env.js';
import { mount } from '../http/mount.js';

/** The checkout session from its page: each call names the capability it needs. */
export function clientCheckoutSessionRoutes(app: Hono<Env>): void {
  mount(
    app,
    endpoints.retrieveClientCheckoutSession,
    (ctx, { sessionId }) => presentClientSession(ctx, getCheckoutSession(ctx, sessionId)),
    'read_session',
  );
  mount(
    app,
    endpoints.requestCheckoutVerificationCode,
    (ctx, { sessionId }) => requestCheckoutCode(ctx, getCheckoutSession(ctx, sessionId)),
    'request_verification_code',
  );
  mount(
    app,
    endpoints.confirmCheckoutSession,
    (ctx, { sessionId, body }) =>
      confirmCheckoutSession(ctx, getCheckoutSession(ctx, sessionId), body),
    'confirm',
  );
}
