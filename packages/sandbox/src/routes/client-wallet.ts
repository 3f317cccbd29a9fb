import {
  clientConsentEndpoints,
  clientWalletEndpoints,
  walletSessionEndpoints,
} from '@xinghui/contract';
import type { Hono } from 'hono';
import { getBuyer } from '../engine/trade/buyers.js';
import { presentLoan } from '../engine/credit/loans.js';
import { revokeOwnConsent } from '../engine/credit/consents.js';
import { listPage } from '../engine/core/list-page.js';
import type { LoanRecord } from '../engine/core/records.js';
import {
  createWalletSession,
  getWalletSession,
  listRepaymentsFromPage,
  repayFromPage,
  requestLimitReview,
  requestRepaymentCode,
  revokeDataSharing,
} from '../engine/payments/wallet-sessions.js';
import { listWalletTransactions, retrieveWallet } from '../engine/payments/wallets.js';
import type { Env } from '../http/env.js';
import { mount } from '../http/mount.js';

/** Wallet sessions from the server, and the shop's own money from their page. */
export function clientWalletRoutes(app: Hono<Env>): void {
  mount(app, walletSessionEndpoints.createWalletSession, (ctx, { body }) =>
    createWalletSession(ctx, body),
  );

  const walletOf = (ctx: Parameters<typeof getWalletSession>[0], sessionId: string) =>
    getBuyer(ctx, getWalletSession(ctx, sessionId).buyer).wallet;
  mount(
    app,
    clientWalletEndpoints.retrieveClientWallet,
    (ctx, { sessionId }) => retrieveWallet(ctx, walletOf(ctx, sessionId)),
    'read_wallet',
  );
  mount(
    app,
    clientWalletEndpoints.listClientWalletTransactions,
    (ctx, { sessionId, query }) => listWalletTransactions(ctx, walletOf(ctx, sessionId), query),
    'read_transactions',
  );
  mount(
    app,
    clientWalletEndpoints.listClientLoans,
    (ctx, { sessionId, query }) => {
      const buyer = getWalletSession(ctx, sessionId).buyer;
      return listPage(ctx, 'loans', { buyer }, query, (loan: LoanRecord) => presentLoan(ctx, loan));
    },
    'read_loans',
  );
  mount(
    app,
    clientWalletEndpoints.listClientLoanRepayments,
    (ctx, { sessionId, id, query }) => listRepaymentsFromPage(ctx, sessionId, id, query),
    'read_loans',
  );
  mount(
    app,
    clientWalletEndpoints.requestRepaymentCode,
    (ctx, { sessionId, id, body }) => requestRepaymentCode(ctx, sessionId, id, body),
    'request_verification_code',
  );
  mount(
    app,
    clientWalletEndpoints.createClientRepayment,
    (ctx, { sessionId, id, body }) => repayFromPage(ctx, sessionId, id, body),
    'repay',
  );
  mount(
    app,
    clientWalletEndpoints.createClientLimitReview,
    (ctx, { sessionId }) => requestLimitReview(ctx, sessionId),
    'request_limit_review',
  );
  mount(
    app,
    clientWalletEndpoints.revokeClientDataSharing,
    (ctx, { sessionId }) => revokeDataSharing(ctx, sessionId),
    'revoke_data_sharing',
  );
  // After the data-sharing path above, which keeps answering as it did (routes match in order).
  mount(
    app,
    clientConsentEndpoints.revokeClientConsent,
    (ctx, { sessionId, id }) => revokeOwnConsent(ctx, getWalletSession(ctx, sessionId).buyer, id),
    'revoke_consent',
  );
}
