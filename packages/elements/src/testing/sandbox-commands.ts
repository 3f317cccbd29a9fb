/**
 * What browser tests ask the partner's "server" (the sandbox plugin, in Node) to do. The secret
 * key stays in Node: a test names its partner by `ref` (or by a checkout session's id).
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** A fresh partner with a shop (buyer) and a supplier; `ref` names it in later commands. */
export interface Partner {
  ref: string;
  apiBase: string;
  publishableKey: string;
  buyer: string;
  supplier: string;
  wallet: string;
}

export interface Checkout {
  apiBase: string;
  publishableKey: string;
  clientSecret: string;
  sessionId: string;
}

/** Whatever names a partner in a command: a {@link Partner} or a {@link Checkout}. */
export type PartnerRef = Partner | Checkout;

const refOf = (world: PartnerRef) => ('ref' in world ? world.ref : world.sessionId);

/** A fresh partner, shop (with `topUp` fen in its wallet, 1,000.00 by default) and supplier. */
export function newPartner(options: { topUp?: number } = {}): Promise<Partner> {
  return executeServerCommand('xinghui-partner', options);
}

/**
 * Calls the partner's API with its secret key, as the partner's server would: create credit
 * applications, checkout and wallet sessions, move the clock.
 *
 * @example
 * ```ts
 * const session = await server(partner, 'POST', '/v1/wallet_sessions', { buyer: partner.buyer });
 * ```
 */
export function server<T = Record<string, unknown>>(
  world: PartnerRef,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<T> {
  return executeServerCommand('xinghui-server', { ref: refOf(world), method, path, body });
}

/** What a test checkout needs besides the defaults. */
export interface CheckoutOptions {
  /** Fen in the shop's wallet (1,000.00 by default; 0 with `frozen`). */
  topUp?: number;
  /** The order's amount in fen (258.00 by default). */
  amount?: number;
  expiresIn?: number;
  /** `['wallet', 'credit']` to allow paying on credit; `['wallet']` by default. */
  paymentMethods?: ('wallet' | 'credit')[];
  /** Opens the shop's credit line first: a limit in yuan, or `'approve'` (20,000 at 10.95%). */
  line?: number | 'approve';
  /** The shop's business name, with a scenario trigger (`贝贝母婴生活馆 [decline]`). */
  shopName?: string;
  /** The shop borrowed earlier and missed the due date: its line is frozen for overdue. */
  frozen?: boolean;
  /** Hold the payment in escrow (担保交易), with the default terms. */
  escrow?: boolean;
}

/** A fresh partner, shop, supplier and open checkout session. */
export function newCheckout(options: CheckoutOptions = {}): Promise<Checkout> {
  return executeServerCommand('xinghui-checkout', options);
}

/**
 * The one-time code the shop owner's phone shows, for a checkout session or (with `sessionId`)
 * a wallet session of the partner.
 */
export function codeFor(world: PartnerRef, sessionId?: string): Promise<string> {
  return executeServerCommand('xinghui-code', {
    ref: refOf(world),
    sessionId: sessionId ?? refOf(world),
  });
}

export function advanceClock(world: PartnerRef, seconds: number): Promise<unknown> {
  return executeServerCommand('xinghui-advance', { ref: refOf(world), seconds });
}

export function topUp(world: PartnerRef, amount: number): Promise<unknown> {
  return executeServerCommand('xinghui-top-up', { ref: refOf(world), amount });
}

export function books(world: PartnerRef): Promise<{ supplierBalance: number; ledgerOk: boolean }> {
  return executeServerCommand('xinghui-books', { ref: refOf(world) });
}
