import { apiKeyKind } from '@xinghui/contract';
import type { ClientOptions } from './core/options.js';
import { pageValidators } from './core/page-validators.generated.js';
import { byValidators } from './core/check.js';
import { fetchSender } from './core/fetch-sender.js';
import { Transport } from './core/transport.js';
import { XinghuiConfigurationError } from './errors/index.js';
import { ClientCheckoutSessions } from './resources/client-checkout-sessions.js';
import { ClientConsents } from './resources/client-consents.js';
import { ClientCredit } from './resources/client-credit.js';
import { ClientWallet } from './resources/client-wallet.js';
import { ClientPreApprovals } from './resources/client-pre-approvals.js';
import { ClientReceipts } from './resources/client-receipts.js';
import { ClientCreditDocuments } from './resources/client-credit-documents.js';

/** Options of the browser client. */
export interface BrowserClientOptions extends ClientOptions {
  /** The partner's publishable key, `pk_test_…`. Never a secret key. */
  publishableKey: string;
}

/** The browser client: what a page may do with a publishable key and a session's client secret. */
export interface XinghuiBrowserClient {
  /** The checkout session named by a client secret. */
  readonly checkoutSessions: ClientCheckoutSessions;
  /** Consent texts and consents for the session's shop. */
  readonly consents: ClientConsents;
  /** The session's shop's credit line, and enrolment from the checkout. */
  readonly credit: ClientCredit;
  /** The shop's wallet, loans and repayments, from a wallet session's page. */
  readonly wallet: ClientWallet;
  /** The shop's supplier-led pre-approval: read, accept in one tap, or decline. */
  readonly preApprovals: ClientPreApprovals;
  /** 确认收货: the shop releases an escrowed payment to its supplier, with a one-time code. */
  readonly receipts: ClientReceipts;
  /** The shop's line's monthly statements and its repaid loans' payoff certificates. */
  readonly creditDocuments: ClientCreditDocuments;
}

/**
 * Creates the browser-safe client. It holds only a publishable key; each call also needs the
 * client secret of a session the partner's server created.
 *
 * @throws {@link XinghuiConfigurationError} when given a secret key, or anything else that is
 *   not a publishable key, before any request is sent
 * @example
 * ```ts
 * import { createClient } from '@xinghui/sdk';
 *
 * const xinghui = createClient({ publishableKey: 'pk_test_…', baseUrl: 'http://127.0.0.1:4400' });
 * const session = await xinghui.checkoutSessions.retrieve(clientSecret);
 * ```
 */
export function createClient(options: BrowserClientOptions): XinghuiBrowserClient {
  const { publishableKey, ...clientOptions } = options;
  const kind = apiKeyKind(publishableKey ?? '');
  if (kind === 'secret') {
    throw new XinghuiConfigurationError({
      message:
        'A secret key (sk_…) must never reach a browser: anyone could read it and move money. ' +
        'Use your publishable key (pk_…) here and keep the secret key on your server.',
    });
  }
  if (kind !== 'publishable') {
    throw new XinghuiConfigurationError({
      message: 'publishableKey must be your publishable key, "pk_test_…"',
    });
  }
  // A page counts its bytes: it checks answers with the validators generated from the contract
  // rather than zod's runtime, and sends with `fetch` and the SDK's own retry loop rather than
  // ky (the server client keeps ky). Both senders pass one behaviour suite (senders.test.ts).
  const transport = new Transport(publishableKey, clientOptions, {
    send: fetchSender,
    check: byValidators(pageValidators),
  });
  return {
    checkoutSessions: new ClientCheckoutSessions(transport),
    consents: new ClientConsents(transport),
    credit: new ClientCredit(transport),
    wallet: new ClientWallet(transport),
    preApprovals: new ClientPreApprovals(transport),
    receipts: new ClientReceipts(transport),
    creditDocuments: new ClientCreditDocuments(transport),
  };
}
