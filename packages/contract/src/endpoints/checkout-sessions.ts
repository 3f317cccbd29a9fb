import { listOf } from '../list.js';
import {
  CheckoutSession,
  CreateCheckoutSessionParams,
  ListCheckoutSessionsParams,
} from '../resources/checkout-session.js';
import type { Endpoint } from './endpoint.js';

/** Checkout sessions, from the partner's server. */
export const checkoutSessionEndpoints = {
  createCheckoutSession: {
    method: 'POST',
    path: '/v1/checkout_sessions',
    auth: 'secret',
    tag: 'Checkout sessions',
    summary: 'Create a checkout session for one order and get its client secret',
    body: CreateCheckoutSessionParams,
    response: CheckoutSession,
  },
  retrieveCheckoutSession: {
    method: 'GET',
    path: '/v1/checkout_sessions/{id}',
    auth: 'secret',
    tag: 'Checkout sessions',
    summary: 'Retrieve a checkout session',
    response: CheckoutSession,
  },
  listCheckoutSessions: {
    method: 'GET',
    path: '/v1/checkout_sessions',
    auth: 'secret',
    tag: 'Checkout sessions',
    summary: 'List checkout sessions, newest first',
    query: ListCheckoutSessionsParams,
    response: listOf(CheckoutSession),
  },
  expireCheckoutSession: {
    method: 'POST',
    path: '/v1/checkout_sessions/{id}/expire',
    auth: 'secret',
    tag: 'Checkout sessions',
    summary: 'Expire an open checkout session so it can no longer be paid',
    response: CheckoutSession,
  },
} satisfies Record<string, Endpoint>;
