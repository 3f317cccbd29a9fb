import {
  clientWalletEndpoints as endpoints,
  type ClientRepaymentParams,
  type Consent,
  type LimitReview,
  type List,
  type ListParams,
  type Loan,
  type LoanAgreement,
  type LoanAgreementQuery,
  type RepaymentCodeParams,
  type Repayment,
  type VerificationCode,
  type Wallet,
  type WalletTransaction,
} from '@xinghui/contract';
import { scopedTo } from '../core/client-secret.js';
import type { RequestOptions } from '../core/options.js';
import { wire, type Transport } from '../core/transport.js';

/** The shop's own money, from the page of a wallet session (its client secret). */
export class ClientWallet {
  constructor(private readonly transport: Transport) {}

  /**
   * Reads the shop's wallet and its balance.
   *
   * @example
   * ```ts
   * const wallet = await xinghui.wallet.retrieve(clientSecret);
   * ```
   */
  retrieve(clientSecret: string, options?: RequestOptions): Promise<Wallet> {
    return this.transport.request(
      wire(endpoints.retrieveClientWallet),
      scopedTo(clientSecret, options),
    );
  }

  /**
   * Lists the wallet's movements, newest first.
   *
   * @example
   * ```ts
   * const { data } = await xinghui.wallet.listTransactions(clientSecret, { limit: 20 });
   * ```
   */
  listTransactions(
    clientSecret: string,
    params: ListParams = {},
    options?: RequestOptions,
  ): Promise<List<WalletTransaction>> {
    return this.transport.request(wire(endpoints.listClientWalletTransactions), {
      ...scopedTo(clientSecret, options),
      query: params,
    });
  }

  /**
   * Lists the shop's loans, newest first, each with what it owes today and its payoff.
   *
   * @example
   * ```ts
   * const { data: loans } = await xinghui.wallet.listLoans(clientSecret);
   * ```
   */
  listLoans(
    clientSecret: string,
    params: ListParams = {},
    options?: RequestOptions,
  ): Promise<List<Loan>> {
    return this.transport.request(wire(endpoints.listClientLoans), {
      ...scopedTo(clientSecret, options),
      query: params,
    });
  }

  /**
   * Reads the agreement (借款合同) of one of the shop's loans, as the bank recorded it: its text,
   * or a printable HTML document of the same text (`format: 'html'`), with the bank's hash.
   *
   * @example
   * ```ts
   * const agreement = await xinghui.wallet.retrieveLoanAgreement(clientSecret, loan.id, { format: 'html' });
   * printWindow.document.write(agreement.content);
   * ```
   */
  retrieveLoanAgreement(
    clientSecret: string,
    id: string,
    params: LoanAgreementQuery = {},
    options?: RequestOptions,
  ): Promise<LoanAgreement> {
    return this.transport.request(wire(endpoints.retrieveClientLoanAgreement), {
      ...scopedTo(clientSecret, options),
      id,
      query: params,
    });
  }

  /**
   * Sends the shop owner a code bound to repaying this loan this amount (the payoff by default).
   *
   * @example
   * ```ts
   * const sent = await xinghui.wallet.requestRepaymentCode(clientSecret, loan.id);
   * ```
   */
  requestRepaymentCode(
    clientSecret: string,
    loanId: string,
    params: RepaymentCodeParams = {},
    options?: RequestOptions,
  ): Promise<VerificationCode> {
    return this.transport.request(wire(endpoints.requestRepaymentCode), {
      ...scopedTo(clientSecret, options),
      id: loanId,
      body: params,
    });
  }

  /**
   * Repays a loan from the wallet with the code sent for the same amount.
   *
   * @example
   * ```ts
   * const receipt = await xinghui.wallet.repay(clientSecret, loan.id, { verification_code: '123456' });
   * ```
   */
  repay(
    clientSecret: string,
    loanId: string,
    params: ClientRepaymentParams,
    options?: RequestOptions,
  ): Promise<Repayment> {
    return this.transport.request(wire(endpoints.createClientRepayment), {
      ...scopedTo(clientSecret, options),
      id: loanId,
      body: params,
    });
  }

  /**
   * Lists the repayments made on one of the shop's loans, newest first: each one's amount, what
   * it paid of penalty, interest and principal, and who made it (`initiated_by`: the shop on this
   * page, the partner's server, or the bank's due-date debit). Another shop's loan is as unknown
   * as an id that does not exist.
   *
   * @example
   * ```ts
   * const { data: repayments } = await xinghui.wallet.listLoanRepayments(clientSecret, loan.id);
   * ```
   */
  listLoanRepayments(
    clientSecret: string,
    loanId: string,
    params: ListParams = {},
    options?: RequestOptions,
  ): Promise<List<Repayment>> {
    return this.transport.request(wire(endpoints.listClientLoanRepayments), {
      ...scopedTo(clientSecret, options),
      id: loanId,
      query: params,
    });
  }

  /**
   * Asks for a review of the shop's credit limit.
   *
   * @example
   * ```ts
   * const review = await xinghui.wallet.requestLimitReview(clientSecret);
   * ```
   */
  requestLimitReview(clientSecret: string, options?: RequestOptions): Promise<LimitReview> {
    return this.transport.request(
      wire(endpoints.createClientLimitReview),
      scopedTo(clientSecret, options),
    );
  }

  /**
   * Revokes the shop's data-sharing consent: reviews stop and the limit holds.
   *
   * @example
   * ```ts
   * await xinghui.wallet.revokeDataSharing(clientSecret);
   * ```
   */
  revokeDataSharing(clientSecret: string, options?: RequestOptions): Promise<Consent> {
    return this.transport.request(
      wire(endpoints.revokeClientDataSharing),
      scopedTo(clientSecret, options),
    );
  }
}
