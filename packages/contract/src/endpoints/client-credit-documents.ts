import {
  CreditLineStatement,
  CreditLineStatementQuery,
  PayoffCertificate,
} from '../resources/credit-statement.js';
import type { Endpoint } from './endpoint.js';

/**
 * The shop's own credit documents, from the page of a wallet session: its line's monthly
 * statement and a repaid loan's payoff certificate. The same documents the partner's server
 * reads (`credit-documents.ts`), scoped to the session's shop: another shop's are as missing as
 * none.
 */
export const clientCreditDocumentEndpoints = {
  retrieveClientCreditLineStatement: {
    method: 'GET',
    path: '/v1/client/credit_line/statement',
    auth: 'client',
    tag: 'Wallet (page)',
    summary:
      "The shop's line's monthly statement (月度对账单), as figures, text and printable HTML",
    query: CreditLineStatementQuery,
    response: CreditLineStatement,
  },
  retrieveClientPayoffCertificate: {
    method: 'GET',
    path: '/v1/client/loans/{id}/payoff_certificate',
    auth: 'client',
    tag: 'Wallet (page)',
    summary: "The payoff certificate (结清证明) of one of the shop's repaid loans",
    response: PayoffCertificate,
  },
} satisfies Record<string, Endpoint>;
