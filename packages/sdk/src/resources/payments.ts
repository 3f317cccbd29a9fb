import {
  escrowEndpoints,
  paymentEndpoints as endpoints,
  type CloseDisputeParams,
  type DisputePaymentParams,
  type ReleasePaymentParams,
  type ShipPaymentParams,
  type CreateRefundParams,
  type ListParams,
  type ListPaymentsParams,
  type Payment,
  type Refund,
} from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import { paginate, type PagePromise } from '../core/page.js';
import type { Transport } from '../core/transport.js';

/**
 * Payments from shops to suppliers, their refunds, and escrow (担保交易): shipment, release and
 * disputes of a payment held until the goods arrive (see docs/escrow.md).
 */
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

  /**
   * Reports that the goods of an escrowed payment shipped: the auto-release timer starts
   * (10 days for delivery, 2 for pickup, unless the session set `auto_release_days`).
   *
   * @example
   * ```ts
   * await xinghui.payments.ship(payment.id, { carrier: '顺丰速运', tracking_number: 'SF1234567890' });
   * ```
   */
  ship(id: string, params: ShipPaymentParams, options?: RequestOptions): Promise<Payment> {
    return this.transport.request(escrowEndpoints.shipPayment, { id, body: params, options });
  }

  /**
   * Releases escrowed money to the supplier with the secret key: all that is held, or `amount`
   * of it, with a `reason`. Only for a partner whose contract allows it (otherwise
   * `partner_release_not_allowed`): 确认收货 is the shop's own act, from its page
   * (`receipts.confirm`). The platform's commission is paid on the way, prorated.
   *
   * @example
   * ```ts
   * // Only where your contract allows it (`secret_key_release`), and with a reason:
   * await xinghui.payments.release(payment.id, { reason: 'Shop confirmed by phone' });
   * await xinghui.payments.release(payment.id, {
   *   amount: { amount: 10_000, currency: 'CNY' },
   *   reason: 'Part delivered, agreed with the shop',
   * });
   * ```
   */
  release(
    id: string,
    params: ReleasePaymentParams = {},
    options?: RequestOptions,
  ): Promise<Payment> {
    return this.transport.request(escrowEndpoints.releasePayment, { id, body: params, options });
  }

  /**
   * Opens a dispute (or a refund request) on an escrowed payment: the auto-release timer
   * pauses, and nothing is released until a refund or {@link Payments.closeDispute} resolves it.
   *
   * @example
   * ```ts
   * await xinghui.payments.dispute(payment.id, { reason: 'goods_not_received' });
   * ```
   */
  dispute(id: string, params: DisputePaymentParams, options?: RequestOptions): Promise<Payment> {
    return this.transport.request(escrowEndpoints.disputePayment, { id, body: params, options });
  }

  /**
   * Closes a dispute without a refund: `release` pays everything held to the supplier;
   * `resume` lets the timer run on with the time it had left.
   *
   * @example
   * ```ts
   * await xinghui.payments.closeDispute(payment.id, { resolution: 'resume' });
   * ```
   */
  closeDispute(id: string, params: CloseDisputeParams, options?: RequestOptions): Promise<Payment> {
    return this.transport.request(escrowEndpoints.closeDispute, { id, body: params, options });
  }
}
