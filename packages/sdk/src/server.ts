/**
 * `@xinghui/sdk/server`: the partner's backend client. It holds the secret key, creates
 * buyers, suppliers and sessions, and verifies webhooks. Never bundle it into a page.
 *
 * @packageDocumentation
 */

// Client
export { Xinghui } from './xinghui.js';
export type { XinghuiOptions } from './xinghui.js';
export type { ClientOptions, RequestOptions, RetryInfo } from './core/options.js';
export type { HttpTransport, TransportRequest, TransportResponse } from './core/http-transport.js';
export type { PagePromise } from './core/page.js';
export type { Buyers } from './resources/buyers.js';
export type { CheckoutSessions } from './resources/checkout-sessions.js';
export type { Consents } from './resources/consents.js';
export type { CreditApplications } from './resources/credit-applications.js';
export type { CreditLines } from './resources/credit-lines.js';
export type { LimitReviews } from './resources/limit-reviews.js';
export type { Loans } from './resources/loans.js';
export type { TradeReports } from './resources/trade-reports.js';
export type { WalletSessions } from './resources/wallet-sessions.js';
export type { Events } from './resources/events.js';
export type { Payments } from './resources/payments.js';
export type { BalanceResource } from './resources/balance.js';
export type { BalanceTransactions } from './resources/balance-transactions.js';
export type { Statements } from './resources/statements.js';
export type { Sandbox } from './resources/sandbox.js';
export { createSandboxPartner } from './sandbox-partner.js';
export type { Suppliers } from './resources/suppliers.js';
export type { Wallets } from './resources/wallets.js';
export type { WebhookEndpoints } from './resources/webhook-endpoints.js';
export type { PreApprovals } from './resources/pre-approvals.js';
export type { CreditDocuments } from './resources/credit-documents.js';

// Webhooks
export { Webhooks } from './webhooks.js';
export type { ConstructEventOptions } from './webhooks.js';
export { WebhookSignatureError } from '@xinghui/contract';
export type { SignOptions, WebhookPayload, WebhookSignatureProblem } from '@xinghui/contract';

// Errors: one class per failure, a guard per class (true across realms and bundled copies)
export * from './errors/index.js';

// Types
export type * from './public-types.js';
