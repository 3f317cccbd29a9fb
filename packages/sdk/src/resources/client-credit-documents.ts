import {
  clientCreditDocumentEndpoints as endpoints,
  type CreditLineStatement,
  type PayoffCertificate,
} from '@xinghui/contract';
import { scopedTo } from '../core/client-secret.js';
import type { RequestOptions } from '../core/options.js';
import { wire, type Transport } from '../core/transport.js';

/**
 * The shop's own credit documents, from the page of a wallet session (its client secret): its
 * line's monthly statement (月度对账单) and a repaid loan's payoff certificate (结清证明). The
 * same documents, with the same names, as the server's `xinghui.creditDocuments`; another
 * shop's are as missing as none (`resource_missing`).
 */
export class ClientCreditDocuments {
  constructor(private readonly transport: Transport) {}

  /**
   * The statement of the shop's line for one month (`YYYY-MM`, Asia/Shanghai): opening and
   * closing principal, drawdowns, principal repaid and refunded, interest and penalty paid, as
   * figures, text and a printable HTML document.
   *
   * @throws `XinghuiInvalidRequestError` `parameter_invalid` for a month that has not begun;
   *   `resource_missing` when the shop has no credit line
   * @example
   * ```ts
   * const statement = await xinghui.creditDocuments.retrieveStatement(clientSecret, '2026-12');
   * console.log(statement.closing_balance);
   * ```
   */
  retrieveStatement(
    clientSecret: string,
    month: string,
    options?: RequestOptions,
  ): Promise<CreditLineStatement> {
    return this.transport.request(wire(endpoints.retrieveClientCreditLineStatement), {
      ...scopedTo(clientSecret, options),
      query: { month },
    });
  }

  /**
   * The payoff certificate of one of the shop's repaid loans.
   *
   * @throws `XinghuiInvalidRequestError` `loan_not_repaid` while the loan still owes anything
   * @example
   * ```ts
   * const certificate = await xinghui.creditDocuments.retrievePayoffCertificate(clientSecret, loanId);
   * console.log(certificate.repaid_on, certificate.total_paid);
   * ```
   */
  retrievePayoffCertificate(
    clientSecret: string,
    loanId: string,
    options?: RequestOptions,
  ): Promise<PayoffCertificate> {
    return this.transport.request(wire(endpoints.retrieveClientPayoffCertificate), {
      ...scopedTo(clientSecret, options),
      id: loanId,
    });
  }
}
