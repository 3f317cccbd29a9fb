import { GIVABLE_CONSENT_TYPES, type ConsentTemplate } from '@xinghui/contract';
import type { XinghuiBrowserClient } from '@xinghui/sdk';
import type { Locale } from '../i18n/locale.js';

/** A consent a shop gives by itself, as the bank lists them (`credit_query` first). */
export type GivableConsent = (typeof GIVABLE_CONSENT_TYPES)[number];

/** A consent's text as the enrolment form shows it, with its type. */
export interface ConsentText {
  type: GivableConsent;
  template: ConsentTemplate;
}

/**
 * The texts of every consent a shop can give, in the page's language and the bank's order: what
 * the enrolment form shows. Apart from the form (one-click-loan.enrolment.view.ts) so that the page
 * reads them while the form's code loads.
 */
export function readConsentTexts(
  client: XinghuiBrowserClient,
  clientSecret: string,
  locale: Locale,
  signal: AbortSignal,
): Promise<ConsentText[]> {
  return Promise.all(
    GIVABLE_CONSENT_TYPES.map(async (type) => ({
      type,
      template: await client.consents.retrieveTemplate(clientSecret, type, { locale }, { signal }),
    })),
  );
}
