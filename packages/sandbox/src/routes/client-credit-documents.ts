import { clientCreditDocumentEndpoints } from '@xinghui/contract';
import type { Hono } from 'hono';
import { ApiError } from '../engine/core/api-error.js';
import { lineOfBuyer } from '../engine/credit/credit-lines.js';
import { creditLineStatement, payoffCertificate } from '../engine/credit/credit-documents.js';
import { getLoan } from '../engine/credit/loans.js';
import { getWalletSession } from '../engine/payments/wallet-sessions.js';
import type { Env } from '../http/env.js';
import { mount } from '../http/mount.js';

/**
 * The shop's own statements and payoff certificates on its wallet page: the partner's documents
 * (credit-documents.ts), for the session's shop only. Another shop's loan is as missing as none.
 */
export function clientCreditDocumentRoutes(app: Hono<Env>): void {
  mount(
    app,
    clientCreditDocumentEndpoints.retrieveClientCreditLineStatement,
    (ctx, { sessionId, query }) => {
      const line = lineOfBuyer(ctx, getWalletSession(ctx, sessionId).buyer);
      if (!line) throw new ApiError('resource_missing', 'This shop has no credit line yet');
      return creditLineStatement(ctx, line.id, query.month);
    },
    'read_credit_line',
  );
  mount(
    app,
    clientCreditDocumentEndpoints.retrieveClientPayoffCertificate,
    (ctx, { sessionId, id }) => {
      const loan = getLoan(ctx, id);
      if (loan.buyer !== getWalletSession(ctx, sessionId).buyer)
        throw new ApiError('resource_missing', `No such loan: ${id}`, { param: 'id' });
      return payoffCertificate(ctx, id);
    },
    'read_loans',
  );
}
