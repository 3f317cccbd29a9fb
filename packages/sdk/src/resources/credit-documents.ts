import {
  creditDocumentEndpoints as endpoints,
  type CreditLineStatement,
  type PayoffCertificate,
} from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import type { Transport } from '../core/transport.js';

/**
 * The documents the bank gives a borrowing shop: a line's monthly statement (月度对账单) and a
 * repaid loan's payoff certificate (结清证明), each as figures, text, printable HTML and the
 * bank's hash of the text.
 */
export class CreditDocuments {
  constructor(private readonly transport: Transport) {}

  /**
   * A line's statement for one month (`YYYY-MM`, Asia/Shanghai): opening and closing principal,
   * drawdowns, principal repaid and refunded, interest and penalty paid. The figures add up:
   * closing = opening + drawdowns − repaid − refunded.
   *
   * @throws `XinghuiInvalidRequestError` `parameter_invalid` for a month that has not begun
   * @example
   * ```ts
   * const statement = await xinghui.creditDocuments.retrieveStatement(line.id, '2026-12');
   * console.log(statement.closing_balance, statement.text);
   * ```
   */
  retrieveStatement(
    creditLine: string,
    month: string,
    options?: RequestOptions,
  ): Promise<CreditLineStatement> {
    return this.transport.request(endpoints.retrieveCreditLineStatement, {
      id: creditLine,
      query: { month },
      options,
    });
  }

  /**
   * The payoff certificate of a repaid loan: principal, what was paid and how, the dates.
   *
   * @throws `XinghuiInvalidRequestError` `loan_not_repaid` while the loan still owes anything
   * @example
   * ```ts
   * const certificate = await xinghui.creditDocuments.retrievePayoffCertificate(loanId);
   * console.log(certificate.repaid_on, certificate.text_sha256);
   * ```
   */
  retrievePayoffCertificate(loan: string, options?: RequestOptions): Promise<PayoffCertificate> {
    return this.transport.request(endpoints.retrievePayoffCertificate, { id: loan, options });
  }
}
