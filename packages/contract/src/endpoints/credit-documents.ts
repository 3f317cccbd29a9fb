import {
  CreditLineStatement,
  CreditLineStatementQuery,
  PayoffCertificate,
} from '../resources/credit-statement.js';
import type { Endpoint } from './endpoint.js';

/** A line's monthly statements and a repaid loan's payoff certificate, from the server. */
export const creditDocumentEndpoints = {
  retrieveCreditLineStatement: {
    method: 'GET',
    path: '/v1/credit_lines/{id}/statement',
    auth: 'secret',
    tag: 'Credit',
    summary:
      "A line's monthly statement: opening balance, drawdowns, repayments, interest, penalty, closing",
    query: CreditLineStatementQuery,
    response: CreditLineStatement,
  },
  retrievePayoffCertificate: {
    method: 'GET',
    path: '/v1/loans/{id}/payoff_certificate',
    auth: 'secret',
    tag: 'Loans',
    summary: 'The payoff certificate (结清证明) of a repaid loan, as text and printable HTML',
    response: PayoffCertificate,
  },
} satisfies Record<string, Endpoint>;
