import {
  consentEndpoints as endpoints,
  type Consent,
  type ConsentTemplate,
  type ConsentType,
  type CreateConsentParams,
  type ListConsentsParams,
} from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import { paginate, type PagePromise } from '../core/page.js';
import type { Transport } from '../core/transport.js';

/**
 * Consents, from the partner's server: the bank's consent texts, and what each shop agreed to.
 * The bank records the version and its own hash of the exact text.
 */
export class Consents {
  constructor(private readonly transport: Transport) {}

  /**
   * Reads the bank's current text of a consent, to show it in full.
   *
   * @example
   * ```ts
   * const template = await xinghui.consents.retrieveTemplate('credit_query', { locale: 'zh-CN' });
   * render(template.title, template.text);
   * ```
   */
  retrieveTemplate(
    type: ConsentType,
    params: { locale?: 'zh-CN' | 'en' } = {},
    options?: RequestOptions,
  ): Promise<ConsentTemplate> {
    return this.transport.request(endpoints.retrieveConsentTemplate, {
      id: type,
      query: params,
      options,
    });
  }

  /**
   * Records a shop's consent to the text version it was shown.
   *
   * @throws `XinghuiInvalidRequestError` `consent_template_outdated` when a newer text exists
   * @example
   * ```ts
   * await xinghui.consents.create({ buyer: shop.id, type: 'data_sharing', template_version: template.version, locale: 'zh-CN' });
   * ```
   */
  create(params: CreateConsentParams, options?: RequestOptions): Promise<Consent> {
    return this.transport.request(endpoints.createConsent, { body: params, options });
  }

  /**
   * Retrieves a consent.
   *
   * @example
   * ```ts
   * const consent = await xinghui.consents.retrieve('con_4Hk8sP2qW6eR9tY1');
   * ```
   */
  retrieve(id: string, options?: RequestOptions): Promise<Consent> {
    return this.transport.request(endpoints.retrieveConsent, { id, options });
  }

  /**
   * Lists consents, newest first, optionally of one shop or type.
   *
   * @example
   * ```ts
   * const { data } = await xinghui.consents.list({ buyer: shop.id, type: 'credit_query' });
   * ```
   */
  list(params: ListConsentsParams = {}, options?: RequestOptions): PagePromise<Consent> {
    return paginate(
      (starting_after) =>
        this.transport.request(endpoints.listConsents, {
          query: { ...params, starting_after },
          options,
        }),
      params.starting_after,
    );
  }

  /**
   * Revokes a credit-query or data-sharing consent. Revoking data sharing stops limit reviews
   * and holds the limit; it never takes away a line already granted.
   *
   * @example
   * ```ts
   * await xinghui.consents.revoke(consent.id);
   * ```
   */
  revoke(id: string, options?: RequestOptions): Promise<Consent> {
    return this.transport.request(endpoints.revokeConsent, { id, options });
  }
}
