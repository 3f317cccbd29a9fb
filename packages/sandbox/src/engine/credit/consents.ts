import {
  CONSENT_TYPES,
  PAGE_REVOCABLE_CONSENT_TYPES,
  generateId,
  type Consent,
  type ConsentTemplate,
  type ConsentType,
  type CreateClientConsentParams,
  type ListConsentsParams,
} from '@xinghui/contract';
import { ApiError } from '../core/api-error.js';
import { getBuyer } from '../trade/buyers.js';
import { consentTemplate, CONSENT_TEMPLATE_VERSION } from './consent-templates.js';
import type { Context } from '../core/context.js';
import { recordEvent } from '../webhooks/events.js';
import { listPage } from '../core/list-page.js';
import { getOwned, withoutPartner } from '../core/owned-rows.js';
import type { ConsentRecord } from '../core/records.js';

/**
 * Refuses a consent to any text but the bank's current one, so the shop reads what it agrees to.
 *
 * @throws ApiError `consent_template_outdated`
 */
export function assertCurrentTemplate(version: string, param: string): void {
  if (version !== CONSENT_TEMPLATE_VERSION) {
    throw new ApiError(
      'consent_template_outdated',
      `The current text is version ${CONSENT_TEMPLATE_VERSION}: show it and ask again`,
      { param },
    );
  }
}

/**
 * Records that a shop agreed to the bank's current text of a consent. The bank hashes its own
 * text; the page only says which version it showed, and an outdated one is refused so the shop
 * reads what it is agreeing to.
 *
 * @param session - the checkout or wallet session it came through, `null` from the server
 * @throws ApiError `consent_template_outdated`
 */
export function giveConsent(
  ctx: Context,
  buyerId: string,
  params: CreateClientConsentParams,
  session: string | null,
): Consent {
  const buyer = getBuyer(ctx, buyerId, 'buyer');
  assertCurrentTemplate(params.template_version, 'template_version');
  const consent = newConsent(ctx, buyer.id, consentTemplate(params.type, params.locale), session);
  ctx.store.insert('consents', consent);
  return presentConsent(ctx, consent);
}

/**
 * A consent as the API shows it: `expired` once its `expires_at` has passed (the record keeps
 * what the shop gave; the status is read against the partner's clock).
 */
export function presentConsent(ctx: Context, consent: ConsentRecord): Consent {
  const expired =
    consent.status === 'active' && consent.expires_at !== null && consent.expires_at <= ctx.now;
  return withoutPartner(expired ? { ...consent, status: 'expired' } : consent);
}

/**
 * Records the loan agreement a shop accepts with a drawdown, as a consent of its own: that
 * loan's own text (loan-agreement.ts), in the language the page showed it, its version and the
 * bank's hash, and the session it came through.
 */
export function recordLoanAgreement(
  ctx: Context,
  buyerId: string,
  session: string,
  agreement: ConsentTemplate,
): ConsentRecord {
  const consent = newConsent(ctx, buyerId, agreement, session);
  ctx.store.insert('consents', consent);
  return consent;
}

/** A consent to exactly `template`: its version, locale and the bank's hash of its text. */
function newConsent(
  ctx: Context,
  buyer: string,
  template: ConsentTemplate,
  session: string | null,
): ConsentRecord {
  return {
    id: generateId('con'),
    partner: ctx.partner.id,
    object: 'consent',
    buyer,
    type: template.type,
    status: 'active',
    template_version: template.version,
    locale: template.locale,
    text_sha256: template.text_sha256,
    recipient: template.recipient,
    purpose: template.purpose,
    data_types: template.data_types,
    expires_at: template.duration_days === null ? null : ctx.now + template.duration_days * 86_400,
    session,
    created: ctx.now,
    revoked_at: null,
  };
}

export function retrieveConsent(ctx: Context, id: string): Consent {
  return presentConsent(ctx, getOwned<ConsentRecord>(ctx, 'consents', id));
}

export function listConsents(ctx: Context, params: ListConsentsParams) {
  const { limit, starting_after, ...filters } = params;
  return listPage(ctx, 'consents', filters, { limit, starting_after }, (consent: ConsentRecord) =>
    presentConsent(ctx, consent),
  );
}

/**
 * Revokes a credit-query, data-sharing or direct-debit consent. Revoking data sharing stops
 * limit reviews and holds the limit where it is; it never takes away a line already granted.
 * Revoking direct debit stops the due-date debits (loan-servicing.ts); the loans stay due.
 *
 * @throws ApiError `consent_not_revocable` for a loan agreement or a consent already revoked or
 *   expired
 */
export function revokeConsent(ctx: Context, id: string): Consent {
  const consent = getOwned<ConsentRecord>(ctx, 'consents', id);
  const status = presentConsent(ctx, consent).status;
  if (consent.type === 'loan_agreement' || status !== 'active') {
    throw new ApiError(
      'consent_not_revocable',
      status === 'expired'
        ? 'This consent has expired'
        : status !== 'active'
          ? 'This consent is already revoked'
          : 'A loan agreement cannot be revoked',
    );
  }
  const revoked: ConsentRecord = { ...consent, status: 'revoked', revoked_at: ctx.now };
  ctx.store.update('consents', revoked);
  recordEvent(ctx, 'consent.revoked', withoutPartner(revoked));
  return withoutPartner(revoked);
}

/**
 * Revokes the shop's own active consent of a type, from its wallet page: only those the page
 * may revoke (`PAGE_REVOCABLE_CONSENT_TYPES`); a credit-query consent is revoked through the
 * partner, and a loan agreement never is.
 *
 * @throws ApiError `resource_missing` for a type that does not exist or that the shop has no
 *   active consent of, `consent_not_revocable` for a type the page may not revoke
 */
export function revokeOwnConsent(ctx: Context, buyerId: string, type: string): Consent {
  if (!(CONSENT_TYPES as readonly string[]).includes(type)) {
    throw new ApiError('resource_missing', `No consent type ${type}`, { param: 'id' });
  }
  if (!(PAGE_REVOCABLE_CONSENT_TYPES as readonly string[]).includes(type)) {
    throw new ApiError(
      'consent_not_revocable',
      `A ${type} consent cannot be revoked from the shop's page`,
      { param: 'id' },
    );
  }
  const consent = activeConsent(ctx, buyerId, type as ConsentType);
  if (!consent) {
    throw new ApiError('resource_missing', `This shop has no active ${type} consent`, {
      param: 'id',
    });
  }
  return revokeConsent(ctx, consent.id);
}

/** The shop's active consent of a type, if it has one that has not lapsed. */
export function activeConsent(
  ctx: Context,
  buyerId: string,
  type: ConsentType,
): ConsentRecord | undefined {
  return ctx.store
    .find<ConsentRecord>('consents', {
      where: { partner: ctx.partner.id, buyer: buyerId, type, status: 'active' },
    })
    .find((consent) => consent.expires_at === null || consent.expires_at > ctx.now);
}
