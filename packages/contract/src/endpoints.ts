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
  body: Body;
  query: Query;
  response: Response;
}

// @__NO_SIDE_EFFECTS__
function endpoint<
  Body extends z.ZodMiniType | undefined = undefined,
  Query extends z.ZodMiniType | undefined = undefined,
  Response extends z.ZodMiniType = z.ZodMiniType,
>(
  definition: Omit<Endpoint<Body, Query, Response>, 'body' | 'query'> & {
    body?: Body;
    query?: Query;
  },
): Endpoint<Body, Query, Response> {
  return { ...definition, body: definition.body as Body, query: definition.query as Query };
}

/** Buyers (shops) and their wallet accounts. */
export const buyerEndpoints = {
  createBuyer: endpoint({
    method: 'POST',
    path: '/v1/buyers',
    auth: 'secret',
    tag: 'Buyers',
    summary: 'Create a buyer (a shop) and its wallet account',
    body: CreateBuyerParams,
    response: Buyer,
  }),
  retrieveBuyer: endpoint({
    method: 'GET',
    path: '/v1/buyers/{id}',
    auth: 'secret',
    tag: 'Buyers',
    summary: 'Retrieve a buyer',
    response: Buyer,
  }),
  listBuyers: endpoint({
    method: 'GET',
    path: '/v1/buyers',
    auth: 'secret',
    tag: 'Buyers',
    summary: 'List buyers, newest first',
    query: ListParams,
    response: listOf(Buyer),
  }),
};

/** Suppliers and their settlement accounts. */
export const supplierEndpoints = {
  createSupplier: endpoint({
    method: 'POST',
    path: '/v1/suppliers',
    auth: 'secret',
    tag: 'Suppliers',
    summary: 'Create a supplier and its settlement account',
    body: CreateSupplierParams,
    response: Supplier,
  }),
  retrieveSupplier: endpoint({
    method: 'GET',
    path: '/v1/suppliers/{id}',
    auth: 'secret',
    tag: 'Suppliers',
    summary: 'Retrieve a supplier',
    response: Supplier,
  }),
  listSuppliers: endpoint({
    method: 'GET',
    path: '/v1/suppliers',
    auth: 'secret',
    tag: 'Suppliers',
    summary: 'List suppliers, newest first',
    query: ListParams,
    response: listOf(Supplier),
  }),
};

/** Buyers' wallets and their movements. */
export const walletEndpoints = {
  retrieveWallet: endpoint({
    method: 'GET',
    path: '/v1/wallets/{id}',
    auth: 'secret',
    tag: 'Wallets',
    summary: "Retrieve a buyer's wallet",
    response: Wallet,
  }),
  listWalletTransactions: endpoint({
    method: 'GET',
    path: '/v1/wallets/{id}/transactions',
    auth: 'secret',
    tag: 'Wallets',
    summary: "List a wallet's movements, newest first",
    query: ListParams,
    response: listOf(WalletTransaction),
  }),
  topUpWallet: endpoint({
    method: 'POST',
    path: '/v1/wallets/{id}/top_ups',
    auth: 'sandbox',
    tag: 'Wallets',
    summary: 'Add money to a wallet (sandbox only)',
    body: TopUpWalletParams,
    response: WalletTransaction,
  }),
};

/** Checkout sessions, from the partner's server. */
export const checkoutSessionEndpoints = {
  createCheckoutSession: endpoint({
    method: 'POST',
    path: '/v1/checkout_sessions',
    auth: 'secret',
    tag: 'Checkout sessions',
    summary: 'Create a checkout session for one order and get its client secret',
    body: CreateCheckoutSessionParams,
    response: CheckoutSession,
  }),
  retrieveCheckoutSession: endpoint({
    method: 'GET',
    path: '/v1/checkout_sessions/{id}',
    auth: 'secret',
    tag: 'Checkout sessions',
    summary: 'Retrieve a checkout session',
    response: CheckoutSession,
  }),
  listCheckoutSessions: endpoint({
    method: 'GET',
    path: '/v1/checkout_sessions',
    auth: 'secret',
    tag: 'Checkout sessions',
    summary: 'List checkout sessions, newest first',
    query: ListCheckoutSessionsParams,
    response: listOf(CheckoutSession),
  }),
  expireCheckoutSession: endpoint({
    method: 'POST',
    path: '/v1/checkout_sessions/{id}/expire',
    auth: 'secret',
    tag: 'Checkout sessions',
    summary: 'Expire an open checkout session so it can no longer be paid',
    response: CheckoutSession,
  }),
};

/** The checkout session from its page: what the browser SDK calls. */
export const clientCheckoutEndpoints = {
  retrieveClientCheckoutSession: endpoint({
    method: 'GET',
    path: '/v1/client/checkout_session',
    auth: 'client',
    tag: 'Checkout (page)',
    summary: 'Read the checkout session named by the client secret, as the page shows it',
    response: ClientCheckoutSession,
  }),
  requestCheckoutVerificationCode: endpoint({
    method: 'POST',
    path: '/v1/client/checkout_session/verification_codes',
    auth: 'client',
    tag: 'Checkout (page)',
    summary:
      "Send a one-time code to the shop owner's phone, bound to this session's amount and payee",
    response: VerificationCode,
  }),
  confirmCheckoutSession: endpoint({
    method: 'POST',
    path: '/v1/client/checkout_session/confirm',
    auth: 'client',
    tag: 'Checkout (page)',
    summary: 'Pay the checkout session with the one-time code',
    body: ConfirmCheckoutSessionParams,
    response: ClientCheckoutSession,
  }),
};

/** Consents: the bank's consent texts, and what shops agreed to. */
export const consentEndpoints = {
  retrieveConsentTemplate: endpoint({
    method: 'GET',
    path: '/v1/consent_templates/{id}',
    auth: 'secret',
    tag: 'Consents',
    summary: "Read the bank's current consent text of a type (credit_query, data_sharing)",
    query: ConsentTemplateQuery,
    response: ConsentTemplate,
  }),
  createConsent: endpoint({
    method: 'POST',
    path: '/v1/consents',
    auth: 'secret',
    tag: 'Consents',
    summary: "Record a shop's consent to the bank's current text",
    body: CreateConsentParams,
    response: Consent,
  }),
  retrieveConsent: endpoint({
    method: 'GET',
    path: '/v1/consents/{id}',
    auth: 'secret',
    tag: 'Consents',
    summary: 'Retrieve a consent',
    response: Consent,
  }),
  listConsents: endpoint({
    method: 'GET',
    path: '/v1/consents',
    auth: 'secret',
    tag: 'Consents',
    summary: 'List consents, newest first',
    query: ListConsentsParams,
    response: listOf(Consent),
  }),
  revokeConsent: endpoint({
    method: 'POST',
    path: '/v1/consents/{id}/revoke',
    auth: 'secret',
    tag: 'Consents',
    summary: 'Revoke a credit-query or data-sharing consent',
    response: Consent,
  }),
};

/** Consents from the page, for the session's own buyer. */
export const clientConsentEndpoints = {
  retrieveClientConsentTemplate: endpoint({
    method: 'GET',
    path: '/v1/client/consent_templates/{id}',
    auth: 'client',
    tag: 'Consents (page)',
    summary: 'Read a consent text to show it in full before the shop agrees',
    query: ConsentTemplateQuery,
    response: ConsentTemplate,
  }),
  createClientConsent: endpoint({
    method: 'POST',
    path: '/v1/client/consents',
    auth: 'client',
    tag: 'Consents (page)',
    summary: "Record the session's shop's consent to the text it was shown",
    body: CreateClientConsentParams,
    response: Consent,
  }),
};

/** Credit applications and credit lines, from the partner's server. */
export const creditEndpoints = {
  createCreditApplication: endpoint({
    method: 'POST',
    path: '/v1/credit_applications',
    auth: 'secret',
    tag: 'Credit',
    summary: "Apply for a shop's credit line: decided at once by the risk engine",
    body: CreateCreditApplicationParams,
    response: CreditApplication,
  }),
  retrieveCreditApplication: endpoint({
    method: 'GET',
    path: '/v1/credit_applications/{id}',
    auth: 'secret',
    tag: 'Credit',
    summary: 'Retrieve a credit application and its decision',
    response: CreditApplication,
  }),
  retrieveCreditLine: endpoint({
    method: 'GET',
    path: '/v1/credit_lines/{id}',
    auth: 'secret',
    tag: 'Credit',
    summary: 'Retrieve a credit line: limit, used, available, APR and daily rate',
    response: CreditLine,
  }),
  listCreditLines: endpoint({
    method: 'GET',
    path: '/v1/credit_lines',
    auth: 'secret',
    tag: 'Credit',
    summary: 'List credit lines, newest first, optionally of one shop',
    query: ListCreditLinesParams,
    response: listOf(CreditLine),
  }),
};

/** Loans (借据), from the partner's server. */
export const loanEndpoints = {
  listCheckoutSessionLoanOffers: endpoint({
    method: 'GET',
    path: '/v1/checkout_sessions/{id}/loan_offers',
    auth: 'secret',
    tag: 'Loans',
    summary: "What paying a session on credit costs, per term of the shop's line",
    response: LoanOffers,
  }),
  retrieveLoan: endpoint({
    method: 'GET',
    path: '/v1/loans/{id}',
    auth: 'secret',
    tag: 'Loans',
    summary: 'Retrieve a loan note with its schedule',
    response: Loan,
  }),
  createRepayment: endpoint({
    method: 'POST',
    path: '/v1/loans/{id}/repayments',
    auth: 'secret',
    tag: 'Loans',
    summary:
      "Repay a loan from the shop's wallet, early or partly: penalty, then interest, then principal",
    body: CreateRepaymentParams,
    response: Repayment,
  }),
  listRepayments: endpoint({
    method: 'GET',
    path: '/v1/loans/{id}/repayments',
    auth: 'secret',
    tag: 'Loans',
    summary: "List a loan's repayments, newest first",
    query: ListParams,
    response: listOf(Repayment),
  }),
  listLoans: endpoint({
    method: 'GET',
    path: '/v1/loans',
    auth: 'secret',
    tag: 'Loans',
    summary: 'List loans, newest first, by shop or status',
    query: ListLoansParams,
    response: listOf(Loan),
  }),
};

/** Trade reports and limit reviews, from the partner's server. */
export const tradeEndpoints = {
  createTradeReport: endpoint({
    method: 'POST',
    path: '/v1/trade_reports',
    auth: 'secret',
    tag: 'Trade and limit reviews',
    summary: 'Report an order, a delivery or a return: the data behind limit reviews',
    body: CreateTradeReportParams,
    response: TradeReport,
  }),
  listTradeReports: endpoint({
    method: 'GET',
    path: '/v1/trade_reports',
    auth: 'secret',
    tag: 'Trade and limit reviews',
    summary: 'List trade reports, newest first',
    query: ListTradeReportsParams,
    response: listOf(TradeReport),
  }),
  createLimitReview: endpoint({
    method: 'POST',
    path: '/v1/limit_reviews',
    auth: 'secret',
    tag: 'Trade and limit reviews',
    summary: "Review a line's limit on the shop's trade and credit record: raise, hold or cut",
    body: CreateLimitReviewParams,
    response: LimitReview,
  }),
  retrieveLimitReview: endpoint({
    method: 'GET',
    path: '/v1/limit_reviews/{id}',
    auth: 'secret',
    tag: 'Trade and limit reviews',
    summary: 'Retrieve a limit review and its reasons',
    response: LimitReview,
  }),
};

/** Wallet sessions, from the partner's server. */
export const walletSessionEndpoints = {
  createWalletSession: endpoint({
    method: 'POST',
    path: '/v1/wallet_sessions',
    auth: 'secret',
    tag: 'Wallet sessions',
    summary: "Scope a page to one shop's wallet, line and loans, and get its client secret",
    body: CreateWalletSessionParams,
    response: WalletSession,
  }),
};

/** The shop's own money, from the page of a wallet session. */
export const clientWalletEndpoints = {
  retrieveClientWallet: endpoint({
    method: 'GET',
    path: '/v1/client/wallet',
    auth: 'client',
    tag: 'Wallet (page)',
    summary: "Read the session's shop's wallet",
    response: Wallet,
  }),
  listClientWalletTransactions: endpoint({
    method: 'GET',
    path: '/v1/client/wallet/transactions',
    auth: 'client',
    tag: 'Wallet (page)',
    summary: "List the shop's wallet movements, newest first",
    query: ListParams,
    response: listOf(WalletTransaction),
  }),
  listClientLoans: endpoint({
    method: 'GET',
    path: '/v1/client/loans',
    auth: 'client',
    tag: 'Wallet (page)',
    summary: "List the shop's loans, newest first, with what each owes today",
    query: ListParams,
    response: listOf(Loan),
  }),
  requestRepaymentCode: endpoint({
    method: 'POST',
    path: '/v1/client/loans/{id}/verification_codes',
    auth: 'client',
    tag: 'Wallet (page)',
    summary: 'Send a one-time code bound to repaying this loan this amount (the payoff by default)',
    body: RepaymentCodeParams,
    response: VerificationCode,
  }),
  createClientRepayment: endpoint({
    method: 'POST',
    path: '/v1/client/loans/{id}/repayments',
    auth: 'client',
    tag: 'Wallet (page)',
    summary: 'Repay a loan from the wallet, confirmed with the code sent for that amount',
    body: ClientRepaymentParams,
    response: Repayment,
  }),
  createClientLimitReview: endpoint({
    method: 'POST',
    path: '/v1/client/limit_reviews',
    auth: 'client',
    tag: 'Wallet (page)',
    summary: "Ask for a review of the shop's credit limit",
    response: LimitReview,
  }),
  revokeClientDataSharing: endpoint({
    method: 'POST',
    path: '/v1/client/consents/data_sharing/revoke',
    auth: 'client',
    tag: 'Wallet (page)',
    summary: "Revoke the shop's data-sharing consent: reviews stop, the limit holds",
    response: Consent,
  }),
};

/** Credit from the checkout page, for the session's own shop. */
export const clientCreditEndpoints = {
  listClientLoanOffers: endpoint({
    method: 'GET',
    path: '/v1/client/checkout_session/loan_offers',
    auth: 'client',
    tag: 'Credit (page)',
    summary:
      'What paying this order on credit costs, per term: schedule, total interest, APR, due dates',
    response: LoanOffers,
  }),
  createClientCreditApplication: endpoint({
    method: 'POST',
    path: '/v1/client/credit_applications',
    auth: 'client',
    tag: 'Credit (page)',
    summary: "Apply for the session's shop without leaving the checkout",
    body: CreateClientCreditApplicationParams,
    response: CreditApplication,
  }),
  retrieveClientCreditLine: endpoint({
    method: 'GET',
    path: '/v1/client/credit_line',
    auth: 'client',
    tag: 'Credit (page)',
    summary: "Read the session's shop's credit line (404 when it has none)",
    response: CreditLine,
  }),
};

/** Payments and refunds. */
export const paymentEndpoints = {
  retrievePayment: endpoint({
    method: 'GET',
    path: '/v1/payments/{id}',
    auth: 'secret',
    tag: 'Payments',
    summary: 'Retrieve a payment',
    response: Payment,
  }),
  listPayments: endpoint({
    method: 'GET',
    path: '/v1/payments',
    auth: 'secret',
    tag: 'Payments',
    summary: 'List payments, newest first',
    query: ListPaymentsParams,
    response: listOf(Payment),
  }),
  createRefund: endpoint({
    method: 'POST',
    path: '/v1/payments/{id}/refunds',
    auth: 'secret',
    tag: 'Payments',
    summary: "Refund all or part of a payment to the shop's wallet",
    body: CreateRefundParams,
    response: Refund,
  }),
  listRefunds: endpoint({
    method: 'GET',
    path: '/v1/payments/{id}/refunds',
    auth: 'secret',
    tag: 'Payments',
    summary: "List a payment's refunds, newest first",
    query: ListParams,
    response: listOf(Refund),
  }),
};

/** Events. */
export const eventEndpoints = {
  retrieveEvent: endpoint({
    method: 'GET',
    path: '/v1/events/{id}',
    auth: 'secret',
    tag: 'Events',
    summary: 'Retrieve an event',
    response: Event,
  }),
  listEvents: endpoint({
    method: 'GET',
    path: '/v1/events',
    auth: 'secret',
    tag: 'Events',
    summary: 'List events, newest first',
    query: ListEventsParams,
    response: listOf(Event),
  }),
};

/** Tools of the sandbox bank only. */
export const sandboxEndpoints = {
  createPartner: endpoint({
    method: 'POST',
    path: '/v1/sandbox/partners',
    auth: 'none',
    tag: 'Sandbox',
    summary: 'Create a fresh partner with its own keys and test clock (sandbox only)',
    body: CreatePartnerParams,
    response: Partner,
  }),
  retrieveTestClock: endpoint({
    method: 'GET',
    path: '/v1/test_clocks/current',
    auth: 'sandbox',
    tag: 'Sandbox',
    summary: "Read the partner's test clock",
    response: TestClock,
  }),
  advanceTestClock: endpoint({
    method: 'POST',
    path: '/v1/test_clocks/advance',
    auth: 'sandbox',
    tag: 'Sandbox',
    summary: "Move the partner's test clock forward; what falls due on the way happens",
    body: AdvanceTestClockParams,
    response: TestClock,
  }),
  retrieveSandboxVerificationCode: endpoint({
    method: 'GET',
    path: '/v1/sandbox/verification_codes',
    auth: 'sandbox',
    tag: 'Sandbox',
    summary: 'Read the latest one-time code sent for a checkout session (sandbox only)',
    query: SandboxVerificationCodeQuery,
    response: SandboxVerificationCode,
  }),
  verifyLedger: endpoint({
    method: 'GET',
    path: '/v1/sandbox/ledger/verify',
    auth: 'sandbox',
    tag: 'Sandbox',
    summary: "Recompute every balance of the partner's ledger from its postings",
    response: LedgerReport,
  }),
};

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
  ...eventEndpoints,
  ...sandboxEndpoints,
};

export type EndpointName = keyof typeof endpoints;
