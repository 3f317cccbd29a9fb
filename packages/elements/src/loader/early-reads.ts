import { languageOf, type Locale } from '../i18n/language.js';
import { earlyReadKey, sharedRegistry } from '../registry.js';

const SESSION = '/v1/client/checkout_session';

/**
 * The consent texts the loan's enrolment form shows (the contract's `GIVABLE_CONSENT_TYPES`),
 * in the page's language: the only reads of a loan's first screen that do not depend on its
 * session, so they leave with it. A shop without a line then sees its form once the component's
 * code has run, not a round trip (preflights included) after that; a shop with a line has no
 * use for them, three small reads sent in parallel with its session.
 */
const consentTexts = (locale: Locale) =>
  ['credit_query', 'data_sharing', 'direct_debit'].map(
    (type) => `/v1/client/consent_templates/${type}?locale=${locale}`,
  );

/**
 * What each component reads first, in its language, as its SDK client writes the request: path
 * and query. Kept here, not imported from the contract, so the loader stays a few bytes; a test
 * holds them to the SDK's own requests.
 */
export const FIRST_READS: Readonly<Record<string, (locale: Locale) => readonly string[]>> = {
  'xh-pay-button': () => [SESSION],
  'xh-one-click-loan': (locale) => [SESSION, ...consentTexts(locale)],
  'xh-credit-wallet': () => [
    '/v1/client/wallet',
    '/v1/client/loans?limit=20',
    '/v1/client/wallet/transactions?limit=10',
    '/v1/client/receipt_confirmations?limit=20',
  ],
};

/** The contract's `API_VERSION` and headers, which a test holds to the contract. */
export const EARLY_HEADERS = {
  version: ['Xinghui-Version', '2026-11-01'],
  secret: 'Xinghui-Client-Secret',
} as const;

/** How long an early answer waits for its component: after that it may be stale. */
const KEPT_MS = 10_000;
const CLIENT_SECRET = /^(cs|ws)_[0-9A-Za-z]{8,64}_secret_[0-9A-Za-z]{16,64}$/;
const asked = new WeakSet<Element>();

/**
 * Asks the bank for a component's first reads while its code is still loading, so the session
 * arrives in parallel with the code instead of after it; its SDK client takes the answers from
 * the page's registry. Only for a tag whose code is not here yet (a defined one reads at once by
 * itself), with a well-formed client secret, and only to the bank the component itself will
 * call: its own `api-base`, else the page's `configure()`'s. With neither, or inside an
 * `<xh-provider>` that gives it its client, nothing is asked: the secret never goes to a
 * default address the page may be about to configure away.
 */
export function readEarly(element: Element): void {
  const reads = FIRST_READS[element.localName];
  if (!reads || asked.has(element) || customElements.get(element.localName)) return;
  asked.add(element);
  const secret = element.getAttribute('client-secret') ?? '';
  const ownKey = element.getAttribute('publishable-key');
  if (!ownKey && element.closest('xh-provider')) return;
  const { config, early } = sharedRegistry();
  const key = ownKey || config?.publishableKey || '';
  const base = (element.getAttribute('api-base') || config?.apiBase || '').replace(/\/+$/, '');
  if (!CLIENT_SECRET.test(secret) || !key.startsWith('pk_') || !/^https?:\/\//.test(base)) return;
  const headers = {
    Authorization: `Bearer ${key}`,
    [EARLY_HEADERS.version[0]]: EARLY_HEADERS.version[1],
    [EARLY_HEADERS.secret]: secret,
  };
  for (const path of reads(languageOf(element))) {
    const url = base + path;
    const id = earlyReadKey(url, headers);
    if (early.has(id)) continue;
    const answer = fetch(url, { method: 'GET', headers });
    answer.catch(() => undefined); // a failure is the component's to report, when it asks
    early.set(id, answer);
    setTimeout(() => early.get(id) === answer && early.delete(id), KEPT_MS);
  }
}
