import {
  clientReceiptEndpoints as endpoints,
  type ConfirmReceiptParams,
  type List,
  type ListParams,
  type Payment,
  type ReceiptConfirmation,
  type VerificationCode,
} from '@xinghui/contract';
import { scopedTo } from '../core/client-secret.js';
import type { RequestOptions } from '../core/options.js';
import { wire, type Transport } from '../core/transport.js';

/**
 * 确认收货 from the shop's page (a wallet session's client secret): the shop itself authorises releasing escrowed money to the supplier, with a one-time code.
 */
export class ClientReceipts {
  constructor(private readonly transport: Transport) {}

  /**
   * Lists the shop's payments held in escrow awaiting its receipt (held, shipped or disputed),
   * newest first: for each, what confirming releases, to which supplier, and when the bank
   * releases it by itself.
   *
   * @example
   * ```ts
   * const { data: awaiting } = await xinghui.receipts.list(clientSecret, { limit: 20 });
   * ```
   */
  list(
    clientSecret: string,
    params: ListParams = {},
    options?: RequestOptions,
  ): Promise<List<ReceiptConfirmation>> {
    return this.transport.request(wire(endpoints.listReceiptConfirmations), {
      ...scopedTo(clientSecret, options),
      query: params,
    });
  }

  /**
   * Reads what confirming receipt releases now and to whom, to state it before asking for a code.
   *
   * @example
   * ```ts
   * const { amount, supplier_name } = await xinghui.receipts.retrieve(clientSecret, paymentId);
   * ```
   */
  retrieve(
    clientSecret: string,
    paymentId: string,
    options?: RequestOptions,
  ): Promise<ReceiptConfirmation> {
    return this.transport.request(wire(endpoints.retrieveReceiptConfirmation), {
      ...scopedTo(clientSecret, options),
      id: paymentId,
    });
  }

  /**
   * Sends the shop owner a code bound to releasing what is held to this payment's supplier.
   *
   * @example
   * ```ts
   * const sent = await xinghui.receipts.requestCode(clientSecret, paymentId);
   * ```
   */
  requestCode(
    clientSecret: string,
    paymentId: string,
    options?: RequestOptions,
  ): Promise<VerificationCode> {
    return this.transport.request(wire(endpoints.requestReceiptConfirmationCode), {
      ...scopedTo(clientSecret, options),
      id: paymentId,
      body: {},
    });
  }

  /**
   * Confirms receipt with the code: the bank pays the supplier everything it holds and records
   * `released_by: 'shop'`.
   *
   * @example
   * ```ts
   * const payment = await xinghui.receipts.confirm(clientSecret, paymentId, {
   *   verification_code: '123456',
   * });
   * ```
   */
  confirm(
    clientSecret: string,
    paymentId: string,
    params: ConfirmReceiptParams,
    options?: RequestOptions,
  ): Promise<Payment> {
    return this.transport.request(wire(endpoints.confirmClientReceipt), {
      ...scopedTo(clientSecret, options),
      id: paymentId,
      body: params,
    });
  }
}
