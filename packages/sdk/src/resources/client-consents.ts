import {
  clientConsentEndpoints as endpoints,
  type Consent,
  type ConsentTemplate,
  type ConsentType,
  type CreateClientConsentParams,
  type PageRevocableConsentType,
} from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import { wire, type Transport } from '../core/transport.js';
import { scopedTo } from '../core/client-secret.js';

/** Consents from the page, for the shop of the session named by the client secret. */
export class ClientConsents {
  constructor(private readonly transport: Transport) {}

  /**
   * Reads the bank's current text of a consent, to show it in full before the shop agrees. For
   * `loan_agreement` it is that loan's own agreement (借款合同): the figures of paying the
   * session on credit with `term` (the session's default term, the first offer, without it).
   *
   * @example
   * ```ts
   * const template = await xinghui.consents.retrieveTemplate(clientSecret, 'credit_query');
   * const agreement = await xinghui.consents.retrieveTemplate(clientSecret, 'loan_agreement', {
   *   locale: 'zh-CN',
   *   term: { repayment_method: 'equal_installment', length: 3 },
   * });
   * ```
   */
  retrieveTemplate(
    clientSecret: string,
    type: ConsentType,
    params: {
      locale?: 'zh-CN' | 'en';
      term?: { repayment_method: string; length: number };
    } = {},
    options?: RequestOptions,
  ): Promise<ConsentTemplate> {
    const { term, locale } = params;
    return this.transport.request(wire(endpoints.retrieveClientConsentTemplate), {
      ...scopedTo(clientSecret, options),
      id: type,
      query: term
        ? { locale, repayment_method: term.repayment_method, length: term.length }
        : { locale },
    });
  }

  /**
   * Records that the session's shop agreed to the text version it was shown, from its checkout
   * page (with a credit application) or its wallet page (e.g. the direct-debit authorisation,
   * 代扣授权, that lets the bank debit its wallet on each due date).
   *
   * @example
   * ```ts
   * await xinghui.consents.create(clientSecret, { type: 'credit_query', template_version: template.version, locale: 'zh-CN' });
   * const debit = await xinghui.consents.retrieveTemplate(clientSecret, 'direct_debit');
   * await xinghui.consents.create(clientSecret, { type: 'direct_debit', template_version: debit.version, locale: 'zh-CN' });
   * ```
   */
  create(
    clientSecret: string,
    params: CreateClientConsentParams,
    options?: RequestOptions,
  ): Promise<Consent> {
    return this.transport.request(wire(endpoints.createClientConsent), {
      ...scopedTo(clientSecret, options),
      body: params,
    });
  }

  /**
   * Revokes the wallet session's shop's active consent of a type, from its wallet page:
   * `direct_debit` (the bank stops debiting its wallet on due dates; the loans stay due) or
   * `data_sharing` (limit reviews stop; the limit holds).
   *
   * @throws `XinghuiInvalidRequestError` `resource_missing` when the shop has no active consent
   *   of that type
   * @example
   * ```ts
   * const revoked = await xinghui.consents.revoke(clientSecret, 'direct_debit'); // status 'revoked'
   * ```
   */
  revoke(
    clientSecret: string,
    type: PageRevocableConsentType,
    options?: RequestOptions,
  ): Promise<Consent> {
    return this.transport.request(wire(endpoints.revokeClientConsent), {
      ...scopedTo(clientSecret, options),
      id: type,
    });
  }
}
