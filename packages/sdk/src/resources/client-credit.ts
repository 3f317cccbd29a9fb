import {
  clientCreditEndpoints as endpoints,
  type CreateClientCreditApplicationParams,
  type CreditApplication,
  type CreditLine,
  type LoanOffers,
} from '@xinghui/contract';
import { scopedTo } from '../core/client-secret.js';
import type { RequestOptions } from '../core/options.js';
import { wire, type Transport } from '../core/transport.js';

/**
 * Credit from the page, for the shop of the session named by the client secret (the line may
 * also be read from a wallet session's page).
 */
export class ClientCredit {
  constructor(private readonly transport: Transport) {}

  /**
   * Reads the shop's credit line: from a checkout session's page, or a wallet session's
   * (`ws_…_secret_…`, the "my account" page).
   *
   * @throws `XinghuiInvalidRequestError` `resource_missing` when the shop has no line yet
   * @example
   * ```ts
   * const line = await xinghui.credit.retrieveLine(clientSecret);
   * ```
   */
  retrieveLine(clientSecret: string, options?: RequestOptions): Promise<CreditLine> {
    return this.transport.request(
      wire(endpoints.retrieveClientCreditLine),
      scopedTo(clientSecret, options),
    );
  }

  /**
   * What paying this order on credit would cost, per term: schedule, total interest, APR (always
   * shown), daily rate and due dates. Pay with one by confirming the session with
   * `payment_method: 'credit'` and its `term`.
   *
   * @example
   * ```ts
   * const offers = await xinghui.credit.listLoanOffers(clientSecret);
   * const [first] = offers.data;
   * await xinghui.checkoutSessions.confirm(clientSecret, {
   *   payment_method: 'credit',
   *   term: { repayment_method: first.repayment_method, length: first.length },
   *   verification_code: '123456',
   * });
   * ```
   */
  listLoanOffers(clientSecret: string, options?: RequestOptions): Promise<LoanOffers> {
    return this.transport.request(
      wire(endpoints.listClientLoanOffers),
      scopedTo(clientSecret, options),
    );
  }

  /**
   * Applies for the shop's credit line from the checkout, after the credit-query consent. The
   * owner either confirms the details the partner registered, shown masked on the session
   * (`buyer.credit_code_masked`, `owner_name_masked`, `phone_masked`): send only
   * `months_trading`; or types all four identity fields, checked against the shop the session
   * names (a mismatch is declined with reason `identity_mismatch`).
   *
   * @example
   * ```ts
   * // The details on file, confirmed by the shop owner:
   * const application = await xinghui.credit.apply(clientSecret, { months_trading: 36 });
   * // Or typed in full:
   * await xinghui.credit.apply(clientSecret, {
   *   business_name: '贝贝母婴生活馆', credit_code: '91440300708461136T',
   *   owner_name: '林晓梅', phone: '13800138000', months_trading: 36,
   * });
   * ```
   */
  apply(
    clientSecret: string,
    params: CreateClientCreditApplicationParams,
    options?: RequestOptions,
  ): Promise<CreditApplication> {
    return this.transport.request(wire(endpoints.createClientCreditApplication), {
      ...scopedTo(clientSecret, options),
      body: params,
    });
  }
}
