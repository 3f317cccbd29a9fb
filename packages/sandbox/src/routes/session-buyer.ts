import type { Context } from '../engine/core/context.js';
import { getCheckoutSession } from '../engine/payments/checkout-sessions.js';
import { getWalletSession } from '../engine/payments/wallet-sessions.js';

/** The shop a page's session (checkout `cs_…` or wallet `ws_…`) is about. */
export function buyerOfSession(ctx: Context, sessionId: string): string {
  return sessionId.startsWith('ws_')
    ? getWalletSession(ctx, sessionId).buyer
    : getCheckoutSession(ctx, sessionId).buyer;
}
