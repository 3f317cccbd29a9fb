import { listOf } from '../list.js';
import {
  Consent,
  ConsentTemplate,
  ConsentTemplateQuery,
  CreateConsentParams,
  ListConsentsParams,
} from '../resources/consent.js';
import type { Endpoint } from './endpoint.js';

/** Consents: the bank's consent texts, and what shops agreed to. */
export const consentEndpoints = {
  retrieveConsentTemplate: {
    method: 'GET',
    path: '/v1/consent_templates/{id}',
    auth: 'secret',
    tag: 'Consents',
    summary:
      "Read the bank's current consent text of a type (credit_query, data_sharing, direct_debit)",
    query: ConsentTemplateQuery,
    response: ConsentTemplate,
  },
  createConsent: {
    method: 'POST',
    path: '/v1/consents',
    auth: 'secret',
    tag: 'Consents',
    summary: "Record a shop's consent to the bank's current text",
    body: CreateConsentParams,
    response: Consent,
  },
  retrieveConsent: {
    method: 'GET',
    path: '/v1/consents/{id}',
    auth: 'secret',
    tag: 'Consents',
    summary: 'Retrieve a consent',
    response: Consent,
  },
  listConsents: {
    method: 'GET',
    path: '/v1/consents',
    auth: 'secret',
    tag: 'Consents',
    summary: 'List consents, newest first',
    query: ListConsentsParams,
    response: listOf(Consent),
  },
  revokeConsent: {
    method: 'POST',
    path: '/v1/consents/{id}/revoke',
    auth: 'secret',
    tag: 'Consents',
    summary: 'Revoke a credit-query, data-sharing or direct-debit consent',
    response: Consent,
  },
} satisfies Record<string, Endpoint>;
