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

/**
 * Who authorised a release of escrowed money: the shop itself (its page's session and a one-time
 * code: 确认收货), the auto-confirm timer, the closing of a dispute in the supplier's favour, or
 * the partner's secret key (only for a partner whose contract allows it, with a reason).
 */
export const RELEASERS = ['shop', 'auto_confirm', 'dispute_resolution', 'partner'] as const;
/** Who authorised a release: shop, auto_confirm, dispute_resolution or partner. */
export type Releaser = (typeof RELEASERS)[number];

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
  /** Who authorised the latest release; `null` before any. Each `escrow.released` event carries it. */
  released_by: z.nullable(openEnum(RELEASERS)),
  /** The partner's reason, when the latest release was the partner's (`released_by: 'partner'`). */
  release_reason: z.nullable(z.string()),
});
export type Escrow = z.infer<typeof Escrow>;

const ShortText = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(100));

/** The platform reports that the supplier shipped the goods: the auto-release timer starts. */
export const ShipPaymentParams = z.strictObject({
  carrier: ShortText,
  tracking_number: ShortText,
});
export type ShipPaymentParams = z.input<typeof ShipPaymentParams>;

/**
 * The partner releases escrowed money to the supplier with its secret key: all that is held, or
 * `amount` of it. Only a partner whose contract allows it (`secret_key_release`) may, and it must
 * say why; releasing on receipt is the shop's own act (`confirmClientReceipt`).
 */
export const ReleasePaymentParams = z.strictObject({
  amount: z.optional(PositiveMoney),
  /** Why the partner releases rather than the shop; required. */
  reason: z.optional(/* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(500))),
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

/** What the shop is asked to confirm receipt of: the amount held and who it goes to. */
export const ReceiptConfirmation = z.object({
  object: z.literal('receipt_confirmation'),
  /** The escrowed payment. */
  payment: z.string(),
  /** What confirming pays the supplier now: everything still held. */
  amount: Money,
  /** The supplier's business name, as the confirmation states it. */
  supplier_name: z.string(),
  status: openEnum(ESCROW_STATUSES),
  /** When the bank releases the money itself if the shop does nothing; `null` before shipment. */
  auto_release_at: z.nullable(Timestamp),
  /**
   * The order the payment paid, as the platform described its checkout session (its order
   * number); `null` when the session had no description. Optional: a bank from before it
   * leaves it out.
   */
  order_reference: z.optional(z.nullable(z.string())),
  /** When the shop paid. Optional: a bank from before it leaves it out. */
  paid_at: z.optional(Timestamp),
});
export type ReceiptConfirmation = z.infer<typeof ReceiptConfirmation>;

/** The shop confirms receipt with the one-time code sent for it. */
export const ConfirmReceiptParams = z.strictObject({
  verification_code: /* @__PURE__ */ z
    .string()
    .check(z.regex(/^\d{6}$/, 'must be the 6-digit code sent by SMS')),
});
export type ConfirmReceiptParams = z.input<typeof ConfirmReceiptParams>;
