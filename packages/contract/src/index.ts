/**
 * The Xinghui bank API contract: the one description of every shape that crosses the wire,
 * and the protocol code both the bank and its clients need.
 *
 * @packageDocumentation
 */

// Schema building blocks
export { z } from './zod.js';
export { openEnum } from './open-enum.js';
export { DisplayName, Metadata, Timestamp } from './common.js';

// Money and rates
export {
  Amount,
  CURRENCIES,
  CurrencyCode,
  MAX_AMOUNT,
  Money,
  PositiveMoney,
  SignedMoney,
  formatMoney,
  money,
  parseMoneyInput,
  toDecimalString,
} from './money.js';
export type { Currency } from './money.js';
export {
  Rate,
  dailyRateFromApr,
  formatRatePercent,
  millionthsToRate,
  rateToMillionths,
} from './rate.js';

// Credit arithmetic (the one implementation the bank bills by and offers show)
export {
  CalendarDate,
  addDays,
  addMonthsKeepingDay,
  dayNumber,
  daysBetween,
  fromDayNumber,
  shanghaiDate,
  startOfShanghaiDay,
} from './credit/calendar.js';
export {
  DAYS_PER_MONTH,
  DAYS_PER_YEAR,
  INTEREST_RULE,
  PENALTY_MULTIPLIER,
  interestForDays,
  levelPayment,
  monthlyInterest,
  penaltyInterestForDays,
  roundHalfUp,
} from './credit/interest.js';
export {
  LOAN_TERMS,
  LoanSchedule,
  LoanTermParams,
  REPAYMENT_METHODS,
  ScheduledInstallment,
  termUnit,
} from './credit/loan-terms.js';
export type { LoanTerm, RepaymentMethod } from './credit/loan-terms.js';
export { loanSchedule, periodDays, rescheduleInstallments } from './credit/schedule.js';

// Identifiers, keys and personal data
export {
  BuyerId,
  CheckoutSessionId,
  EventId,
  ID_PREFIXES,
  PaymentId,
  RefundId,
  SettlementAccountId,
  SupplierId,
  WalletId,
  WalletTransactionId,
  generateId,
  idOf,
  randomToken,
} from './ids.js';
export type { IdPrefix } from './ids.js';
export {
  ClientSecret,
  apiKeyKind,
  generateApiKey,
  generateClientSecret,
  sessionIdOfClientSecret,
} from './api-keys.js';
export type { ApiKeyKind } from './api-keys.js';
export {
  CreditCode,
  creditCodeCheckCharacter,
  creditCodeProblem,
  isValidCreditCode,
  maskCreditCode,
} from './credit-code.js';
export type { CreditCodeProblem } from './credit-code.js';
export { MaskedPhone, MobilePhone, maskPhone } from './phone.js';
export { MaskedCreditCode, maskPersonName } from './masking.js';

// Protocol
export * from './protocol.js';
export { newIdempotencyKey } from './idempotency-key.js';
export { sha256Hex } from './sha256.js';
export { ERROR_CODE_NAMES, ERROR_CODES, ERROR_TYPES, ErrorEnvelope } from './errors.js';
export type { ErrorCode, ErrorType } from './errors.js';
export { ListParams, MAX_PAGE_SIZE, listOf } from './list.js';
export type { List } from './list.js';
export { SESSION_CAPABILITIES, sessionAllows } from './capabilities.js';
export type { Capability, SessionKind } from './capabilities.js';
export {
  buyerEndpoints,
  checkoutSessionEndpoints,
  clientCheckoutEndpoints,
  clientConsentEndpoints,
  clientCreditEndpoints,
  consentEndpoints,
  creditEndpoints,
  loanEndpoints,
  tradeEndpoints,
  walletSessionEndpoints,
  clientWalletEndpoints,
  endpoints,
  eventEndpoints,
  escrowEndpoints,
  clientReceiptEndpoints,
  balanceEndpoints,
  paymentEndpoints,
  sandboxEndpoints,
  sandboxApiKeyEndpoints,
  sandboxInspectEndpoints,
  supplierEndpoints,
  walletEndpoints,
  webhookEndpointEndpoints,
  preApprovalEndpoints,
  clientPreApprovalEndpoints,
  noticeEndpoints,
  creditDocumentEndpoints,
  clientCreditDocumentEndpoints,
} from './endpoints/index.js';
export type { Endpoint, EndpointAuth, EndpointName } from './endpoints/index.js';
export { buildOpenApiDocument } from './openapi.js';

// Webhook signatures
export {
  DEFAULT_TOLERANCE_SECONDS,
  WebhookSignatureError,
  assertFreshTimestamp,
  parseSignatureHeader,
  signWebhookPayload,
  signedBytes,
  verifyWebhookSignature,
} from './webhook-signature.js';
export type {
  SignOptions,
  SignatureHeader,
  VerifyOptions,
  WebhookPayload,
  WebhookSignatureProblem,
} from './webhook-signature.js';

// Resources
export { Buyer, CreateBuyerParams, INDUSTRIES } from './resources/buyer.js';
export { CreateSupplierParams, Supplier } from './resources/supplier.js';
export {
  TopUpWalletParams,
  WALLET_TRANSACTION_TYPES,
  Wallet,
  WalletTransaction,
} from './resources/wallet.js';
export {
  CHECKOUT_SESSION_LIFETIME,
  CHECKOUT_SESSION_STATUSES,
  CheckoutSession,
  ClientCheckoutSession,
  ConfirmCheckoutSessionParams,
  CreateCheckoutSessionParams,
  LineItem,
  ListCheckoutSessionsParams,
  PAYMENT_METHODS,
  VerificationCode,
} from './resources/checkout-session.js';
export { ListPaymentsParams, PAYMENT_STATUSES, Payment } from './resources/payment.js';
export {
  CONSENT_LOCALES,
  CONSENT_TYPES,
  Consent,
  ConsentId,
  ConsentTemplate,
  ConsentTemplateQuery,
  CreateClientConsentParams,
  CreateConsentParams,
  GIVABLE_CONSENT_TYPES,
  ListConsentsParams,
  PAGE_REVOCABLE_CONSENT_TYPES,
} from './resources/consent.js';
export type { ConsentType, PageRevocableConsentType } from './resources/consent.js';
export {
  CreateClientCreditApplicationParams,
  CreateCreditApplicationParams,
  CreditApplication,
  CreditApplicationId,
  CreditLine,
  CreditLineId,
  CreditUnavailableReason,
  DecisionReason,
  ListCreditLinesParams,
  OfferedTerm,
} from './resources/credit.js';
export {
  ClientRepaymentParams,
  CreateWalletSessionParams,
  RepaymentCodeParams,
  WALLET_SESSION_LIFETIME,
  WalletSession,
  WalletSessionId,
} from './resources/wallet-session.js';
export {
  CreateLimitReviewParams,
  CreateTradeReportParams,
  LimitReview,
  LimitReviewId,
  ListTradeReportsParams,
  TRADE_REPORT_TYPES,
  TradeReport,
  TradeReportId,
} from './resources/trade.js';
export {
  ClientConsentTemplateQuery,
  CreateRepaymentParams,
  DEBIT_FAILURE_CODES,
  ListLoansParams,
  Loan,
  LoanAgreement,
  LoanAgreementQuery,
  LoanId,
  LoanOffer,
  LoanOffers,
  REPAYMENT_INITIATORS,
  Repayment,
  RepaymentId,
} from './resources/loan.js';
export type { DebitFailureCode, RepaymentInitiator } from './resources/loan.js';
export { CreateRefundParams, REFUND_REASONS, Refund } from './resources/refund.js';
export {
  CloseDisputeParams,
  DEFAULT_AUTO_RELEASE_DAYS,
  DISPUTE_REASONS,
  ESCROW_STATUSES,
  Escrow,
  EscrowParams,
  EscrowTerms,
  FULFILMENTS,
  DisputePaymentParams,
  MAX_AUTO_RELEASE_DAYS,
  MAX_COMMISSION_PERCENT,
  ReleasePaymentParams,
  ShipPaymentParams,
  RELEASERS,
  ReceiptConfirmation,
  ConfirmReceiptParams,
  commissionEarned,
  maxCommission,
} from './resources/escrow.js';
export type { EscrowStatus, Fulfilment, Releaser } from './resources/escrow.js';
export {
  AccountId,
  BALANCE_TRANSACTION_TYPES,
  Balance,
  BalanceTransaction,
  ListBalanceTransactionsParams,
  Statement,
  StatementQuery,
} from './resources/balance.js';
export type { BalanceTransactionType } from './resources/balance.js';
export { EVENT_TYPES, Event, ListEventsParams, isKnownEventType } from './resources/event.js';
export {
  AdvanceTestClockParams,
  CreatePartnerParams,
  LedgerReport,
  Partner,
  SandboxVerificationCode,
  SandboxVerificationCodeQuery,
  TestClock,
} from './resources/sandbox.js';
export {
  DEFAULT_KEY_OVERLAP_SECONDS,
  MAX_KEY_OVERLAP_SECONDS,
  RollSecretKeyParams,
  RolledSecretKey,
} from './resources/sandbox-api-keys.js';
export {
  LedgerAccount,
  ListSandboxRequestsParams,
  REQUEST_CREDENTIAL_KINDS,
  SandboxMessage,
  SandboxRequest,
} from './resources/sandbox-request.js';
export type { EventOf, EventType, KnownEvent, UnknownEvent } from './resources/event.js';
export {
  CreateWebhookEndpointParams,
  DeletedWebhookEndpoint,
  ListWebhookDeliveriesParams,
  ResendEventParams,
  UpdateWebhookEndpointParams,
  WEBHOOK_ATTEMPT_BODY_LIMIT,
  WEBHOOK_ATTEMPT_DETAILS_KEPT,
  WebhookAttempt,
  WebhookAttemptRequest,
  WebhookAttemptResponse,
  WebhookDelivery,
  WebhookDeliveryId,
  WebhookEndpoint,
  WebhookEndpointId,
} from './resources/webhook-endpoint.js';
export type { EnabledEvent } from './resources/webhook-endpoint.js';
export { WebhookTest } from './resources/webhook-test.js';
export {
  AcceptPreApprovalParams,
  CreatePreApprovalsParams,
  ListPreApprovalsParams,
  MAX_PRE_APPROVAL_SHOPS,
  NomineeTradeHistory,
  PRE_APPROVAL_LIFETIME_DAYS,
  PRE_APPROVAL_STATUSES,
  PreApproval,
  PreApprovalBatch,
  PreApprovalBatchId,
  PreApprovalId,
  PreApprovalNominee,
  PreApprovalOffer,
} from './resources/pre-approval.js';
export {
  CREDIT_REPORTING_GRACE_DAYS,
  ListNoticesParams,
  NOTICE_KINDS,
  Notice,
  NoticeId,
} from './resources/notice.js';
export {
  CreditLineStatement,
  CreditLineStatementQuery,
  PayoffCertificate,
  StatementMonth,
} from './resources/credit-statement.js';
