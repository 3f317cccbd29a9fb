import { clientWalletEndpoints, loanEndpoints } from '@xinghui/contract';
import type { Hono } from 'hono';
import { ApiError } from '../engine/core/api-error.js';
import { loanAgreement } from '../engine/credit/loan-agreement.js';
import { getLoan } from '../engine/credit/loans.js';
import { getWalletSession } from '../engine/payments/wallet-sessions.js';
import type { Env } from '../http/env.js';
import { mount } from '../http/mount.js';

/** Each loan's own agreement: for the partner's server, and for the shop's own loans on its page. */
export function loanAgreementRoutes(app: Hono<Env>): void {
  mount(app, loanEndpoints.retrieveLoanAgreement, (ctx, { id, query }) =>
    loanAgreement(getLoan(ctx, id), query.format),
  );
  mount(
    app,
    clientWalletEndpoints.retrieveClientLoanAgreement,
    (ctx, { sessionId, id, query }) => {
      const loan = getLoan(ctx, id);
      if (loan.buyer !== getWalletSession(ctx, sessionId).buyer)
        throw new ApiError('resource_missing', `No such loan: ${id}`, { param: 'id' });
      return loanAgreement(loan, query.format);
    },
    'read_loans',
  );
}
