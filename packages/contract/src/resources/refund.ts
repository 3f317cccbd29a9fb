import { Timestamp } from '../common.js';
import { PaymentId, RefundId } from '../ids.js';
import { PositiveMoney, Money } from '../money.js';
import { openEnum } from '../open-enum.js';
import { z } from '../zod.js';

/** Why a payment was refunded. */
export const REFUND_REASONS = [
  'requested_by_buyer',
  'duplicate',
  'goods_not_received',
  'other',
] as const;

/** Money returned from a supplier to the shop's wallet, for all or part of a payment. */
export const Refund = z.object({
  id: RefundId,
  object: z.literal('refund'),
  payment: PaymentId,
  amount: Money,
  reason: z.nullable(openEnum(REFUND_REASONS)),
  status: openEnum(['succeeded', 'failed']),
  created: Timestamp,
});
export type Refund = z.infer<typeof Refund>;

/** Parameters to refund a payment. Without `amount`, refunds all that is not yet refunded. */
export const CreateRefundParams = z.strictObject({
  amount: z.optional(PositiveMoney),
  reason: z.optional(z.enum(REFUND_REASONS)),
});
export type CreateRefundParams = z.input<typeof CreateRefundParams>;
