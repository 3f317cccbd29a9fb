import { listOf, ListParams } from '../list.js';
import {
  CreateRepaymentParams,
  ListLoansParams,
  Loan,
  LoanAgreement,
  LoanAgreementQuery,
  LoanOffers,
  Repayment,
} from '../resources/loan.js';
import type { Endpoint } from './endpoint.js';

/** Loans (借据), from the partner's server. */
export const loanEndpoints = {
  listCheckoutSessionLoanOffers: {
    method: 'GET',
    path: '/v1/checkout_sessions/{id}/loan_offers',
    auth: 'secret',
    tag: 'Loans',
    summary: "What paying a session on credit costs, per term of the shop's line",
    response: LoanOffers,
  },
  retrieveLoan: {
    method: 'GET',
    path: '/v1/loans/{id}',
    auth: 'secret',
    tag: 'Loans',
    summary: 'Retrieve a loan note with its schedule',
    response: Loan,
  },
  createRepayment: {
    method: 'POST',
    path: '/v1/loans/{id}/repayments',
    auth: 'secret',
    tag: 'Loans',
    summary:
      "Repay a loan from the shop's wallet, early or partly: penalty, then interest, then principal",
    body: CreateRepaymentParams,
    response: Repayment,
  },
  listRepayments: {
    method: 'GET',
    path: '/v1/loans/{id}/repayments',
    auth: 'secret',
    tag: 'Loans',
    summary: "List a loan's repayments, newest first",
    query: ListParams,
    response: listOf(Repayment),
  },
  listLoans: {
    method: 'GET',
    path: '/v1/loans',
    auth: 'secret',
    tag: 'Loans',
    summary: 'List loans, newest first, by shop or status',
    query: ListLoansParams,
    response: listOf(Loan),
  },
  retrieveLoanAgreement: {
    method: 'GET',
    path: '/v1/loans/{id}/agreement',
    auth: 'secret',
    tag: 'Loans',
    summary: "Read a loan's own agreement (借款合同), as text or a printable HTML document",
    query: LoanAgreementQuery,
    response: LoanAgreement,
  },
} satisfies Record<string, Endpoint>;
