import { Consent, ConsentTemplate, CreateClientConsentParams } from '../resources/consent.js';
import { ClientConsentTemplateQuery } from '../resources/loan.js';
import type { Endpoint } from './endpoint.js';

/** Consents from the page, for the session's own buyer. */
export const clientConsentEndpoints = {
  retrieveClientConsentTemplate: {
    method: 'GET',
    path: '/v1/client/consent_templates/{id}',
    auth: 'client',
    tag: 'Consents (page)',
    summary:
      "Read a consent text to show it in full before the shop agrees (a checkout's loan agreement: that loan's own)",
    query: ClientConsentTemplateQuery,
    response: ConsentTemplate,
  },
  createClientConsent: {
    method: 'POST',
    path: '/v1/client/consents',
    auth: 'client',
    tag: 'Consents (page)',
    summary:
      "Record the session's shop's consent to the text it was shown (a checkout or wallet page)",
    body: CreateClientConsentParams,
    response: Consent,
  },
  revokeClientConsent: {
    method: 'POST',
    path: '/v1/client/consents/{id}/revoke',
    auth: 'client',
    tag: 'Consents (page)',
    summary:
      "Revoke the wallet session's shop's active consent of a type (data_sharing or direct_debit)",
    response: Consent,
  },
} satisfies Record<string, Endpoint>;
