import {
  CONSENT_TYPES,
  clientConsentEndpoints,
  consentEndpoints,
  type ConsentType,
} from '@xinghui/contract';
import type { Hono } from 'hono';
import { ApiError } from '../engine/core/api-error.js';
import { getCheckoutSession } from '../engine/payments/checkout-sessions.js';
import { consentTemplate } from '../engine/credit/consent-templates.js';
import { chosenTerm, ownAgreement } from '../engine/credit/loan-agreement.js';
import {
  giveConsent,
  listConsents,
  retrieveConsent,
  revokeConsent,
} from '../engine/credit/consents.js';
import type { Env } from '../http/env.js';
import { mount } from '../http/mount.js';
import { buyerOfSession } from './session-buyer.js';

/** The bank's template of a type named in the path, in the asked language (zh-CN by default). */
function template(type: string, locale: 'zh-CN' | 'en' | undefined) {
  if (!(CONSENT_TYPES as readonly string[]).includes(type)) {
    throw new ApiError('resource_missing', `No consent template ${type}`, { param: 'id' });
  }
  return consentTemplate(type as ConsentType, locale ?? 'zh-CN');
}

/** Consents from the partner's server, and from the page for the session's own shop. */
export function consentRoutes(app: Hono<Env>): void {
  mount(app, consentEndpoints.retrieveConsentTemplate, (_ctx, { id, query }) =>
    template(id, query.locale),
  );
  mount(app, consentEndpoints.createConsent, (ctx, { body: { buyer, ...params } }) =>
    giveConsent(ctx, buyer, params, null),
  );
  mount(app, consentEndpoints.retrieveConsent, (ctx, { id }) => retrieveConsent(ctx, id));
  mount(app, consentEndpoints.listConsents, (ctx, { query }) => listConsents(ctx, query));
  mount(app, consentEndpoints.revokeConsent, (ctx, { id }) => revokeConsent(ctx, id));

  mount(
    app,
    clientConsentEndpoints.retrieveClientConsentTemplate,
    (ctx, { id, query, sessionId }) => {
      const { locale, ...term } = query;
      if (id !== 'loan_agreement') return template(id, locale);
      // A checkout's loan agreement is that loan's own: its figures, for the term chosen.
      const session = getCheckoutSession(ctx, sessionId);
      return ownAgreement(ctx, session, chosenTerm(ctx, session, term), locale ?? 'zh-CN');
    },
    // A wallet page shows the texts too, before a shop accepts its pre-approval.
    ['give_consent', 'respond_to_pre_approval'],
  );
  mount(
    app,
    clientConsentEndpoints.createClientConsent,
    // From the checkout page (with a credit application) or later from the wallet page.
    (ctx, { sessionId, body }) => giveConsent(ctx, buyerOfSession(ctx, sessionId), body, sessionId),
    'give_consent',
  );
}
