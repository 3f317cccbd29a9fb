import { Timestamp } from '../common.js';
import { BuyerId, CheckoutSessionId, PaymentId, SupplierId } from '../ids.js';
import { ListParams } from '../list.js';
import { Money } from '../money.js';
import { openEnum } from '../open-enum.js';
import { z } from '../zod.js';
import { PAYMENT_METHODS } from './checkout-session.js';
import { Escrow } from './escrow.js';

/** A payment's state. A refunded payment stays `succeeded`; see `amount_refunded`. */
export const PAYMENT_STATUSES = ['succeeded', 'failed'] as const;

/** Money that moved from a shop to a supplier for one checkout session. */
export const Payment = z.object({
  id: PaymentId,
  object: z.literal('payment'),
  status: openEnum(PAYMENT_STATUSES),
  method: openEnum(PAYMENT_METHODS),
  amount: Money,
  amount_refunded: Money,
  buyer: BuyerId,
  supplier: SupplierId,
  checkout_session: CheckoutSessionId,
  /** Why the payment failed, as an error code, when it did. */
  failure_code: z.nullable(z.string()),
  /** The escrow holding the money, for a session paid in escrow; `null` otherwise. */
  escrow: z.optional(z.nullable(Escrow)),
  created: Timestamp,
});
export type Payment = z.infer<typeof Payment>;

/** Listing filters for payments. */
export const ListPaymentsParams = z.extend(ListParams, {
  buyer: z.optional(BuyerId),
  supplier: z.optional(SupplierId),
});
export type ListPaymentsParams = z.input<typeof ListPaymentsParams>;
