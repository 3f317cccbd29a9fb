import {
  checkoutSessionEndpoints as endpoints,
  type CheckoutSession,
  type CreateCheckoutSessionParams,
  type ListCheckoutSessionsParams,
} from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import { paginate, type PagePromise } from '../core/page.js';
import type { Transport } from '../core/transport.js';

/**
 * Checkout sessions, from the partner's server: fix the order's amount and payee here, then hand
 * the session's `client_secret` to the page.
 */
export class CheckoutSessions {
  constructor(private readonly transport: Transport) {}

  /**
   * Creates a checkout session for one order.
   *
   * @example
   * ```ts
   * const session = await xinghui.checkoutSessions.create({
   *   buyer: shop.id,
   *   supplier: supplier.id,
   *   amount: { amount: 25_800, currency: 'CNY' },
   *   line_items: [{ name: '婴儿纸尿裤 L 码 (箱)', quantity: 2, unit_amount: { amount: 12_900, currency: 'CNY' } }],
   * });
   * res.json({ clientSecret: session.client_secret });
   * ```
   */
  create(params: CreateCheckoutSessionParams, options?: RequestOptions): Promise<CheckoutSession> {
    return this.transport.request(endpoints.createCheckoutSession, { body: params, options });
  }

  /**
   * Retrieves a checkout session, with the payment once it is paid.
   *
   * @example
   * ```ts
   * const session = await xinghui.checkoutSessions.retrieve('cs_2aB4cD6eF8gH0iJk');
   * if (session.status === 'complete') fulfil(session.payment);
   * ```
   */
  retrieve(id: string, options?: RequestOptions): Promise<CheckoutSession> {
    return this.transport.request(endpoints.retrieveCheckoutSession, { id, options });
  }

  /**
   * Lists checkout sessions, newest first, optionally by buyer or status.
   *
   * @example
   * ```ts
   * const open = await xinghui.checkoutSessions.list({ status: 'open' });
   * ```
   */
  list(
    params: ListCheckoutSessionsParams = {},
    options?: RequestOptions,
  ): PagePromise<CheckoutSession> {
    return paginate(
      (starting_after) =>
        this.transport.request(endpoints.listCheckoutSessions, {
          query: { ...params, starting_after },
          options,
        }),
      params.starting_after,
    );
  }

  /**
   * Expires an open session: its page can no longer pay it (the order was cancelled, say).
   *
   * @example
   * ```ts
   * await xinghui.checkoutSessions.expire(session.id);
   * ```
   */
  expire(id: string, options?: RequestOptions): Promise<CheckoutSession> {
    return this.transport.request(endpoints.expireCheckoutSession, { id, options });
  }
}
