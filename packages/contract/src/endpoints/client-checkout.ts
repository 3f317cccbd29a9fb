import {
  ClientCheckoutSession,
  ConfirmCheckoutSessionParams,
  VerificationCode,
} from '../resources/checkout-session.js';
import type { Endpoint } from './endpoint.js';

/** The checkout session from its page: what the browser SDK calls. */
export const clientCheckoutEndpoints = {
  retrieveClientCheckoutSession: {
    method: 'GET',
    path: '/v1/client/checkout_session',
    auth: 'client',
    tag: 'Checkout (page)',
    summary: 'Read the checkout session named by the client secret, as the page shows it',
    response: ClientCheckoutSession,
  },
  requestCheckoutVerificationCode: {
    method: 'POST',
    path: '/v1/client/checkout_session/verification_codes',
    auth: 'client',
    tag: 'Checkout (page)',
    summary:
      "Send a one-time code to the shop owner's phone, bound to this session's amount and payee",
    response: VerificationCode,
  },
  confirmCheckoutSession: {
    method: 'POST',
    path: '/v1/client/checkout_session/confirm',
    auth: 'client',
    tag: 'Checkout (page)',
    summary: 'Pay the checkout session with the one-time code',
    body: ConfirmCheckoutSessionParams,
    response: ClientCheckoutSession,
  },
} satisfies Record<string, Endpoint>;
