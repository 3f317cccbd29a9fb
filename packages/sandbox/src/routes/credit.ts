import { clientCreditEndpoints, creditEndpoints, loanEndpoints } from '@xinghui/contract';
import type { Hono } from 'hono';
import { ApiError } from '../engine/core/api-error.js';
import { getCheckoutSession } from '../engine/payments/checkout-sessions.js';
import { applyForCredit, retrieveCreditApplication } from '../engine/credit/credit-applications.js';
import {
  lineOfBuyer,
  listCreditLines,
  presentCreditLine,
  retrieveCreditLine,
} from '../engine/credit/credit-lines.js';
import { loanOffers, listLoans, retrieveLoan } from '../engine/credit/loans.js';
import { listRepayments, repayLoan } from '../engine/credit/repayments.js';
import type { Env } from '../http/env.js';
import { mount } from '../http/mount.js';
import { buyerOfSession } from './session-buyer.js';

/** Credit applications, lines, loan offers and loans, from the partner's server and the page. */
export function creditRoutes(app: Hono<Env>): void {
  mount(app, creditEndpoints.createCreditApplication, (ctx, { body: { buyer, ...params } }) =>
    applyForCredit(ctx, buyer, params, null),
  );
  mount(app, creditEndpoints.retrieveCreditApplication, (ctx, { id }) =>
    retrieveCreditApplication(ctx, id),
  );
  mount(app, creditEndpoints.retrieveCreditLine, (ctx, { id }) => retrieveCreditLine(ctx, id));
  mount(app, creditEndpoints.listCreditLines, (ctx, { query }) => listCreditLines(ctx, query));
  mount(app, loanEndpoints.listCheckoutSessionLoanOffers, (ctx, { id }) =>
    loanOffers(ctx, getCheckoutSession(ctx, id)),
  );
  mount(app, loanEndpoints.retrieveLoan, (ctx, { id }) => retrieveLoan(ctx, id));
  mount(app, loanEndpoints.listLoans, (ctx, { query }) => listLoans(ctx, query));
  mount(app, loanEndpoints.createRepayment, (ctx, { id, body }) =>
    repayLoan(ctx, id, body, 'partner'),
  );
  mount(app, loanEndpoints.listRepayments, (ctx, { id, query }) => listRepayments(ctx, id, query));
  mount(
    app,
    clientCreditEndpoints.listClientLoanOffers,
    (ctx, { sessionId }) => loanOffers(ctx, getCheckoutSession(ctx, sessionId)),
    'read_loan_offers',
  );

  mount(
    app,
    clientCreditEndpoints.createClientCreditApplication,
    (ctx, { sessionId, body }) => {
      const buyer = getCheckoutSession(ctx, sessionId).buyer;
      // No identity fields: the shop confirmed the details on file, shown masked on the session.
      const typed = body.business_name === undefined ? undefined : body;
      return applyForCredit(ctx, buyer, { months_trading: body.months_trading }, sessionId, typed);
    },
    'apply_for_credit',
  );
  mount(
    app,
    clientCreditEndpoints.retrieveClientCreditLine,
    (ctx, { sessionId }) => {
      const line = lineOfBuyer(ctx, buyerOfSession(ctx, sessionId));
      if (!line)
        throw new ApiError('resource_missing', 'This shop has no credit line yet: it may apply');
      return presentCreditLine(line);
    },
    ['read_credit_available', 'read_credit_line'],
  );
}
