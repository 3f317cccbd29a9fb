import {
  loanEndpoints as endpoints,
  type CreateRepaymentParams,
  type ListLoansParams,
  type ListParams,
  type Loan,
  type LoanAgreement,
  type LoanAgreementQuery,
  type LoanOffers,
  type Repayment,
} from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import { paginate, type PagePromise } from '../core/page.js';
import type { Transport } from '../core/transport.js';

/** Loans (借据): each drawdown, disbursed straight to the supplier of its order. */
export class Loans {
  constructor(private readonly transport: Transport) {}

  /**
   * What paying a checkout session on credit would cost, per term of the shop's line:
   * schedule, total interest, APR, daily rate and due dates.
   *
   * @example
   * ```ts
   * const offers = await xinghui.loans.listOffers(session.id);
   * for (const offer of offers.data) console.log(offer.repayment_method, offer.length, offer.schedule.total_interest);
   * ```
   */
  listOffers(checkoutSession: string, options?: RequestOptions): Promise<LoanOffers> {
    return this.transport.request(endpoints.listCheckoutSessionLoanOffers, {
      id: checkoutSession,
      options,
    });
  }

  /**
   * Retrieves a loan note with its schedule and the agreement the shop accepted.
   *
   * @example
   * ```ts
   * const loan = await xinghui.loans.retrieve('loan_8Gh2Jk4Lm6Np8Qr0');
   * console.log(loan.schedule.installments[0].due_date);
   * ```
   */
  retrieve(id: string, options?: RequestOptions): Promise<Loan> {
    return this.transport.request(endpoints.retrieveLoan, { id, options });
  }

  /**
   * Reads a loan's own agreement (借款合同), generated from its figures at the offer and recorded
   * with the drawdown: its text (the default) or a printable HTML document of the same text, with
   * the bank's SHA-256 of the text.
   *
   * @example
   * ```ts
   * const agreement = await xinghui.loans.retrieveAgreement(loan.id, { format: 'html' });
   * console.log(agreement.text_sha256 === loan.agreement.text_sha256); // true
   * ```
   */
  retrieveAgreement(
    id: string,
    params: LoanAgreementQuery = {},
    options?: RequestOptions,
  ): Promise<LoanAgreement> {
    return this.transport.request(endpoints.retrieveLoanAgreement, { id, query: params, options });
  }

  /**
   * Repays a loan from the shop's wallet: everything by default (the payoff: principal plus
   * interest to date, no fee), or `amount` of it, for any loan. A part payment of an instalment
   * loan pays what is due first, then prepays principal: the instalments left are recomputed
   * and keep their due dates. The receipt says what went to penalty, interest and principal,
   * in that order.
   *
   * @throws `XinghuiPaymentError` `insufficient_balance`; `XinghuiInvalidRequestError`
   *   `amount_too_large`
   * @example
   * ```ts
   * const { payoff_amount } = await xinghui.loans.retrieve(loan.id);
   * const receipt = await xinghui.loans.repay(loan.id); // all of it
   * console.log(receipt.interest, receipt.principal);
   * ```
   */
  repay(
    id: string,
    params: CreateRepaymentParams = {},
    options?: RequestOptions,
  ): Promise<Repayment> {
    return this.transport.request(endpoints.createRepayment, { id, body: params, options });
  }

  /**
   * Lists a loan's repayments, newest first.
   *
   * @example
   * ```ts
   * const { data: receipts } = await xinghui.loans.listRepayments(loan.id);
   * ```
   */
  listRepayments(
    id: string,
    params: ListParams = {},
    options?: RequestOptions,
  ): PagePromise<Repayment> {
    return paginate(
      (starting_after) =>
        this.transport.request(endpoints.listRepayments, {
          id,
          query: { ...params, starting_after },
          options,
        }),
      params.starting_after,
    );
  }

  /**
   * Lists loans, newest first, by shop or status.
   *
   * @example
   * ```ts
   * for await (const loan of xinghui.loans.list({ buyer: shop.id, status: 'active' })) total += loan.principal_outstanding.amount;
   * ```
   */
  list(params: ListLoansParams = {}, options?: RequestOptions): PagePromise<Loan> {
    return paginate(
      (starting_after) =>
        this.transport.request(endpoints.listLoans, {
          query: { ...params, starting_after },
          options,
        }),
      params.starting_after,
    );
  }
}
