import {
  commissionEarned,
  type CheckoutSession,
  type CloseDisputeParams,
  type DisputePaymentParams,
  type Escrow,
  type Payment,
  type ReleasePaymentParams,
  type Releaser,
  type ShipPaymentParams,
} from '@xinghui/contract';
import { ApiError } from '../core/api-error.js';
import type { Context } from '../core/context.js';
import { recordEvent } from '../webhooks/events.js';
import { openAccount, postEntry, type PostingLine } from '../ledger/ledger.js';
import { partnerAccount } from '../ledger/partner-account.js';
import { getOwned, withoutPartner } from '../core/owned-rows.js';
import type { AccountRecord, PaymentRecord, TimerRecord } from '../core/records.js';
import { scheduleTimer } from '../core/timers.js';
import { getSupplier } from '../trade/suppliers.js';

/**
 * Escrow (担保交易): an escrowed payment's money waits in an account of its own until the shop
 * confirms receipt, or until the auto-release timer (started by the shipment) runs out; a
 * dispute pauses the timer. Releases pay the supplier and the platform's commission; refunds
 * (payments.ts) return held money to the shop, or to the loan that paid it.
 */

const DAY_SECONDS = 86_400;

/** Opens the account that will hold a payment's money, and the payment's escrow state. */
export function openEscrow(
  ctx: Context,
  session: CheckoutSession,
  paymentId: string,
): { account: string; escrow: Escrow } {
  const terms = session.escrow!;
  const zero = { amount: 0, currency: session.amount.currency };
  return {
    account: openAccount(ctx, 'escrow', paymentId).id,
    escrow: {
      status: 'held',
      fulfilment: terms.fulfilment,
      auto_release_days: terms.auto_release_days,
      amount_held: session.amount,
      amount_released: zero,
      commission_amount: session.commission_amount ?? zero,
      commission_paid: zero,
      shipment: null,
      auto_release_at: null,
      auto_release_remaining: null,
      dispute: null,
      released_by: null,
      release_reason: null,
    },
  };
}

/** The account holding an escrowed payment's money. */
export function escrowAccountOf(ctx: Context, paymentId: string): string {
  const [account] = ctx.store.find<AccountRecord>('accounts', {
    where: { partner: ctx.partner.id, kind: 'escrow', owner: paymentId },
    limit: 1,
  });
  if (!account) throw new Error(`No escrow account for ${paymentId}`);
  return account.id;
}

/**
 * Reads an escrowed payment that still holds money.
 *
 * @throws ApiError `payment_not_in_escrow`, or `escrow_settled` when nothing is held any more
 */
// By id, not through payments.ts: escrow sits below payments (a payment opens its escrow).
function holdingPayment(ctx: Context, id: string): PaymentRecord & { escrow: Escrow } {
  const payment = getOwned<PaymentRecord>(ctx, 'payments', id);
  if (!payment.escrow) {
    throw new ApiError('payment_not_in_escrow', 'This payment was not made in escrow', {
      param: 'id',
    });
  }
  if (payment.escrow.amount_held.amount === 0) {
    throw new ApiError(
      'escrow_settled',
      `Nothing is held any more: it was ${payment.escrow.status}`,
    );
  }
  return payment as PaymentRecord & { escrow: Escrow };
}

function assertNotDisputed(escrow: Escrow): void {
  if (escrow.status === 'disputed') {
    throw new ApiError(
      'escrow_disputed',
      'The payment is disputed: refund it, or close the dispute first',
    );
  }
}

function save(ctx: Context, payment: PaymentRecord, escrow: Escrow): Payment {
  const updated = { ...payment, escrow };
  ctx.store.update('payments', updated);
  return withoutPartner(updated);
}

/**
 * The supplier shipped: the timer starts, for the session's `auto_release_days`.
 *
 * @throws ApiError `escrow_already_shipped`, `escrow_disputed`, `escrow_settled`
 */
export function shipPayment(ctx: Context, id: string, params: ShipPaymentParams): Payment {
  const payment = holdingPayment(ctx, id);
  assertNotDisputed(payment.escrow);
  if (payment.escrow.shipment) {
    throw new ApiError('escrow_already_shipped', 'This payment has already been shipped');
  }
  const releaseAt = ctx.now + payment.escrow.auto_release_days * DAY_SECONDS;
  scheduleTimer(ctx, 'escrow_auto_release', id, releaseAt);
  return save(ctx, payment, {
    ...payment.escrow,
    status: 'shipped',
    shipment: { ...params, shipped_at: ctx.now },
    auto_release_at: releaseAt,
  });
}

/**
 * The partner releases with its secret key: all that is held, or `amount` of it. Only where the
 * partner's contract allows it, and with a reason; the shop's own 确认收货 is
 * {@link releaseOnReceipt}.
 *
 * @throws ApiError `partner_release_not_allowed`, `parameter_missing` (no `reason`),
 *   `amount_too_large` past what is held, `currency_mismatch`, `escrow_disputed`, `escrow_settled`
 */
export function releasePayment(ctx: Context, id: string, params: ReleasePaymentParams): Payment {
  // Another partner's payment is missing before anything else is said about it.
  getOwned<PaymentRecord>(ctx, 'payments', id);
  if (!ctx.partner.secret_key_release) {
    throw new ApiError(
      'partner_release_not_allowed',
      'Your contract does not let your secret key release escrow: the shop confirms receipt on its page',
    );
  }
  if (!params.reason) {
    throw new ApiError('parameter_missing', 'Say why you release rather than the shop', {
      param: 'reason',
    });
  }
  const payment = holdingPayment(ctx, id);
  assertNotDisputed(payment.escrow);
  const held = payment.escrow.amount_held;
  if (params.amount && params.amount.currency !== held.currency) {
    throw new ApiError('currency_mismatch', `Release in ${held.currency}`, {
      param: 'amount.currency',
    });
  }
  const amount = params.amount?.amount ?? held.amount;
  if (amount > held.amount) {
    throw new ApiError('amount_too_large', `At most ${held.amount} fen are held in escrow`, {
      param: 'amount.amount',
    });
  }
  return release(ctx, payment, amount, 'partner', params.reason);
}

/** What a shop's 确认收货 would release: everything still held, to the payment's supplier. */
export function receiptOf(
  ctx: Context,
  id: string,
): { payment: PaymentRecord & { escrow: Escrow }; supplierName: string } {
  const payment = holdingPayment(ctx, id);
  return { payment, supplierName: getSupplier(ctx, payment.supplier).business_name };
}

/**
 * The shop confirmed receipt (确认收货) itself, its code already checked: everything held is
 * released to the supplier.
 *
 * @throws ApiError `escrow_disputed`, `escrow_settled`
 */
export function releaseOnReceipt(ctx: Context, id: string): Payment {
  const payment = holdingPayment(ctx, id);
  assertNotDisputed(payment.escrow);
  return release(ctx, payment, payment.escrow.amount_held.amount, 'shop', null);
}

/**
 * Pays `amount` of the held money out: the platform's commission earned so far (prorated on
 * what has been released, rounded down) to its own account, the rest to the supplier; the
 * escrow records who authorised it, and the `escrow.released` event carries that.
 */
function release(
  ctx: Context,
  payment: PaymentRecord & { escrow: Escrow },
  amount: number,
  by: Releaser,
  reason: string | null,
) {
  const { escrow } = payment;
  const released = escrow.amount_released.amount + amount;
  const commission =
    commissionEarned(escrow.commission_amount.amount, released, payment.amount.amount) -
    escrow.commission_paid.amount;
  const supplier = getSupplier(ctx, payment.supplier);
  const description = `Escrow released to ${supplier.business_name}`;
  const line = (account: string, value: number, type: PostingLine['type']): PostingLine => ({
    account,
    amount: value,
    type,
    source: payment.id,
    description,
  });
  postEntry(
    ctx,
    description,
    [
      line(escrowAccountOf(ctx, payment.id), -amount, 'escrow_release'),
      line(supplier.settlement_account, amount - commission, 'escrow_release'),
      line(partnerAccount(ctx).id, commission, 'commission'),
    ].filter((posting) => posting.amount !== 0),
  );
  const held = escrow.amount_held.amount - amount;
  if (held === 0) cancelTimer(ctx, payment.id);
  const resource = save(ctx, payment, {
    ...escrow,
    status: held === 0 ? 'released' : escrow.status,
    amount_held: { ...escrow.amount_held, amount: held },
    amount_released: { ...escrow.amount_released, amount: released },
    commission_paid: {
      ...escrow.commission_paid,
      amount: escrow.commission_paid.amount + commission,
    },
    auto_release_at: held === 0 ? null : escrow.auto_release_at,
    released_by: by,
    release_reason: reason,
  });
  recordEvent(ctx, 'escrow.released', resource);
  return resource;
}

/**
 * The shop disputes the payment or asks for a refund: the timer pauses, keeping the time it
 * had left, and nothing can be released until a refund or a closing resolves it.
 *
 * @throws ApiError `escrow_disputed` when a dispute is already open, `escrow_settled`
 */
export function disputePayment(ctx: Context, id: string, params: DisputePaymentParams): Payment {
  const payment = holdingPayment(ctx, id);
  assertNotDisputed(payment.escrow);
  const { escrow } = payment;
  cancelTimer(ctx, id);
  const resource = save(ctx, payment, {
    ...escrow,
    status: 'disputed',
    auto_release_at: null,
    auto_release_remaining:
      escrow.auto_release_at === null ? null : Math.max(0, escrow.auto_release_at - ctx.now),
    dispute: { reason: params.reason, description: params.description ?? null, opened_at: ctx.now },
  });
  recordEvent(ctx, 'escrow.disputed', resource);
  return resource;
}

/**
 * Closes a dispute without a refund: `release` pays everything held to the supplier; `resume`
 * lets the timer run on with the time it had left when the dispute opened.
 *
 * @throws ApiError `escrow_not_disputed`, `escrow_settled`
 */
export function closeDispute(ctx: Context, id: string, params: CloseDisputeParams): Payment {
  const payment = holdingPayment(ctx, id);
  if (payment.escrow.status !== 'disputed') {
    throw new ApiError('escrow_not_disputed', 'This payment has no open dispute');
  }
  const resumed = { ...payment, escrow: resume(ctx, payment) };
  if (params.resolution === 'release')
    return release(ctx, resumed, resumed.escrow.amount_held.amount, 'dispute_resolution', null);
  return save(ctx, resumed, resumed.escrow);
}

/** A dispute's end: the escrow goes back to held or shipped, its timer running again. */
function resume(ctx: Context, payment: PaymentRecord & { escrow: Escrow }): Escrow {
  const { escrow } = payment;
  const remaining = escrow.auto_release_remaining;
  const releaseAt = escrow.shipment && remaining !== null ? ctx.now + remaining : null;
  if (releaseAt !== null) scheduleTimer(ctx, 'escrow_auto_release', payment.id, releaseAt);
  return {
    ...escrow,
    status: escrow.shipment ? 'shipped' : 'held',
    dispute: null,
    auto_release_at: releaseAt,
    auto_release_remaining: null,
  };
}

/**
 * What a refund of `amount` from escrow leaves (payments.ts moves the money): less held; a
 * dispute it answered is resolved, so the timer resumes for whatever is still held.
 */
export function escrowAfterRefund(
  ctx: Context,
  payment: PaymentRecord & { escrow: Escrow },
  amount: number,
): Payment {
  let escrow = payment.escrow.status === 'disputed' ? resume(ctx, payment) : payment.escrow;
  const held = escrow.amount_held.amount - amount;
  if (held === 0) {
    cancelTimer(ctx, payment.id);
    escrow = {
      ...escrow,
      status: escrow.amount_released.amount > 0 ? 'released' : 'refunded',
      auto_release_at: null,
    };
  }
  const resource = save(ctx, payment, {
    ...escrow,
    amount_held: { ...escrow.amount_held, amount: held },
  });
  recordEvent(ctx, 'escrow.refunded', resource);
  return resource;
}

/** The timer's action: a shipped escrow whose time ran out releases what it still holds. */
export function autoReleaseWhenDue(ctx: Context, id: string): void {
  const payment = getOwned<PaymentRecord>(ctx, 'payments', id);
  const escrow = payment.escrow;
  if (
    escrow?.status === 'shipped' &&
    escrow.auto_release_at !== null &&
    escrow.auto_release_at <= ctx.now &&
    escrow.amount_held.amount > 0
  ) {
    release(
      ctx,
      payment as PaymentRecord & { escrow: Escrow },
      escrow.amount_held.amount,
      'auto_confirm',
      null,
    );
  }
}

/** Forgets a payment's auto-release timer: paused by a dispute, or nothing left to release. */
function cancelTimer(ctx: Context, paymentId: string): void {
  const timers = ctx.store.find<TimerRecord>('timers', {
    where: { partner: ctx.partner.id, kind: 'escrow_auto_release', ref: paymentId },
  });
  for (const timer of timers) ctx.store.delete('timers', timer.id);
}
