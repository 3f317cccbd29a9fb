/**
 * `@xinghui/sdk`: the browser-safe client. It runs on `fetch` alone (no Node built-ins) and
 * holds only a publishable key; each call is scoped by a session's client secret.
 *
 * @packageDocumentation
 */

// Client
export { createClient } from './client.js';
export type { BrowserClientOptions, XinghuiBrowserClient } from './client.js';
export type { ClientOptions, RequestOptions, RetryInfo } from './core/options.js';
export type { HttpTransport, TransportRequest, TransportResponse } from './core/http-transport.js';
export type { ClientCheckoutSessions } from './resources/client-checkout-sessions.js';
export type { ClientConsents } from './resources/client-consents.js';
export type { ClientCredit } from './resources/client-credit.js';
export type { ClientWallet } from './resources/client-wallet.js';
export type { ClientPreApprovals } from './resources/client-pre-approvals.js';
export type { ClientReceipts } from './resources/client-receipts.js';
export type { ClientCreditDocuments } from './resources/client-credit-documents.js';

// Errors: one class per failure, a guard per class (true across realms and bundled copies)
export * from './errors/index.js';

// Money, for showing amounts
export { formatMoney, formatRatePercent, parseMoneyInput } from '@xinghui/contract';

// Types
export type * from './public-types.js';
