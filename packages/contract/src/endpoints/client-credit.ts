import {
  CreateClientCreditApplicationParams,
  CreditApplication,
  CreditLine,
} from '../resources/credit.js';
import { LoanOffers } from '../resources/loan.js';
import type { Endpoint } from './endpoint.js';

/** Credit from the checkout page, for the session's own shop. */
export const clientCreditEndpoints = {
  listClientLoanOffers: {
    method: 'GET',
    path: '/v1/client/checkout_session/loan_offers',
    auth: 'client',
    tag: 'Credit (page)',
    summary:
      'What paying this order on credit costs, per term: schedule, total interest, APR, due dates',
    response: LoanOffers,
  },
  createClientCreditApplication: {
    method: 'POST',
    path: '/v1/client/credit_applications',
    auth: 'client',
    tag: 'Credit (page)',
    summary: "Apply for the session's shop without leaving the checkout",
    body: CreateClientCreditApplicationParams,
    response: CreditApplication,
  },
  retrieveClientCreditLine: {
    method: 'GET',
    path: '/v1/client/credit_line',
    auth: 'client',
    tag: 'Credit (page)',
    summary: "Read the session's shop's credit line (404 when it has none)",
    response: CreditLine,
  },
} satisfies Record<string, Endpoint>;
