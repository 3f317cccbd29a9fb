import {
  paymentEndpoints as endpoints,
  type CreateRefundParams,
  type ListParams,
  type ListPaymentsParams,
  type Payment,
  type Refund,
} from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import { paginate, type PagePromise } from '../core/page.js';
import type { Transport } from '../core/transport.js';

/** Payments from shops to suppliers, and their refunds. */
export class Payments {
  constructor(private readonly transport: Transport) {}

  /**
   * Retrieves a payment.
   *
   * @example
   * ```ts
   * const payment = await xinghui.payments.retrieve(session.payment!);
   * ```
   */
  retrieve(id: string, options?: RequestOptions): Promise<Payment> {
    return this.transport.request(endpoints.retrievePayment, { id, options });
  }

  /**
   * Lists payments, newest first, optionally by buyer or supplier.
   *
   * @example
   * ```ts
   * for await (const payment of xinghui.payments.list({ supplier: supplier.id })) total += payment.amount.amount;
   * ```
   */
  list(params: ListPaymentsParams = {}, options?: RequestOptions): PagePromise<Payment> {
    return paginate(
      (starting_after) =>
        this.transport.request(endpoints.listPayments, {
          query: { ...params, starting_after },
          options,
        }),
      params.starting_after,
    );
  }

  /**
   * Refunds all of a payment, or part of it, to the shop's wallet.
   *
   * @example
   * ```ts
   * // one box of two came back damaged
   * await xinghui.payments.refund(payment.id, { amount: { amount: 12_900, currency: 'CNY' }, reason: 'requested_by_buyer' });
   * ```
   */
  refund(id: string, params: CreateRefundParams = {}, options?: RequestOptions): Promise<Refund> {
    return this.transport.request(endpoints.createRefund, { id, body: params, options });
  }

  /**
   * Lists a payment's refunds, newest first.
   *
   * @example
   * ```ts
   * const { data: refunds } = await xinghui.payments.listRefunds(payment.id);
   * ```
   */
  listRefunds(id: string, params: ListParams = {}, options?: RequestOptions): PagePromise<Refund> {
    return paginate(
      (starting_after) =>
        this.transport.request(endpoints.listRefunds, {
          id,
          query: { ...params, starting_after },
          options,
        }),
      params.starting_after,
    );
  }
}
