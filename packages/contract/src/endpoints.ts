import { listOf, ListParams } from './list.js';
import { Buyer, CreateBuyerParams } from './resources/buyer.js';
import {
  CheckoutSession,
  ClientCheckoutSession,
  ConfirmCheckoutSessionParams,
  CreateCheckoutSessionParams,
  ListCheckoutSessionsParams,
  VerificationCode,
} from './resources/checkout-session.js';
import {
  Consent,
  ConsentTemplate,
  ConsentTemplateQuery,
  CreateClientConsentParams,
  CreateConsentParams,
  ListConsentsParams,
} from './resources/consent.js';
import {
  CreateClientCreditApplicationParams,
  CreateCreditApplicationParams,
  CreditApplication,
  CreditLine,
  ListCreditLinesParams,
} from './resources/credit.js';
import { Event, ListEventsParams } from './resources/event.js';
import {
  ClientRepaymentParams,
  CreateWalletSessionParams,
  RepaymentCodeParams,
  WalletSession,
} from './resources/wallet-session.js';
import {
  CreateLimitReviewParams,
  CreateTradeReportParams,
  LimitReview,
  ListTradeReportsParams,
  TradeReport,
} from './resources/trade.js';
import {
  CreateRepaymentParams,
  ListLoansParams,
  Loan,
  LoanOffers,
  Repayment,
} from './resources/loan.js';
import { ListPaymentsParams, Payment } from './resources/payment.js';
import { CreateRefundParams, Refund } from './resources/refund.js';
import {
  CloseDisputeParams,
  DisputePaymentParams,
  ReleasePaymentParams,
  ShipPaymentParams,
} from './resources/escrow.js';
import {
  Balance,
  BalanceTransaction,
  ListBalanceTransactionsParams,
  Statement,
  StatementQuery,
} from './resources/balance.js';
import { CreateSupplierParams, Supplier } from './resources/supplier.js';
import {
  AdvanceTestClockParams,
  CreatePartnerParams,
  LedgerReport,
  Partner,
  SandboxVerificationCode,
  SandboxVerificationCodeQuery,
  TestClock,
} from './resources/sandbox.js';
import { TopUpWalletParams, Wallet, WalletTransaction } from './resources/wallet.js';
import {
  CreateWebhookEndpointParams,
  DeletedWebhookEndpoint,
  ListWebhookDeliveriesParams,
  ResendEventParams,
  UpdateWebhookEndpointParams,
  WebhookDelivery,
  WebhookEndpoint,
} from './resources/webhook-endpoint.js';
import type { z } from './zod.js';

/**
 * Who may call an endpoint:
 * - `secret`: the partner's server, with its secret key;
 * - `client`: a page, with the publishable key and a session's client secret (the session's
 *   capabilities decide the rest);
 * - `sandbox`: the partner's server with its secret key, in the sandbox only;
 * - `none`: anyone who can reach the sandbox (it binds to 127.0.0.1), in the sandbox only.
 */
export type EndpointAuth = 'secret' | 'client' | 'sandbox' | 'none';

/** One operation of the bank API: the single description the bank, the SDK and the docs read. */
export interface Endpoint<
  Body extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  Query extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  Response extends z.ZodMiniType = z.ZodMiniType,
> {
  method: 'GET' | 'POST' | 'DELETE';
  /** The path, with `{id}` where the object's id goes. */
  path: `/v1/${string}`;
  auth: EndpointAuth;
  /** The resource it belongs to, as the docs group them. */
  tag: string;
  summary: string;
  /** The request body's schema, for POSTs that take parameters. */
  body?: Body;
  /** The query string's schema, for GETs that take parameters. */
  query?: Query;
  response: Response;
}

// Each endpoint is a plain object literal, not built by a helper function: a bundler can then
// see which of its properties a page reads (the SDK reads `method`, `path` and `response`) and
// leave the request schemas, which only the bank checks, out of the page's bundle.

/** Buyers (shops) and their wallet accounts. */
export const buyerEndpoints = {
  createBuyer: {
    method: 'POST',
    path: '/v1/buyers',
    auth: 'secret',
    tag: 'Buyers',
    summary: 'Create a buyer (a shop) and its wallet account',
    body: CreateBuyerParams,
    response: Buyer,
  },
  retrieveBuyer: {
    method: 'GET',
    path: '/v1/buyers/{id}',
    auth: 'secret',
    tag: 'Buyers',
    summary: 'Retrieve a buyer',
    response: Buyer,
  },
  listBuyers: {
    method: 'GET',
    path: '/v1/buyers',
    auth: 'secret',
    tag: 'Buyers',
    summary: 'List buyers, newest first',
    query: ListParams,
    response: listOf(Buyer),
  },
} satisfies Record<string, Endpoint>;

/** Suppliers and their settlement accounts. */
export const supplierEndpoints = {
  createSupplier: {
    method: 'POST',
    path: '/v1/suppliers',
    auth: 'secret',
    tag: 'Suppliers',
    summary: 'Create a supplier and its settlement account',
    body: CreateSupplierParams,
    response: Supplier,
  },
  retrieveSupplier: {
    method: 'GET',
    path: '/v1/suppliers/{id}',
    auth: 'secret',
    tag: 'Suppliers',
    summary: 'Retrieve a supplier',
    response: Supplier,
  },
  listSuppliers: {
    method: 'GET',
    path: '/v1/suppliers',
    auth: 'secret',
    tag: 'Suppliers',
    summary: 'List suppliers, newest first',
    query: ListParams,
    response: listOf(Supplier),
  },
} satisfies Record<string, Endpoint>;

/** Buyers' wallets and their movements. */
export const walletEndpoints = {
  retrieveWallet: {
    method: 'GET',
    path: '/v1/wallets/{id}',
    auth: 'secret',
    tag: 'Wallets',
    summary: "Retrieve a buyer's wallet",
    response: Wallet,
  },
  listWalletTransactions: {
    method: 'GET',
    path: '/v1/wallets/{id}/transactions',
    auth: 'secret',
    tag: 'Wallets',
    summary: "List a wallet's movements, newest first",
    query: ListParams,
    response: listOf(WalletTransaction),
  },
  topUpWallet: {
    method: 'POST',
    path: '/v1/wallets/{id}/top_ups',
    auth: 'sandbox',
    tag: 'Wallets',
    summary: 'Add money to a wallet (sandbox only)',
    body: TopUpWalletParams,
    response: WalletTransaction,
  },
} satisfies Record<string, Endpoint>;

/** Checkout sessions, from the partner's server. */
export const checkoutSessionEndpoints = {
  createCheckoutSession: {
    method: 'POST',
    path: '/v1/checkout_sessions',
    auth: 'secret',
    tag: 'Checkout sessions',
    summary: 'Create a checkout session for one order and get its client secret',
    body: CreateCheckoutSessionParams,
    response: CheckoutSession,
  },
  retrieveCheckoutSession: {
    method: 'GET',
    path: '/v1/checkout_sessions/{id}',
    auth: 'secret',
    tag: 'Checkout sessions',
    summary: 'Retrieve a checkout session',
    response: CheckoutSession,
  },
  listCheckoutSessions: {
    method: 'GET',
    path: '/v1/checkout_sessions',
    auth: 'secret',
    tag: 'Checkout sessions',
    summary: 'List checkout sessions, newest first',
    query: ListCheckoutSessionsParams,
    response: listOf(CheckoutSession),
  },
  expireCheckoutSession: {
    method: 'POST',
    path: '/v1/checkout_sessions/{id}/expire',
    auth: 'secret',
    tag: 'Checkout sessions',
    summary: 'Expire an open checkout session so it can no longer be paid',
    response: CheckoutSession,
  },
} satisfies Record<string, Endpoint>;

/** The checkout session from its page: what the browser SDK calls. */
export const clientCheckoutEndpoints = {
  retrieveClientCheckoutSession: {
    method: 'GET',
    path: '/v1/client/checkout_session',
    auth: 'client',
    tag: 'Checkout (page)',
    summary: 'Read the checkout session named by the client secret, as the page shows it',
    response: ClientCheckoutSession,
  },
  requestCheckoutVerificationCode: {
    method: 'POST',
    path: '/v1/client/checkout_session/verification_codes',
    auth: 'client',
    tag: 'Checkout (page)',
    summary:
      "Send a one-time code to the shop owner's phone, bound to this session's amount and payee",
    response: VerificationCode,
  },
  confirmCheckoutSession: {
    method: 'POST',
    path: '/v1/client/checkout_session/confirm',
    auth: 'client',
    tag: 'Checkout (page)',
    summary: 'Pay the checkout session with the one-time code',
    body: ConfirmCheckoutSessionParams,
    response: ClientCheckoutSession,
  },
} satisfies Record<string, Endpoint>;

/** Consents: the bank's consent texts, and what shops agreed to. */
export const consentEndpoints = {
  retrieveConsentTemplate: {
    method: 'GET',
    path: '/v1/consent_templates/{id}',
    auth: 'secret',
    tag: 'Consents',
    summary: "Read the bank's current consent text of a type (credit_query, data_sharing)",
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
    summary: 'Revoke a credit-query or data-sharing consent',
    response: Consent,
  },
} satisfies Record<string, Endpoint>;

/** Consents from the page, for the session's own buyer. */
export const clientConsentEndpoints = {
  retrieveClientConsentTemplate: {
    method: 'GET',
    path: '/v1/client/consent_templates/{id}',
    auth: 'client',
    tag: 'Consents (page)',
    summary: 'Read a consent text to show it in full before the shop agrees',
    query: ConsentTemplateQuery,
    response: ConsentTemplate,
  },
  createClientConsent: {
    method: 'POST',
    path: '/v1/client/consents',
    auth: 'client',
    tag: 'Consents (page)',
    summary: "Record the session's shop's consent to the text it was shown",
    body: CreateClientConsentParams,
    response: Consent,
  },
} satisfies Record<string, Endpoint>;

/** Credit applications and credit lines, from the partner's server. */
export const creditEndpoints = {
  createCreditApplication: {
    method: 'POST',
    path: '/v1/credit_applications',
    auth: 'secret',
    tag: 'Credit',
    summary: "Apply for a shop's credit line: decided at once by the risk engine",
    body: CreateCreditApplicationParams,
    response: CreditApplication,
  },
  retrieveCreditApplication: {
    method: 'GET',
    path: '/v1/credit_applications/{id}',
    auth: 'secret',
    tag: 'Credit',
    summary: 'Retrieve a credit application and its decision',
    response: CreditApplication,
  },
  retrieveCreditLine: {
    method: 'GET',
    path: '/v1/credit_lines/{id}',
    auth: 'secret',
    tag: 'Credit',
    summary: 'Retrieve a credit line: limit, used, available, APR and daily rate',
    response: CreditLine,
  },
  listCreditLines: {
    method: 'GET',
    path: '/v1/credit_lines',
    auth: 'secret',
    tag: 'Credit',
    summary: 'List credit lines, newest first, optionally of one shop',
    query: ListCreditLinesParams,
    response: listOf(CreditLine),
  },
} satisfies Record<string, Endpoint>;

/** Loans (借据), from the partner's server. */
export const loanEndpoints = {
  listCheckoutSessionLoanOffers: {
    method: 'GET',
    path: '/v1/checkout_sessions/{id}/loan_offers',
    auth: 'secret',
    tag: 'Loans',
    summary: "What paying a session on credit costs, per term of the shop's line",
    response: LoanOffers,
  },
  retrieveLoan: {
    method: 'GET',
    path: '/v1/loans/{id}',
    auth: 'secret',
    tag: 'Loans',
    summary: 'Retrieve a loan note with its schedule',
    response: Loan,
  },
  createRepayment: {
    method: 'POST',
    path: '/v1/loans/{id}/repayments',
    auth: 'secret',
    tag: 'Loans',
    summary:
      "Repay a loan from the shop's wallet, early or partly: penalty, then interest, then principal",
    body: CreateRepaymentParams,
    response: Repayment,
  },
  listRepayments: {
    method: 'GET',
    path: '/v1/loans/{id}/repayments',
    auth: 'secret',
    tag: 'Loans',
    summary: "List a loan's repayments, newest first",
    query: ListParams,
    response: listOf(Repayment),
  },
  listLoans: {
    method: 'GET',
    path: '/v1/loans',
    auth: 'secret',
    tag: 'Loans',
    summary: 'List loans, newest first, by shop or status',
    query: ListLoansParams,
    response: listOf(Loan),
  },
} satisfies Record<string, Endpoint>;

/** Trade reports and limit reviews, from the partner's server. */
export const tradeEndpoints = {
  createTradeReport: {
    method: 'POST',
    path: '/v1/trade_reports',
    auth: 'secret',
    tag: 'Trade and limit reviews',
    summary: 'Report an order, a delivery or a return: the data behind limit reviews',
    body: CreateTradeReportParams,
    response: TradeReport,
  },
  listTradeReports: {
    method: 'GET',
    path: '/v1/trade_reports',
    auth: 'secret',
    tag: 'Trade and limit reviews',
    summary: 'List trade reports, newest first',
    query: ListTradeReportsParams,
    response: listOf(TradeReport),
  },
  createLimitReview: {
    method: 'POST',
    path: '/v1/limit_reviews',
    auth: 'secret',
    tag: 'Trade and limit reviews',
    summary: "Review a line's limit on the shop's trade and credit record: raise, hold or cut",
    body: CreateLimitReviewParams,
    response: LimitReview,
  },
  retrieveLimitReview: {
    method: 'GET',
    path: '/v1/limit_reviews/{id}',
    auth: 'secret',
    tag: 'Trade and limit reviews',
    summary: 'Retrieve a limit review and its reasons',
    response: LimitReview,
  },
} satisfies Record<string, Endpoint>;

/** Wallet sessions, from the partner's server. */
export const walletSessionEndpoints = {
  createWalletSession: {
    method: 'POST',
    path: '/v1/wallet_sessions',
    auth: 'secret',
    tag: 'Wallet sessions',
    summary: "Scope a page to one shop's wallet, line and loans, and get its client secret",
    body: CreateWalletSessionParams,
    response: WalletSession,
  },
} satisfies Record<string, Endpoint>;

/** The shop's own money, from the page of a wallet session. */
export const clientWalletEndpoints = {
  retrieveClientWallet: {
    method: 'GET',
    path: '/v1/client/wallet',
    auth: 'client',
    tag: 'Wallet (page)',
    summary: "Read the session's shop's wallet",
    response: Wallet,
  },
  listClientWalletTransactions: {
    method: 'GET',
    path: '/v1/client/wallet/transactions',
    auth: 'client',
    tag: 'Wallet (page)',
    summary: "List the shop's wallet movements, newest first",
    query: ListParams,
    response: listOf(WalletTransaction),
  },
  listClientLoans: {
    method: 'GET',
    path: '/v1/client/loans',
    auth: 'client',
    tag: 'Wallet (page)',
    summary: "List the shop's loans, newest first, with what each owes today",
    query: ListParams,
    response: listOf(Loan),
  },
  requestRepaymentCode: {
    method: 'POST',
    path: '/v1/client/loans/{id}/verification_codes',
    auth: 'client',
    tag: 'Wallet (page)',
    summary: 'Send a one-time code bound to repaying this loan this amount (the payoff by default)',
    body: RepaymentCodeParams,
    response: VerificationCode,
  },
  createClientRepayment: {
    method: 'POST',
    path: '/v1/client/loans/{id}/repayments',
    auth: 'client',
    tag: 'Wallet (page)',
    summary: 'Repay a loan from the wallet, confirmed with the code sent for that amount',
    body: ClientRepaymentParams,
    response: Repayment,
  },
  createClientLimitReview: {
    method: 'POST',
    path: '/v1/client/limit_reviews',
    auth: 'client',
    tag: 'Wallet (page)',
    summary: "Ask for a review of the shop's credit limit",
    response: LimitReview,
  },
  revokeClientDataSharing: {
    method: 'POST',
    path: '/v1/client/consents/data_sharing/revoke',
    auth: 'client',
    tag: 'Wallet (page)',
    summary: "Revoke the shop's data-sharing consent: reviews stop, the limit holds",
    response: Consent,
  },
} satisfies Record<string, Endpoint>;

/** Credit from the checkout page, for the session's own shop. */
export const clientCreditEndpoints = {
  listClientLoanOffers: {
    method: 'GET',
    path: '/v1/client/checkout_session/loan_offers',
    auth: 'client',
    tag: 'Credit (page)',
    summary:
      'What paying this order on credit costs, per term: schedule, total interest, APR, due dates',
    response: LoanOffers,
  },
  createClientCreditApplication: {
    method: 'POST',
    path: '/v1/client/credit_applications',
    auth: 'client',
    tag: 'Credit (page)',
    summary: "Apply for the session's shop without leaving the checkout",
    body: CreateClientCreditApplicationParams,
    response: CreditApplication,
  },
  retrieveClientCreditLine: {
    method: 'GET',
    path: '/v1/client/credit_line',
    auth: 'client',
    tag: 'Credit (page)',
    summary: "Read the session's shop's credit line (404 when it has none)",
    response: CreditLine,
  },
} satisfies Record<string, Endpoint>;

/** Payments and refunds. */
export const paymentEndpoints = {
  retrievePayment: {
    method: 'GET',
    path: '/v1/payments/{id}',
    auth: 'secret',
    tag: 'Payments',
    summary: 'Retrieve a payment',
    response: Payment,
  },
  listPayments: {
    method: 'GET',
    path: '/v1/payments',
    auth: 'secret',
    tag: 'Payments',
    summary: 'List payments, newest first',
    query: ListPaymentsParams,
    response: listOf(Payment),
  },
  createRefund: {
    method: 'POST',
    path: '/v1/payments/{id}/refunds',
    auth: 'secret',
    tag: 'Payments',
    summary: "Refund all or part of a payment to the shop's wallet",
    body: CreateRefundParams,
    response: Refund,
  },
  listRefunds: {
    method: 'GET',
    path: '/v1/payments/{id}/refunds',
    auth: 'secret',
    tag: 'Payments',
    summary: "List a payment's refunds, newest first",
    query: ListParams,
    response: listOf(Refund),
  },
} satisfies Record<string, Endpoint>;

/** Escrow (担保交易): shipment, release, disputes. Refunds of held money use `createRefund`. */
export const escrowEndpoints = {
  shipPayment: {
    method: 'POST',
    path: '/v1/payments/{id}/ship',
    auth: 'secret',
    tag: 'Escrow',
    summary: 'Report that the goods of an escrowed payment shipped: the auto-release timer starts',
    body: ShipPaymentParams,
    response: Payment,
  },
  releasePayment: {
    method: 'POST',
    path: '/v1/payments/{id}/release',
    auth: 'secret',
    tag: 'Escrow',
    summary: 'Release escrowed money to the supplier (the shop confirmed receipt), all or part',
    body: ReleasePaymentParams,
    response: Payment,
  },
  disputePayment: {
    method: 'POST',
    path: '/v1/payments/{id}/dispute',
    auth: 'secret',
    tag: 'Escrow',
    summary: 'Open a dispute (or a refund request) on an escrowed payment: the timer pauses',
    body: DisputePaymentParams,
    response: Payment,
  },
  closeDispute: {
    method: 'POST',
    path: '/v1/payments/{id}/dispute/close',
    auth: 'secret',
    tag: 'Escrow',
    summary: 'Close a dispute without a refund: release to the supplier, or resume the timer',
    body: CloseDisputeParams,
    response: Payment,
  },
} satisfies Record<string, Endpoint>;

/** Reconciliation: every movement of every account, and daily statements. */
export const balanceEndpoints = {
  retrieveBalance: {
    method: 'GET',
    path: '/v1/balance',
    auth: 'secret',
    tag: 'Balance and statements',
    summary: "Read the platform's own settlement account, where its commission arrives",
    response: Balance,
  },
  listBalanceTransactions: {
    method: 'GET',
    path: '/v1/balance_transactions',
    auth: 'secret',
    tag: 'Balance and statements',
    summary: 'List movements on the accounts, newest first, by account, type and time',
    query: ListBalanceTransactionsParams,
    response: listOf(BalanceTransaction),
  },
  retrieveStatement: {
    method: 'GET',
    path: '/v1/accounts/{id}/statements',
    auth: 'secret',
    tag: 'Balance and statements',
    summary: "An account's daily statement (Asia/Shanghai day): opening + movements = closing",
    query: StatementQuery,
    response: Statement,
  },
} satisfies Record<string, Endpoint>;

/** Events. */
export const eventEndpoints = {
  retrieveEvent: {
    method: 'GET',
    path: '/v1/events/{id}',
    auth: 'secret',
    tag: 'Events',
    summary: 'Retrieve an event',
    response: Event,
  },
  listEvents: {
    method: 'GET',
    path: '/v1/events',
    auth: 'secret',
    tag: 'Events',
    summary: 'List events, newest first',
    query: ListEventsParams,
    response: listOf(Event),
  },
} satisfies Record<string, Endpoint>;

/** Webhook endpoints, their deliveries, and re-sending an event by hand. */
export const webhookEndpointEndpoints = {
  createWebhookEndpoint: {
    method: 'POST',
    path: '/v1/webhook_endpoints',
    auth: 'secret',
    tag: 'Webhooks',
    summary: 'Register a URL to receive events, and get its signing secret (shown only now)',
    body: CreateWebhookEndpointParams,
    response: WebhookEndpoint,
  },
  retrieveWebhookEndpoint: {
    method: 'GET',
    path: '/v1/webhook_endpoints/{id}',
    auth: 'secret',
    tag: 'Webhooks',
    summary: 'Retrieve a webhook endpoint (without its secret)',
    response: WebhookEndpoint,
  },
  listWebhookEndpoints: {
    method: 'GET',
    path: '/v1/webhook_endpoints',
    auth: 'secret',
    tag: 'Webhooks',
    summary: 'List webhook endpoints, newest first',
    query: ListParams,
    response: listOf(WebhookEndpoint),
  },
  updateWebhookEndpoint: {
    method: 'POST',
    path: '/v1/webhook_endpoints/{id}',
    auth: 'secret',
    tag: 'Webhooks',
    summary:
      "Change an endpoint's URL or events, or disable it (nothing is sent) and enable it again",
    body: UpdateWebhookEndpointParams,
    response: WebhookEndpoint,
  },
  deleteWebhookEndpoint: {
    method: 'DELETE',
    path: '/v1/webhook_endpoints/{id}',
    auth: 'secret',
    tag: 'Webhooks',
    summary: 'Delete a webhook endpoint: nothing more is sent to it',
    response: DeletedWebhookEndpoint,
  },
  rotateWebhookEndpointSecret: {
    method: 'POST',
    path: '/v1/webhook_endpoints/{id}/rotate_secret',
    auth: 'secret',
    tag: 'Webhooks',
    summary: 'Give an endpoint a new signing secret; the old one also signs for 24 hours',
    response: WebhookEndpoint,
  },
  listWebhookDeliveries: {
    method: 'GET',
    path: '/v1/webhook_endpoints/{id}/deliveries',
    auth: 'secret',
    tag: 'Webhooks',
    summary: "List an endpoint's deliveries with every attempt, newest first",
    query: ListWebhookDeliveriesParams,
    response: listOf(WebhookDelivery),
  },
  resendEvent: {
    method: 'POST',
    path: '/v1/events/{id}/resend',
    auth: 'secret',
    tag: 'Webhooks',
    summary: 'Send an event to an endpoint again, now (a new attempt)',
    body: ResendEventParams,
    response: WebhookDelivery,
  },
} satisfies Record<string, Endpoint>;

/** Tools of the sandbox bank only. */
export const sandboxEndpoints = {
  createPartner: {
    method: 'POST',
    path: '/v1/sandbox/partners',
    auth: 'none',
    tag: 'Sandbox',
    summary: 'Create a fresh partner with its own keys and test clock (sandbox only)',
    body: CreatePartnerParams,
    response: Partner,
  },
  retrieveTestClock: {
    method: 'GET',
    path: '/v1/test_clocks/current',
    auth: 'sandbox',
    tag: 'Sandbox',
    summary: "Read the partner's test clock",
    response: TestClock,
  },
  advanceTestClock: {
    method: 'POST',
    path: '/v1/test_clocks/advance',
    auth: 'sandbox',
    tag: 'Sandbox',
    summary: "Move the partner's test clock forward; what falls due on the way happens",
    body: AdvanceTestClockParams,
    response: TestClock,
  },
  retrieveSandboxVerificationCode: {
    method: 'GET',
    path: '/v1/sandbox/verification_codes',
    auth: 'sandbox',
    tag: 'Sandbox',
    summary: 'Read the latest one-time code sent for a checkout session (sandbox only)',
    query: SandboxVerificationCodeQuery,
    response: SandboxVerificationCode,
  },
  verifyLedger: {
    method: 'GET',
    path: '/v1/sandbox/ledger/verify',
    auth: 'sandbox',
    tag: 'Sandbox',
    summary: "Recompute every balance of the partner's ledger from its postings",
    response: LedgerReport,
  },
} satisfies Record<string, Endpoint>;

/**
 * Every operation of the bank API, by name: what the bank serves and the reference documents.
 * Clients import the group they use (`clientCheckoutEndpoints`, say), so a page's bundle
 * carries only the schemas of the calls it makes.
 *
 * @example
 * ```ts
 * endpoints.createBuyer.path; // '/v1/buyers'
 * ```
 */
export const endpoints = {
  ...buyerEndpoints,
  ...supplierEndpoints,
  ...walletEndpoints,
  ...checkoutSessionEndpoints,
  ...clientCheckoutEndpoints,
  ...consentEndpoints,
  ...clientConsentEndpoints,
  ...creditEndpoints,
  ...loanEndpoints,
  ...tradeEndpoints,
  ...walletSessionEndpoints,
  ...clientWalletEndpoints,
  ...clientCreditEndpoints,
  ...paymentEndpoints,
  ...escrowEndpoints,
  ...balanceEndpoints,
  ...eventEndpoints,
  ...webhookEndpointEndpoints,
  ...sandboxEndpoints,
};

/** The name of an operation of the bank API, a key of `endpoints` (`createBuyer`). */
export type EndpointName = keyof typeof endpoints;
