import { Timestamp } from '../common.js';
import { Money, PositiveMoney } from '../money.js';
import { openEnum } from '../open-enum.js';
import { z } from '../zod.js';

/**
 * How the goods reach the shop: delivered by a carrier, or picked up at the supplier's. It sets
 * how long the shop has to confirm receipt before the money is released on its own.
 */
export const FULFILMENTS = ['delivery', 'pickup'] as const;
/** How the goods of an escrowed payment reach the shop: delivery or pickup. */
export type Fulfilment = (typeof FULFILMENTS)[number];

/**
 * Days from shipment until escrowed money releases itself (自动确认收货), when the session does
 * not name `auto_release_days`: 10 for delivery, 2 for pickup.
 */
export const DEFAULT_AUTO_RELEASE_DAYS: Record<Fulfilment, number> = { delivery: 10, pickup: 2 };

/** The longest auto-release a session may ask for, in days. */
export const MAX_AUTO_RELEASE_DAYS = 30;

/** A platform's commission (分账) may take at most this share of a payment, in percent. */
export const MAX_COMMISSION_PERCENT = 30;

/** The largest commission allowed on a payment of `amount` fen (30%, rounded down). */
export function maxCommission(amount: number): number {
  return Math.floor((amount * MAX_COMMISSION_PERCENT) / 100);
}

/**
 * The part of the commission earned once `released` fen of a payment of `amount` fen have
 * been released: prorated and rounded down, so a release in parts never earns more than one in
 * full, and releasing everything earns the whole commission.
 */
export function commissionEarned(commission: number, released: number, amount: number): number {
  return amount === 0 ? 0 : Math.floor((commission * released) / amount);
}

/** What a checkout session asks of escrow (担保交易). */
export const EscrowParams = z.strictObject({
  /** `pickup` releases after 2 days by default, `delivery` (the default) after 10. */
  fulfilment: z.optional(z.enum(FULFILMENTS)),
  /** Days from shipment until the money releases itself; overrides the fulfilment's default. */
  auto_release_days: z.optional(
    /* @__PURE__ */ z.int().check(z.minimum(1), z.maximum(MAX_AUTO_RELEASE_DAYS)),
  ),
});
export type EscrowParams = z.input<typeof EscrowParams>;

/** The escrow terms a checkout session was created with. */
export const EscrowTerms = z.object({
  fulfilment: openEnum(FULFILMENTS),
  auto_release_days: z.int(),
});
export type EscrowTerms = z.infer<typeof EscrowTerms>;

/**
 * Where escrowed money stands: `held` until shipment is reported, then `shipped` with the
 * auto-release timer running; `disputed` pauses it; `released` or `refunded` once nothing is
 * held any more (`released` when any of it reached the supplier).
 */
export const ESCROW_STATUSES = ['held', 'shipped', 'disputed', 'released', 'refunded'] as const;
/** Where an escrowed payment's money is: held, shipped, disputed, released or refunded. */
export type EscrowStatus = (typeof ESCROW_STATUSES)[number];

/** Why a shop disputes an escrowed payment. */
export const DISPUTE_REASONS = [
  'refund_requested',
  'goods_not_received',
  'goods_not_as_described',
  'other',
] as const;

/** The escrow of a payment: what is held, released and refunded, and the timer. */
export const Escrow = z.object({
  status: openEnum(ESCROW_STATUSES),
  fulfilment: openEnum(FULFILMENTS),
  auto_release_days: z.int(),
  amount_held: Money,
  amount_released: Money,
  /** The platform's commission agreed on the session (0 for none). */
  commission_amount: Money,
  /** What of it has been paid to the platform so far, prorated on each release. */
  commission_paid: Money,
  shipment: z.nullable(
    z.object({ carrier: z.string(), tracking_number: z.string(), shipped_at: Timestamp }),
  ),
  /** When what is still held releases itself, while the timer runs; `null` before shipment or during a dispute. */
  auto_release_at: z.nullable(Timestamp),
  /** Seconds the paused timer had left when a dispute opened; it resumes with them. */
  auto_release_remaining: z.nullable(z.int()),
  dispute: z.nullable(
    z.object({
      reason: openEnum(DISPUTE_REASONS),
      description: z.nullable(z.string()),
      opened_at: Timestamp,
    }),
  ),
});
export type Escrow = z.infer<typeof Escrow>;

const ShortText = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(100));

/** The platform reports that the supplier shipped the goods: the auto-release timer starts. */
export const ShipPaymentParams = z.strictObject({
  carrier: ShortText,
  tracking_number: ShortText,
});
export type ShipPaymentParams = z.input<typeof ShipPaymentParams>;

/** Releases escrowed money to the supplier: all that is held, or `amount` of it. */
export const ReleasePaymentParams = z.strictObject({
  amount: z.optional(PositiveMoney),
});
export type ReleasePaymentParams = z.input<typeof ReleasePaymentParams>;

/** Opens a dispute on an escrowed payment: the timer pauses. */
export const DisputePaymentParams = z.strictObject({
  reason: z.enum(DISPUTE_REASONS),
  description: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(500))),
});
export type DisputePaymentParams = z.input<typeof DisputePaymentParams>;

/**
 * Closes a dispute without a refund: `release` decides it for the supplier (everything held is
 * released); `resume` (the shop withdrew it) lets the timer run on with the time it had left.
 */
export const CloseDisputeParams = z.strictObject({
  resolution: z.enum(['release', 'resume']),
});
export type CloseDisputeParams = z.input<typeof CloseDisputeParams>;
