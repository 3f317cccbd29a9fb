import {
  MAX_PAGE_SIZE,
  type ConfirmReceiptParams,
  type Escrow,
  type List,
  type ListParams,
  type Payment,
  type ReceiptConfirmation,
  type VerificationCode,
} from '@xinghui/contract';
import { ApiError } from '../core/api-error.js';
import type { Context } from '../core/context.js';
import { receiptOf, releaseOnReceipt } from '../escrow/escrow.js';
import type { CheckoutSessionRecord, PaymentRecord } from '../core/records.js';
import { getBuyer } from '../trade/buyers.js';
import { getSupplier } from '../trade/suppliers.js';
import { getPayment } from './payments.js';
import { consumeCode, sendCode, type CodePurpose } from './verification-codes.js';
import { getWalletSession } from './wallet-sessions.js';

/**
 * 确认收货 as the shop's own act: its page's wallet session and a one-time code bound to the
 * amount held and the supplier. (A checkout session's secret cannot: once paid it may only be
 * read, see session-state.ts.) The partner's secret key cannot stand in for it (escrow.ts).
 */

/**
 * The session of the page, and the escrowed payment of its shop. Another shop's payment is as
 * missing as none, and tells nothing of its escrow.
 *
 * @throws ApiError `resource_missing`, `session_expired`, `payment_not_in_escrow`, `escrow_settled`
 */
function receiptFor(ctx: Context, sessionId: string, paymentId: string) {
  const session = getWalletSession(ctx, sessionId);
  if (getPayment(ctx, paymentId).buyer !== session.buyer) {
    throw new ApiError('resource_missing', `No such payment: ${paymentId}`, { param: 'id' });
  }
  return { session, ...receiptOf(ctx, paymentId) };
}

function purposeOf(ctx: Context, receipt: ReturnType<typeof receiptFor>): CodePurpose {
  return {
    session: receipt.session.id,
    sessionEndsAt: receipt.session.expires_at,
    phone: getBuyer(ctx, receipt.session.buyer).phone,
    amount: receipt.payment.escrow.amount_held.amount,
    // Bound to this payment's supplier: a code for one order never releases another.
    payee: `${receipt.payment.id}:${receipt.payment.supplier}`,
  };
}

/** What confirming receipt releases now, and to whom: the figures the confirmation restates. */
export function retrieveReceiptConfirmation(
  ctx: Context,
  sessionId: string,
  paymentId: string,
): ReceiptConfirmation {
  const { payment, supplierName } = receiptFor(ctx, sessionId, paymentId);
  return presentReceipt(ctx, payment, supplierName);
}

function presentReceipt(
  ctx: Context,
  payment: PaymentRecord & { escrow: Escrow },
  supplierName: string,
): ReceiptConfirmation {
  const session = ctx.store.get<CheckoutSessionRecord>(
    'checkout_sessions',
    payment.checkout_session,
  );
  return {
    object: 'receipt_confirmation',
    payment: payment.id,
    amount: payment.escrow.amount_held,
    supplier_name: supplierName,
    status: payment.escrow.status,
    auto_release_at: payment.escrow.auto_release_at,
    order_reference: session?.description ?? null,
    paid_at: payment.created,
  };
}

/** Escrow still holding money that the shop can (or, disputed, later can) release. */
const AWAITING_RECEIPT: ReadonlySet<string> = new Set(['held', 'shipped', 'disputed']);

/**
 * The session's shop's payments still held in escrow, newest first: what its receipt would
 * release, to whom, and when the bank releases it by itself. A shop's payments are few, and the
 * escrow's status is not a column of the store, so they are read by buyer (an index) and the
 * page is cut here.
 *
 * @throws ApiError `resource_missing` (`starting_after`) for a cursor not in the list
 */
export function listReceiptConfirmations(
  ctx: Context,
  sessionId: string,
  params: ListParams,
): List<ReceiptConfirmation> {
  const session = getWalletSession(ctx, sessionId);
  const awaiting = ctx.store
    .find<PaymentRecord>('payments', { where: { partner: ctx.partner.id, buyer: session.buyer } })
    .filter(
      (payment): payment is PaymentRecord & { escrow: Escrow } =>
        !!payment.escrow &&
        payment.escrow.amount_held.amount > 0 &&
        AWAITING_RECEIPT.has(payment.escrow.status),
    );
  let start = 0;
  if (params.starting_after !== undefined) {
    start = awaiting.findIndex((payment) => payment.id === params.starting_after) + 1;
    if (start === 0) {
      throw new ApiError('resource_missing', `No such object: ${params.starting_after}`, {
        param: 'starting_after',
      });
    }
  }
  const limit = Math.min(params.limit ?? 10, MAX_PAGE_SIZE);
  const page = awaiting.slice(start, start + limit);
  return {
    object: 'list',
    data: page.map((payment) =>
      presentReceipt(ctx, payment, getSupplier(ctx, payment.supplier).business_name),
    ),
    has_more: awaiting.length > start + limit,
  };
}

/**
 * Sends the shop owner a code to confirm receipt (a new one replaces the session's last).
 *
 * @throws ApiError `escrow_disputed` while disputed, and the code budgets' refusals
 */
export function requestReceiptCode(
  ctx: Context,
  sessionId: string,
  paymentId: string,
): VerificationCode {
  const receipt = receiptFor(ctx, sessionId, paymentId);
  if (receipt.payment.escrow.status === 'disputed') {
    throw new ApiError(
      'escrow_disputed',
      'The payment is disputed: receipt cannot be confirmed until it closes',
    );
  }
  return sendCode(ctx, purposeOf(ctx, receipt));
}

/**
 * The shop confirms receipt with the code sent for exactly what is held now: the bank pays the
 * supplier, recording `released_by: 'shop'`. A code sent before a partial refund no longer fits.
 *
 * @throws ApiError the code's refusals (`verification_code_…`), `escrow_disputed`, `escrow_settled`
 */
export function confirmReceipt(
  ctx: Context,
  sessionId: string,
  paymentId: string,
  params: ConfirmReceiptParams,
): Payment {
  const receipt = receiptFor(ctx, sessionId, paymentId);
  if (receipt.payment.escrow.status === 'disputed') {
    throw new ApiError(
      'escrow_disputed',
      'The payment is disputed: receipt cannot be confirmed until it closes',
    );
  }
  consumeCode(ctx, purposeOf(ctx, receipt), params.verification_code);
  return releaseOnReceipt(ctx, paymentId);
}
