import { Timestamp } from '../common.js';
import { BuyerId, PaymentId, SupplierId, idOf } from '../ids.js';
import { ListParams } from '../list.js';
import { Money, PositiveMoney } from '../money.js';
import { openEnum } from '../open-enum.js';
import { z } from '../zod.js';
import { CreditLineId, DecisionReason } from './credit.js';

/** A trade report's id, `tr_…`. */
export const TradeReportId = idOf('tr');
/** A limit review's id, `lr_…`. */
export const LimitReviewId = idOf('lr');

/** What a trade report tells the bank: an order placed, its goods delivered, or goods returned. */
export const TRADE_REPORT_TYPES = ['order', 'delivery', 'return'] as const;

/**
 * A fact of the shop's trade, reported by the platform with its secret key (never by a page):
 * the data behind limit reviews. The order, its payment and its shipment are tied by the
 * platform's `order_id` (三流合一).
 */
export const TradeReport = z.object({
  id: TradeReportId,
  object: z.literal('trade_report'),
  buyer: BuyerId,
  supplier: SupplierId,
  type: openEnum(TRADE_REPORT_TYPES),
  /** The platform's own order number: ties an order to its delivery, returns and payment. */
  order_id: z.string(),
  amount: Money,
  /** The bank payment that paid the order, when it was paid through the bank. */
  payment: z.nullable(PaymentId),
  /** The carrier and tracking number of a delivery. */
  shipment: z.nullable(z.object({ carrier: z.string(), tracking_number: z.string() })),
  /** When it happened, by the platform's records. */
  occurred_at: Timestamp,
  created: Timestamp,
});
export type TradeReport = z.infer<typeof TradeReport>;

/** Parameters of a trade report. */
export const CreateTradeReportParams = z.strictObject({
  buyer: BuyerId,
  supplier: SupplierId,
  type: z.enum(TRADE_REPORT_TYPES),
  order_id: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(64)),
  amount: PositiveMoney,
  payment: z.optional(PaymentId),
  shipment: z.optional(
    z.strictObject({
      carrier: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(40)),
      tracking_number: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(64)),
    }),
  ),
  /** Defaults to now; never in the future. */
  occurred_at: z.optional(Timestamp),
});
export type CreateTradeReportParams = z.input<typeof CreateTradeReportParams>;

/** Listing filters for trade reports. */
export const ListTradeReportsParams = z.extend(ListParams, { buyer: z.optional(BuyerId) });
export type ListTradeReportsParams = z.input<typeof ListTradeReportsParams>;

/** A limit review: the risk engine's judgement of a line on the shop's trade and credit record. */
export const LimitReview = z.object({
  id: LimitReviewId,
  object: z.literal('limit_review'),
  credit_line: CreditLineId,
  outcome: openEnum(['raise', 'hold', 'cut']),
  previous_limit: Money,
  limit: Money,
  reasons: z.array(DecisionReason),
  created: Timestamp,
});
export type LimitReview = z.infer<typeof LimitReview>;

/** Parameters of a limit review. */
export const CreateLimitReviewParams = z.strictObject({ credit_line: CreditLineId });
export type CreateLimitReviewParams = z.input<typeof CreateLimitReviewParams>;
