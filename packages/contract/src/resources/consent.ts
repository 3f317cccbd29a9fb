import { Timestamp } from '../common.js';
import { BuyerId, idOf } from '../ids.js';
import { ListParams } from '../list.js';
import { openEnum } from '../open-enum.js';
import { z } from '../zod.js';

/**
 * What a shop agrees to, each under its own consent (PIPL separate consent):
 * - `credit_query` (征信授权): the bank may query its credit record; needed to apply for credit;
 * - `data_sharing` (数据授权): the platform may share its trade data with the bank; needed for
 *   limit reviews; revoking it holds the limit where it is;
 * - `loan_agreement`: the agreement of one drawdown, recorded by the bank with the loan;
 * - `direct_debit` (代扣授权): the bank may debit the shop's wallet on each due date; without
 *   it nothing is debited, and the shop repays by itself.
 */
export const CONSENT_TYPES = [
  'credit_query',
  'data_sharing',
  'loan_agreement',
  'direct_debit',
] as const;
/** The kinds of consent a shop gives: credit-query, data sharing, loan agreement, direct debit. */
export type ConsentType = (typeof CONSENT_TYPES)[number];

/** The consents a shop gives by itself (a loan agreement comes with its drawdown). */
export const GIVABLE_CONSENT_TYPES = ['credit_query', 'data_sharing', 'direct_debit'] as const;

/** The consents a shop may revoke from its own wallet page, by type. */
export const PAGE_REVOCABLE_CONSENT_TYPES = ['data_sharing', 'direct_debit'] as const;
/** A consent a shop may revoke from its own wallet page: data sharing, direct debit. */
export type PageRevocableConsentType = (typeof PAGE_REVOCABLE_CONSENT_TYPES)[number];

/** The languages the bank's consent texts exist in. */
export const CONSENT_LOCALES = ['zh-CN', 'en'] as const;

/** A consent's id, `con_…`. */
export const ConsentId = idOf('con');

/**
 * A consent text as the bank publishes it: the page shows `text` in full, and the consent
 * records `version` and the bank's own hash of exactly this text.
 */
export const ConsentTemplate = z.object({
  object: z.literal('consent_template'),
  type: openEnum(CONSENT_TYPES),
  version: z.string(),
  locale: openEnum(CONSENT_LOCALES),
  title: z.string(),
  text: z.string(),
  /** SHA-256 of `text` (UTF-8), hex. */
  text_sha256: z.string(),
  /** Who receives the data (data sharing), or `null`. */
  recipient: z.nullable(z.string()),
  purpose: z.nullable(z.string()),
  data_types: z.array(z.string()),
  /** How long the consent lasts, or `null` for as long as the relationship. */
  duration_days: z.nullable(z.int()),
});
export type ConsentTemplate = z.infer<typeof ConsentTemplate>;

/** Which language of a template to read. */
export const ConsentTemplateQuery = z.strictObject({
  locale: z.optional(z.enum(CONSENT_LOCALES)),
});

/** A consent a shop gave, as the bank recorded it. */
export const Consent = z.object({
  id: ConsentId,
  object: z.literal('consent'),
  buyer: BuyerId,
  type: openEnum(CONSENT_TYPES),
  /** `expired` once `expires_at` has passed (a data-sharing consent lasts one year). */
  status: openEnum(['active', 'revoked', 'expired']),
  template_version: z.string(),
  locale: openEnum(CONSENT_LOCALES),
  /** The bank's SHA-256 of the exact text accepted; never a hash sent by a page. */
  text_sha256: z.string(),
  recipient: z.nullable(z.string()),
  purpose: z.nullable(z.string()),
  data_types: z.array(z.string()),
  /** When the consent lapses, or `null`. */
  expires_at: z.nullable(Timestamp),
  /** The checkout or wallet session the consent was given through, or `null` (the partner's server). */
  session: z.nullable(z.string()),
  created: Timestamp,
  revoked_at: z.nullable(Timestamp),
});
export type Consent = z.infer<typeof Consent>;

const consentFields = {
  type: z.enum(GIVABLE_CONSENT_TYPES),
  /** The version of the text the shop was shown: an outdated one is refused. */
  template_version: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(40)),
  locale: z.enum(CONSENT_LOCALES),
};

/** Parameters to record a consent from the partner's server. */
export const CreateConsentParams = z.strictObject({
  buyer: BuyerId,
  ...consentFields,
});
export type CreateConsentParams = z.input<typeof CreateConsentParams>;

/** Parameters to record a consent from the page: the buyer is the session's. */
export const CreateClientConsentParams = z.strictObject({ ...consentFields });
export type CreateClientConsentParams = z.input<typeof CreateClientConsentParams>;

/** Listing filters for consents. */
export const ListConsentsParams = z.extend(ListParams, {
  buyer: z.optional(BuyerId),
  type: z.optional(z.enum(CONSENT_TYPES)),
});
export type ListConsentsParams = z.input<typeof ListConsentsParams>;
