import {
  clientConsentEndpoints as endpoints,
  type Consent,
  type ConsentTemplate,
  type ConsentType,
  type CreateClientConsentParams,
} from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import { wire, type Transport } from '../core/transport.js';
import { scopedTo } from '../core/client-secret.js';

/** Consents from the page, for the shop of the session named by the client secret. */
export class ClientConsents {
  constructor(private readonly transport: Transport) {}

  /**
   * Reads the bank's current text of a consent, to show it in full before the shop agrees.
   *
   * @example
   * ```ts
   * const template = await xinghui.consents.retrieveTemplate(clientSecret, 'credit_query');
   * ```
   */
  retrieveTemplate(
    clientSecret: string,
    type: ConsentType,
    params: { locale?: 'zh-CN' | 'en' } = {},
    options?: RequestOptions,
  ): Promise<ConsentTemplate> {
    return this.transport.request(wire(endpoints.retrieveClientConsentTemplate), {
      ...scopedTo(clientSecret, options),
      id: type,
      query: params,
    });
  }

  /**
   * Records that the session's shop agreed to the text version it was shown.
   *
   * @example
   * ```ts
   * await xinghui.consents.create(clientSecret, { type: 'credit_query', template_version: template.version, locale: 'zh-CN' });
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
}
