import { endpoints } from '@xinghui/contract';
import type { Hono } from 'hono';
import {
  createCheckoutSession,
  expireCheckoutSession,
  listCheckoutSessions,
  retrieveCheckoutSession,
} from '../engine/payments/checkout-sessions.js';
import type { Env } from '../http/env.js';
import { mount } from '../http/mount.js';

/** Checkout sessions, from the partner's server. */
export function checkoutSessionRoutes(app: Hono<Env>): void {
  mount(app, endpoints.createCheckoutSession, (ctx, { body }) => createCheckoutSession(ctx, body));
  mount(app, endpoints.retrieveCheckoutSession, (ctx, { id }) => retrieveCheckoutSession(ctx, id));
  mount(app, endpoints.listCheckoutSessions, (ctx, { query }) => listCheckoutSessions(ctx, query));
  mount(app, endpoints.expireCheckoutSession, (ctx, { id }) => expireCheckoutSession(ctx, id));
}
