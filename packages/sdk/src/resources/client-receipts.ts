import {
  clientReceiptEndpoints as endpoints,
  type ConfirmReceiptParams,
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
