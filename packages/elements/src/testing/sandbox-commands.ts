/**
 * What browser tests ask the partner's "server" (the sandbox plugin, in Node) to do.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface Checkout {
  apiBase: string;
  publishableKey: string;
  clientSecret: string;
  sessionId: string;
}

/** A fresh partner, shop, supplier and open checkout session. */
export function newCheckout(
  options: { topUp?: number; amount?: number; expiresIn?: number } = {},
): Promise<Checkout> {
  return executeServerCommand('xinghui-checkout', options);
}

/** The one-time code sent for a session, as the shop owner's phone shows it. */
export function codeFor(checkout: Checkout): Promise<string> {
  return executeServerCommand('xinghui-code', { sessionId: checkout.sessionId });
}

export function advanceClock(checkout: Checkout, seconds: number): Promise<unknown> {
  return executeServerCommand('xinghui-advance', { sessionId: checkout.sessionId, seconds });
}

export function topUp(checkout: Checkout, amount: number): Promise<unknown> {
  return executeServerCommand('xinghui-top-up', { sessionId: checkout.sessionId, amount });
}

export function books(checkout: Checkout): Promise<{ supplierBalance: number; ledgerOk: boolean }> {
  return executeServerCommand('xinghui-books', { sessionId: checkout.sessionId });
}
