import { CONSENT_LOCALES } from './consent.js';
import { CreditApplicationId, CreditLineId, DecisionReason, OfferedTerm } from './credit.js';
import { CreditCode } from '../credit-code.js';
import { DisplayName, Timestamp } from '../common.js';
import { BuyerId, SupplierId, idOf } from '../ids.js';
import { ListParams } from '../list.js';
import { Money } from '../money.js';
import { openEnum } from '../open-enum.js';
import { MobilePhone } from '../phone.js';
import { Rate } from '../rate.js';
import { z } from '../zod.js';

/** A pre-approval's id, `pa_…`. */
export const PreApprovalId = idOf('pa');
/** A nomination's id, `pab_…`: the pre-approvals one call made. */
export const PreApprovalBatchId = idOf('pab');

/** The most shops one nomination may name. */
export const MAX_PRE_APPROVAL_SHOPS = 1_000;

/** How long a shop has to answer an invitation, in days. */
export const PRE_APPROVAL_LIFETIME_DAYS = 30;

/**
 * Where a pre-approval stands:
 * - `ineligible`: the bank's pre-assessment found nothing to offer (see `reasons`); the shop is
 *   not invited;
 * - `invited`: an offer is prepared and the shop may accept or decline it;
 * - `accepted`: the shop accepted, gave its consents, and the application opened its line;
 * - `not_approved`: the shop accepted, but the application (now with its credit record) was
 *   declined or referred;
 * - `declined`: the shop said no;
 * - `expired`: the shop did not answer within {@link PRE_APPROVAL_LIFETIME_DAYS} days.
 */
export const PRE_APPROVAL_STATUSES = [
  'ineligible',
  'invited',
  'accepted',
  'not_approved',
  'declined',
  'expired',
] as const;

/** Whole-number bounds of one trade figure. */
// @__NO_SIDE_EFFECTS__
function count(max: number) {
  return z.int().check(z.minimum(0), z.maximum(max));
}

/**
 * The shop's trade with the supplier as the platform's records show it. Every figure is
 * optional: one left out counts as unknown (never as zero).
 */
export const NomineeTradeHistory = z.strictObject({
  /** Months of the last twelve with at least one order. */
  active_months_12m: z.optional(count(12)),
  /** Orders placed in the last 90 days. */
  orders_90d: z.optional(count(1_000_000)),
  /** Days since the last order. */
  days_since_last_order: z.optional(count(36_500)),
  /** What was ordered in the last 90 days, net of returns. */
  gmv_90d: z.optional(Money),
  /** What was ordered in the last twelve months, net of returns. */
  gmv_12m: z.optional(Money),
  /** What was returned in the last twelve months. */
  returns_12m: z.optional(Money),
});
export type NomineeTradeHistory = z.input<typeof NomineeTradeHistory>;

/**
 * One shop a supplier nominates: an existing buyer, what the platform holds of it (checked
 * against the buyer when given) and its trade history.
 */
export const PreApprovalNominee = z.strictObject({
  buyer: BuyerId,
  business_name: z.optional(DisplayName),
  credit_code: z.optional(CreditCode),
  owner_name: z.optional(DisplayName),
  phone: z.optional(MobilePhone),
  /** How long the shop has traded, in months. */
  months_trading: /* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(1200)),
  trade_history: z.optional(NomineeTradeHistory),
});
export type PreApprovalNominee = z.input<typeof PreApprovalNominee>;

/** Parameters of a nomination: one supplier's shops, 1 to 1,000 of them, each at most once. */
export const CreatePreApprovalsParams = z.strictObject({
  supplier: SupplierId,
  shops: /* @__PURE__ */ z.array(PreApprovalNominee).check(
    z.minLength(1, 'must name at least one shop'),
    z.maxLength(MAX_PRE_APPROVAL_SHOPS, `must name at most ${MAX_PRE_APPROVAL_SHOPS} shops`),
    z.refine((shops) => new Set(shops.map((shop) => shop.buyer)).size === shops.length, {
      message: 'must name each shop at most once',
    }),
  ),
});
export type CreatePreApprovalsParams = z.input<typeof CreatePreApprovalsParams>;

/** The bank's indicative offer: what the line would be if the shop's application agrees. */
export const PreApprovalOffer = z.object({
  limit: Money,
  /** 年化利率. */
  apr: Rate,
  /** 日利率 = APR / 360. */
  daily_rate: Rate,
  term_options: z.array(OfferedTerm),
});
export type PreApprovalOffer = z.infer<typeof PreApprovalOffer>;

/**
 * A shop's supplier-led pre-approval (批量预授信): the bank's pre-assessment on the platform's
 * data alone (never the credit bureau: the shop has not consented yet), the offer it prepared,
 * and the shop's answer.
 */
export const PreApproval = z.object({
  id: PreApprovalId,
  object: z.literal('pre_approval'),
  /** The nomination it came from. */
  batch: PreApprovalBatchId,
  supplier: SupplierId,
  buyer: BuyerId,
  status: openEnum(PRE_APPROVAL_STATUSES),
  /** The prepared offer, or `null` when the shop was `ineligible`. */
  offer: z.nullable(PreApprovalOffer),
  reasons: z.array(DecisionReason),
  /** How the pre-assessment decided; `null` when no rule ran (a mismatch of the shop's data). */
  decision: z.nullable(
    z.object({ score: z.int(), rules_fired: z.array(z.string()), rule_set: z.string() }),
  ),
  /** Always `false`: a pre-assessment never queries the credit bureau. */
  credit_bureau_queried: z.literal(false),
  /** How long the shop had traded, as nominated: the application uses it. */
  months_trading: z.int(),
  /** The application the acceptance ran, or `null`. */
  credit_application: z.nullable(CreditApplicationId),
  /** The line that application opened, or `null`. */
  credit_line: z.nullable(CreditLineId),
  /** The consents the shop gave when it accepted. */
  consents: z.array(z.string()),
  /** The checkout or wallet session the shop answered through, or `null`. */
  session: z.nullable(z.string()),
  /** When the invitation lapses (`null` when none was sent). */
  expires_at: z.nullable(Timestamp),
  /** When the shop accepted or declined, or `null`. */
  responded_at: z.nullable(Timestamp),
  created: Timestamp,
  updated: Timestamp,
});
export type PreApproval = z.infer<typeof PreApproval>;

/** What one nomination made: a pre-approval per shop, in the order the shops were given. */
export const PreApprovalBatch = z.object({
  id: PreApprovalBatchId,
  object: z.literal('pre_approval_batch'),
  supplier: SupplierId,
  /** Shops invited now (a shop already invited keeps its invitation and is counted here). */
  invited: z.int(),
  /** Shops the pre-assessment found nothing to offer. */
  ineligible: z.int(),
  data: z.array(PreApproval),
  created: Timestamp,
});
export type PreApprovalBatch = z.infer<typeof PreApprovalBatch>;

/** Listing filters for pre-approvals. */
export const ListPreApprovalsParams = z.extend(ListParams, {
  status: z.optional(z.enum(PRE_APPROVAL_STATUSES)),
  supplier: z.optional(SupplierId),
  buyer: z.optional(BuyerId),
  batch: z.optional(PreApprovalBatchId),
});
export type ListPreApprovalsParams = z.input<typeof ListPreApprovalsParams>;

/**
 * The shop's one-tap acceptance: the version of the consent texts the page showed it (the
 * credit-query authorisation and the data-sharing consent, both given now) and their language.
 */
export const AcceptPreApprovalParams = z.strictObject({
  template_version: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(40)),
  locale: z.optional(z.enum(CONSENT_LOCALES)),
});
export type AcceptPreApprovalParams = z.input<typeof AcceptPreApprovalParams>;
