import {
  generateId,
  type ClientCheckoutSession,
  type ConfirmCheckoutSessionParams,
  type CreateRefundParams,
  type ListPaymentsParams,
  type Payment,
  type Refund,
  type VerificationCode,
} from '@xinghui/contract';
import { ApiError } from '../core/api-error.js';
import { WALLET_FAILURE_MESSAGES, walletFailureFor } from '../core/test-values.js';
import { getBuyer } from '../trade/buyers.js';
import { assertPayable, presentClientSession } from './checkout-sessions.js';
import { assertCurrentTemplate } from '../credit/consents.js';
import type { Context } from '../core/context.js';
import { escrowAccountOf, escrowAfterRefund, openEscrow } from '../escrow/escrow.js';
import { recordEvent } from '../webhooks/events.js';
import { postEntry } from '../ledger/ledger.js';
import { listPage, type PageParams } from '../core/list-page.js';
import { getOwned, withoutPartner } from '../core/owned-rows.js';
import { assertCreditAvailable, drawDown, payDownLoan, presentLoan } from '../credit/loans.js';
import type {
  CheckoutSessionRecord,
  PaymentRecord,
  RefundRecord,
  SupplierRecord,
} from '../core/records.js';
import { getSupplier } from '../trade/suppliers.js';
import { consumeCode, sendCode, type CodePurpose } from './verification-codes.js';

/** The action a checkout session's code confirms: paying its amount to its supplier. */
function purposeOf(ctx: Context, session: CheckoutSessionRecord): CodePurpose {
  return {
    session: session.id,
    sessionEndsAt: session.expires_at,
    phone: getBuyer(ctx, session.buyer).phone,
    amount: session.amount.amount,
    payee: session.supplier,
  };
}

/** Sends the shop owner a code to pay this session. */
export function requestCheckoutCode(
  ctx: Context,
  session: CheckoutSessionRecord,
): VerificationCode {
  assertPayable(ctx, session);
  return sendCode(ctx, purposeOf(ctx, session));
}

/**
 * Pays a checkout session, confirmed by the one-time code, in this one transaction: from the
 * shop's wallet (one journal entry to the supplier's settlement account), or on credit (a
 * drawdown on the shop's line, disbursed straight to the supplier). A session in escrow pays
 * into the payment's escrow account instead (escrow.ts releases it). The session completes and
 * the events are written with it.
 *
 * @throws ApiError for an unpayable session, a method the session does not allow, a bad code,
 *   `insufficient_balance` or `insufficient_credit` (nothing changes, and the code stays usable)
 */
export function confirmCheckoutSession(
  ctx: Context,
  session: CheckoutSessionRecord,
  params: ConfirmCheckoutSessionParams,
): ClientCheckoutSession {
  assertPayable(ctx, session);
  const method = params.payment_method;
  if (!session.payment_methods.includes(method)) {
    throw new ApiError('payment_method_unavailable', `This checkout does not accept ${method}`, {
      param: 'payment_method',
    });
  }
  if (method === 'credit' && !params.term) {
    throw new ApiError(
      'parameter_missing',
      'Paying on credit needs the term of one of the loan offers',
      {
        param: 'term',
      },
    );
  }
  // The line and the agreement's version are checked before the code, so a shop without credit
  // (or a page showing an old text) does not burn a try.
  const line = params.term ? assertCreditAvailable(ctx, session, params.term) : undefined;
  if (method === 'credit' && params.loan_agreement) {
    assertCurrentTemplate(
      params.loan_agreement.template_version,
      'loan_agreement.template_version',
    );
  }
  consumeCode(ctx, purposeOf(ctx, session), params.verification_code);
  if (method === 'wallet') failOnTestAmount(ctx, session);

  const buyer = getBuyer(ctx, session.buyer);
  const supplier = getSupplier(ctx, session.supplier);
  const paymentId = generateId('pay');
  const held = session.escrow ? openEscrow(ctx, session, paymentId) : undefined;
  const payment: PaymentRecord = {
    id: paymentId,
    partner: ctx.partner.id,
    object: 'payment',
    status: 'succeeded',
    method,
    amount: session.amount,
    amount_refunded: { amount: 0, currency: session.amount.currency },
    buyer: buyer.id,
    supplier: supplier.id,
    checkout_session: session.id,
    failure_code: null,
    escrow: held?.escrow ?? null,
    created: ctx.now,
  };
  const loan =
    method === 'credit'
      ? drawDown(
          ctx,
          session,
          line!,
          params.term!,
          supplier,
          payment.id,
          params.loan_agreement?.locale,
          held?.account,
        )
      : payFromWallet(ctx, buyer.wallet, supplier, payment, held?.account);
  ctx.store.insert('payments', payment);
  const completed: CheckoutSessionRecord = { ...session, status: 'complete', payment: payment.id };
  ctx.store.update('checkout_sessions', completed);
  recordEvent(ctx, 'payment.succeeded', withoutPartner(payment));
  recordEvent(ctx, 'checkout_session.completed', withoutPartner(completed));
  if (loan) recordEvent(ctx, 'loan.disbursed', presentLoan(ctx, loan));
  if (held) recordEvent(ctx, 'escrow.held', withoutPartner(payment));
  return presentClientSession(ctx, completed);
}

/**
 * A wallet payment of a test amount (see core/test-values.ts) fails on purpose: the failed
 * payment and `payment.failed` are recorded (and committed), no money moves, the page gets the
 * failure's error and the session stays open.
 */
function failOnTestAmount(ctx: Context, session: CheckoutSessionRecord): void {
  const failure = walletFailureFor(session.amount.amount);
  if (!failure) return;
  const payment: PaymentRecord = {
    id: generateId('pay'),
    partner: ctx.partner.id,
    object: 'payment',
    status: 'failed',
    method: 'wallet',
    amount: session.amount,
    amount_refunded: { amount: 0, currency: session.amount.currency },
    buyer: session.buyer,
    supplier: session.supplier,
    checkout_session: session.id,
    failure_code: failure,
    escrow: null,
    created: ctx.now,
  };
  ctx.store.insert('payments', payment);
  recordEvent(ctx, 'payment.failed', withoutPartner(payment));
  throw new ApiError(failure, WALLET_FAILURE_MESSAGES[failure], { commit: true });
}

/** Moves the payment from the shop's wallet to the supplier's settlement account, or into escrow. */
function payFromWallet(
  ctx: Context,
  wallet: string,
  supplier: SupplierRecord,
  payment: PaymentRecord,
  escrowAccount: string | undefined,
): undefined {
  const description = `Payment to ${supplier.business_name}`;
  postEntry(
    ctx,
    description,
    [
      {
        account: wallet,
        amount: -payment.amount.amount,
        type: 'payment',
        source: payment.id,
        description,
      },
      {
        account: escrowAccount ?? supplier.settlement_account,
        amount: payment.amount.amount,
        type: escrowAccount ? 'escrow_hold' : 'payment',
        source: payment.id,
        description,
      },
    ],
    'The wallet balance is lower than the amount to pay',
  );
  return undefined;
}

export function getPayment(ctx: Context, id: string): PaymentRecord {
  return getOwned<PaymentRecord>(ctx, 'payments', id);
}

export function retrievePayment(ctx: Context, id: string): Payment {
  return withoutPartner(getPayment(ctx, id));
}

export function listPayments(ctx: Context, params: ListPaymentsParams) {
  const { limit, starting_after, ...filters } = params;
  return listPage(
    ctx,
    'payments',
    filters,
    { limit, starting_after },
    withoutPartner<PaymentRecord>,
  );
}

/**
 * Refunds all or part of a payment to the shop's wallet, from the supplier's settlement account.
 * An escrowed payment refunds only what is still held, from its escrow account; on credit, that
 * cancels the loan's principal and waives its interest (loans.ts `payDownLoan`).
 *
 * @throws ApiError `amount_too_large` past what is left to refund (or held), `currency_mismatch`,
 *   or `insufficient_balance` when the supplier's account no longer holds the money
 */
export function refundPayment(ctx: Context, id: string, params: CreateRefundParams): Refund {
  const payment = getPayment(ctx, id);
  const escrow = payment.escrow ?? null;
  const remaining = escrow
    ? escrow.amount_held.amount
    : payment.amount.amount - payment.amount_refunded.amount;
  if (payment.status !== 'succeeded' || remaining === 0) {
    throw new ApiError(
      'amount_too_large',
      escrow
        ? "Nothing is held in escrow any more: what was released is the supplier's"
        : 'Nothing is left to refund on this payment',
      { param: 'amount' },
    );
  }
  if (params.amount && params.amount.currency !== payment.amount.currency) {
    throw new ApiError('currency_mismatch', `Refund in ${payment.amount.currency}`, {
      param: 'amount.currency',
    });
  }
  const amount = params.amount?.amount ?? remaining;
  if (amount > remaining) {
    throw new ApiError('amount_too_large', `At most ${remaining} minor units are left to refund`, {
      param: 'amount.amount',
    });
  }
  const buyer = getBuyer(ctx, payment.buyer);
  const supplier = getSupplier(ctx, payment.supplier);
  const refund: RefundRecord = {
    id: generateId('re'),
    partner: ctx.partner.id,
    object: 'refund',
    payment: payment.id,
    amount: { amount, currency: payment.amount.currency },
    reason: params.reason ?? null,
    status: 'succeeded',
    created: ctx.now,
  };
  const description = escrow ? 'Refund from escrow' : `Refund from ${supplier.business_name}`;
  const from = escrow ? escrowAccountOf(ctx, payment.id) : supplier.settlement_account;
  // A refund of goods bought on credit pays the loan down first; only what the shop had
  // already repaid comes back to its wallet.
  const toLoan =
    payment.method === 'credit' ? payDownLoan(ctx, payment.id, amount, !!escrow) : undefined;
  const toWallet = amount - (toLoan?.amount ?? 0);
  postEntry(
    ctx,
    description,
    [
      {
        account: from,
        amount: -amount,
        type: 'refund',
        source: refund.id,
        description,
      },
      ...(toLoan && toLoan.amount > 0
        ? [
            {
              account: toLoan.account,
              amount: toLoan.amount,
              type: 'refund' as const,
              source: refund.id,
              description,
            },
          ]
        : []),
      ...(toWallet > 0
        ? [
            {
              account: buyer.wallet,
              amount: toWallet,
              type: 'refund' as const,
              source: refund.id,
              description,
            },
          ]
        : []),
    ],
    "The supplier's settlement account no longer holds this amount",
  );
  ctx.store.insert('refunds', refund);
  const refunded: PaymentRecord = {
    ...payment,
    amount_refunded: {
      amount: payment.amount_refunded.amount + amount,
      currency: payment.amount.currency,
    },
  };
  ctx.store.update('payments', refunded);
  recordEvent(ctx, 'payment.refunded', withoutPartner(refund));
  if (escrow) escrowAfterRefund(ctx, { ...refunded, escrow }, amount);
  return withoutPartner(refund);
}

export function listRefunds(ctx: Context, id: string, params: PageParams) {
  getPayment(ctx, id);
  return listPage(ctx, 'refunds', { payment: id }, params, withoutPartner<RefundRecord>);
}
