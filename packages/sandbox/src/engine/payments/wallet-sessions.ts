import {
  SESSION_CAPABILITIES,
  WALLET_SESSION_LIFETIME,
  generateClientSecret,
  generateId,
  type ClientRepaymentParams,
  type Consent,
  type CreateWalletSessionParams,
  type LimitReview,
  type List,
  type RepaymentCodeParams,
  type Repayment,
  type VerificationCode,
  type WalletSession,
} from '@xinghui/contract';
import { ApiError } from '../core/api-error.js';
import { getBuyer } from '../trade/buyers.js';
import { activeConsent, revokeConsent } from '../credit/consents.js';
import type { Context } from '../core/context.js';
import { lineOfBuyer } from '../credit/credit-lines.js';
import { reviewLimit } from '../credit/limit-reviews.js';
import { payoff } from '../credit/loan-balance.js';
import { getLoan, positionToday } from '../credit/loans.js';
import type { PageParams } from '../core/list-page.js';
import { getOwned, withoutPartner } from '../core/owned-rows.js';
import type { LoanRecord, WalletSessionRecord } from '../core/records.js';
import { assertOwing, listRepayments, repayLoan } from '../credit/repayments.js';
import { consumeCode, sendCode, type CodePurpose } from './verification-codes.js';

/** Creates a wallet session for one shop: its page may then do what the session allows. */
export function createWalletSession(
  ctx: Context,
  params: CreateWalletSessionParams,
): WalletSession {
  const buyer = getBuyer(ctx, params.buyer, 'buyer');
  const id = generateId('ws');
  const session: WalletSessionRecord = {
    id,
    partner: ctx.partner.id,
    object: 'wallet_session',
    buyer: buyer.id,
    client_secret: generateClientSecret(id),
    capabilities: [...SESSION_CAPABILITIES.wallet_session],
    expires_at: ctx.now + (params.expires_in ?? WALLET_SESSION_LIFETIME.default),
    created: ctx.now,
  };
  ctx.store.insert('wallet_sessions', session);
  return withoutPartner(session);
}

/**
 * The open wallet session a page's client secret names.
 *
 * @throws ApiError `session_expired` once it has expired
 */
export function getWalletSession(ctx: Context, id: string): WalletSessionRecord {
  const session = getOwned<WalletSessionRecord>(ctx, 'wallet_sessions', id);
  if (session.expires_at <= ctx.now) {
    throw new ApiError('session_expired', 'This wallet session has expired: open the page again');
  }
  return session;
}

/** One of the session's shop's loans; another shop's is as missing as none. */
function loanOfSession(ctx: Context, session: WalletSessionRecord, loanId: string): LoanRecord {
  const loan = getLoan(ctx, loanId);
  if (loan.buyer !== session.buyer)
    throw new ApiError('resource_missing', `No such loan: ${loanId}`, { param: 'id' });
  return loan;
}

/** What a repayment code confirms: repaying this loan this amount (the payoff by default). */
function repaymentPurpose(
  ctx: Context,
  session: WalletSessionRecord,
  loan: LoanRecord,
  amount?: number,
): CodePurpose {
  return {
    session: session.id,
    sessionEndsAt: session.expires_at,
    phone: getBuyer(ctx, session.buyer).phone,
    amount: amount ?? payoff(positionToday(ctx, loan)),
    payee: loan.id,
  };
}

/** Sends the shop owner a code to repay a loan (a new one replaces the last). */
export function requestRepaymentCode(
  ctx: Context,
  sessionId: string,
  loanId: string,
  params: RepaymentCodeParams,
): VerificationCode {
  const session = getWalletSession(ctx, sessionId);
  const loan = loanOfSession(ctx, session, loanId);
  assertOwing(loan); // no code for a loan that owes nothing
  return sendCode(ctx, repaymentPurpose(ctx, session, loan, params.amount?.amount));
}

/**
 * Repays a loan from the page, confirmed with the code sent for exactly this amount: a code
 * for the payoff of yesterday does not confirm today's.
 */
export function repayFromPage(
  ctx: Context,
  sessionId: string,
  loanId: string,
  params: ClientRepaymentParams,
): Repayment {
  const session = getWalletSession(ctx, sessionId);
  const loan = loanOfSession(ctx, session, loanId);
  assertOwing(loan); // before the code, so a repaid loan never costs the shop an attempt
  consumeCode(
    ctx,
    repaymentPurpose(ctx, session, loan, params.amount?.amount),
    params.verification_code,
  );
  return repayLoan(ctx, loan.id, params.amount ? { amount: params.amount } : {}, 'shop');
}

/**
 * The repayments made on one of the session's shop's loans, newest first, whoever made them:
 * another shop's loan answers as an unknown id does.
 */
export function listRepaymentsFromPage(
  ctx: Context,
  sessionId: string,
  loanId: string,
  params: PageParams,
): List<Repayment> {
  const loan = loanOfSession(ctx, getWalletSession(ctx, sessionId), loanId);
  return listRepayments(ctx, loan.id, params);
}

/** The shop asks for a limit review of its line. */
export function requestLimitReview(ctx: Context, sessionId: string): LimitReview {
  const session = getWalletSession(ctx, sessionId);
  const line = lineOfBuyer(ctx, session.buyer);
  if (!line)
    throw new ApiError('credit_line_missing', 'This shop has no credit line yet: it may apply');
  return reviewLimit(ctx, line.id);
}

/** The shop revokes its data-sharing consent: reviews stop, the limit holds. */
export function revokeDataSharing(ctx: Context, sessionId: string): Consent {
  const session = getWalletSession(ctx, sessionId);
  const consent = activeConsent(ctx, session.buyer, 'data_sharing');
  if (!consent)
    throw new ApiError('resource_missing', 'This shop has no active data-sharing consent');
  return revokeConsent(ctx, consent.id);
}
