import { listOf, ListParams } from '../list.js';
import { VerificationCode } from '../resources/checkout-session.js';
import { Consent } from '../resources/consent.js';
import { Loan, LoanAgreement, LoanAgreementQuery, Repayment } from '../resources/loan.js';
import { LimitReview } from '../resources/trade.js';
import { ClientRepaymentParams, RepaymentCodeParams } from '../resources/wallet-session.js';
import { Wallet, WalletTransaction } from '../resources/wallet.js';
import type { Endpoint } from './endpoint.js';

/** The shop's own money, from the page of a wallet session. */
export const clientWalletEndpoints = {
  retrieveClientWallet: {
    method: 'GET',
    path: '/v1/client/wallet',
    auth: 'client',
    tag: 'Wallet (page)',
    summary: "Read the session's shop's wallet",
    response: Wallet,
  },
  listClientWalletTransactions: {
    method: 'GET',
    path: '/v1/client/wallet/transactions',
    auth: 'client',
    tag: 'Wallet (page)',
    summary: "List the shop's wallet movements, newest first",
    query: ListParams,
    response: listOf(WalletTransaction),
  },
  listClientLoans: {
    method: 'GET',
    path: '/v1/client/loans',
    auth: 'client',
    tag: 'Wallet (page)',
    summary: "List the shop's loans, newest first, with what each owes today",
    query: ListParams,
    response: listOf(Loan),
  },
  retrieveClientLoanAgreement: {
    method: 'GET',
    path: '/v1/client/loans/{id}/agreement',
    auth: 'client',
    tag: 'Wallet (page)',
    summary: "Read the agreement of one of the shop's loans, as text or a printable HTML document",
    query: LoanAgreementQuery,
    response: LoanAgreement,
  },
  requestRepaymentCode: {
    method: 'POST',
    path: '/v1/client/loans/{id}/verification_codes',
    auth: 'client',
    tag: 'Wallet (page)',
    summary: 'Send a one-time code bound to repaying this loan this amount (the payoff by default)',
    body: RepaymentCodeParams,
    response: VerificationCode,
  },
  createClientRepayment: {
    method: 'POST',
    path: '/v1/client/loans/{id}/repayments',
    auth: 'client',
    tag: 'Wallet (page)',
    summary: 'Repay a loan from the wallet, confirmed with the code sent for that amount',
    body: ClientRepaymentParams,
    response: Repayment,
  },
  listClientLoanRepayments: {
    method: 'GET',
    path: '/v1/client/loans/{id}/repayments',
    auth: 'client',
    tag: 'Wallet (page)',
    summary:
      "List the repayments made on one of the shop's loans, newest first: amount, split, who made it",
    query: ListParams,
    response: listOf(Repayment),
  },
  createClientLimitReview: {
    method: 'POST',
    path: '/v1/client/limit_reviews',
    auth: 'client',
    tag: 'Wallet (page)',
    summary: "Ask for a review of the shop's credit limit",
    response: LimitReview,
  },
  revokeClientDataSharing: {
    method: 'POST',
    path: '/v1/client/consents/data_sharing/revoke',
    auth: 'client',
    tag: 'Wallet (page)',
    summary: "Revoke the shop's data-sharing consent: reviews stop, the limit holds",
    response: Consent,
  },
} satisfies Record<string, Endpoint>;
