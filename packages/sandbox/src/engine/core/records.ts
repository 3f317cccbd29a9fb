/**
 * What the bank stores. Most records are the API resource plus the partner that owns it; the
 * rest are the bank's own bookkeeping, never shown as they are.
 */
import type {
  Buyer,
  CheckoutSession,
  Consent,
  CreditApplication,
  Loan,
  LoanTerm,
  Repayment,
  TradeReport,
  LimitReview,
  WalletSession,
  Event,
  Payment,
  Refund,
  Supplier,
  WalletTransaction,
  WebhookDelivery,
  WebhookEndpoint,
} from '@xinghui/contract';

type Owned<T> = T & { partner: string };

/** A partner as the store keeps it: its name, allowed origins, test clock offset and accounts. */
export interface PartnerRecord {
  id: string;
  name: string;
  /** The test clock: seconds added to the wall clock for this partner. */
  clock_offset_seconds: number;
  /** Origins whose pages may use the publishable key. */
  allowed_origins: string[];
  /** The partner's contract lets its secret key release escrowed money (with a reason). */
  secret_key_release?: boolean;
  /** The account money enters and leaves the bank through (top-ups): it may go negative. */
  external_account: string;
  /**
   * When the partner's earliest pending timer falls due (`null`: none), so the check before
   * each request is one comparison rather than a search.
   */
  next_timer_at: number | null;
  created: number;
}

export interface ApiKeyRecord {
  /** The key itself. */
  id: string;
  partner: string;
  kind: 'secret' | 'publishable';
  created: number;
  /** When a rolled key stops working, on the partner's test clock; absent for a current key. */
  expires_at?: number;
}

export type BuyerRecord = Owned<Buyer>;

export type SupplierRecord = Owned<Omit<Supplier, 'settlement_account'>> & {
  settlement_account: string;
};

/**
 * `loan`: one per loan note, what the shop owes the bank (it runs below zero); `income`: the
 * interest the bank has earned from the partner's shops; `escrow`: one per escrowed payment,
 * what is still held of it. A `settlement` account belongs to a supplier, or to the partner
 * itself (its commission).
 */
export type AccountKind = 'wallet' | 'settlement' | 'external' | 'loan' | 'income' | 'escrow';

export interface AccountRecord {
  id: string;
  partner: string;
  kind: AccountKind;
  /**
   * The buyer, supplier, loan, payment (escrow) or partner the account belongs to; `null` for
   * the external and income accounts.
   */
  owner: string | null;
  balance: number;
  currency: 'CNY';
  status: 'active' | 'frozen';
  created: number;
}

export interface JournalEntryRecord {
  id: string;
  partner: string;
  description: string;
  created: number;
}

/** One line of a journal entry: a movement on one account. Wallet transactions are these. */
export type PostingRecord = Owned<Omit<WalletTransaction, 'object' | 'wallet'>> & {
  entry: string;
  account: string;
};

export type CheckoutSessionRecord = Owned<CheckoutSession>;

export interface VerificationCodeRecord {
  id: string;
  partner: string;
  /** The checkout or wallet session the code confirms an action of. */
  session: string;
  code: string;
  phone: string;
  /** What the code confirms: it is void for any other amount or payee. */
  amount: number;
  payee: string;
  status: 'active' | 'used' | 'locked';
  failed_attempts: number;
  expires_at: number;
  resend_available_at: number;
  created: number;
  /** Codes this session has been sent, this one included (absent in older files: 1). */
  codes_sent?: number;
}

/** One phone's one-time-code budget for one bank day (engine/code-budgets.ts). */
export interface CodeBudgetRecord {
  /** `cb_<partner>_<phone>`: one row per phone, its counts reset when the day changes. */
  id: string;
  partner: string;
  phone: string;
  /** The Asia/Shanghai day the counts are for, `YYYY-MM-DD`. */
  day: string;
  codes_sent: number;
  wrong_guesses: number;
  /** Codes locked by wrong tries today: each makes the next wait longer. */
  locks: number;
  /** No new code for this phone before this time (Unix seconds); 0 when none is pending. */
  blocked_until: number;
}

export type PaymentRecord = Owned<Payment>;
export type ConsentRecord = Owned<Consent>;
export type CreditApplicationRecord = Owned<CreditApplication>;

/**
 * A loan note, with the ledger account that carries what the shop owes on it, and where it
 * stands (see loan-balance.ts): its schedule as it now is (recomputed after a prepayment), what
 * was paid towards each instalment (`paid`, one per instalment), and the penalty counted up to
 * `penalty_from` but not paid (`penalty_carried`). What is owed today and the payoff are
 * derived, never stored.
 */
export type LoanRecord = Owned<
  Omit<
    Loan,
    | 'accrued_interest'
    | 'penalty_interest'
    | 'payoff_amount'
    | 'next_due_date'
    | 'next_due_amount'
    | 'past_due_amount'
  >
> & {
  account: string;
  /** `waived`: cancelled by a refund from escrow, its interest waived (loan-balance.ts). */
  paid: { principal: number; interest: number; waived?: boolean }[];
  penalty_from: string;
  penalty_carried: number;
  /** The loan's own agreement as the shop accepted it (loan-agreement.ts); absent on older rows. */
  agreement_text?: { locale: 'zh-CN' | 'en'; title: string; text: string };
};

export type RepaymentRecord = Owned<Repayment>;
export type TradeReportRecord = Owned<TradeReport>;
export type LimitReviewRecord = Owned<LimitReview>;
export type WalletSessionRecord = Owned<WalletSession>;

/** A shop's revolving line, in plain fen: `available` is derived (limit − used), never stored. */
export interface CreditLineRecord {
  id: string;
  partner: string;
  buyer: string;
  status: 'active' | 'frozen' | 'expired' | 'closed';
  limit: number;
  used: number;
  /** When the validity period ends (line-validity.ts); absent on lines opened before it. */
  expires_at?: number;
  apr: string;
  term_options: LoanTerm[];
  consents: string[];
  created: number;
  updated: number;
}
export type RefundRecord = Owned<Refund>;
export type EventRecord = Owned<Event>;

export interface IdempotencyRecord {
  /** `<partner>:<credential>:<key>`: keys are scoped per partner and caller. */
  id: string;
  partner: string;
  /**
   * Who sent the key: `key_<sha256 of the API key, 32 hex>` for server calls, the session id
   * (`cs_…`, `ws_…`) for page calls. Never the key itself.
   */
  credential: string;
  /** Method, path, session and canonical body of the first request. */
  fingerprint: string;
  state: 'in_progress' | 'done';
  status: number;
  /** The first response's body, byte for byte. */
  body: string;
  /** The first response's `Retry-After`, if it had one. */
  retry_after?: number;
  /** Wall-clock milliseconds the key was taken, to free keys of requests that died. */
  reserved_at_ms: number;
  /** Test-clock seconds, for the 24-hour retention. */
  created: number;
}

/** What a timer does: expire a session, service a loan on its dates, release escrow, retry a webhook. */
export type TimerKind =
  | 'expire_checkout_session'
  | 'loan_payment_due'
  | 'loan_due'
  | 'loan_overdue'
  | 'escrow_auto_release'
  | 'webhook_delivery'
  | 'credit_line_expiry'
  | 'expire_pre_approval'
  | 'notice_payment_reminder'
  | 'notice_payment_due_today'
  | 'notice_overdue';

export interface TimerRecord {
  id: string;
  partner: string;
  kind: TimerKind;
  /** The object the timer acts on. */
  ref: string;
  due_at: number;
}

/**
 * A webhook endpoint with its signing secret, and during a rotation the secret it replaced,
 * which keeps signing until `previous_secret_expires_at`.
 */
export type WebhookEndpointRecord = Owned<Omit<WebhookEndpoint, 'secret'>> & {
  secret: string;
  previous_secret: string | null;
};

/** One event's delivery to one endpoint: the outbox row that survives a restart. */
export type WebhookDeliveryRecord = Owned<WebhookDelivery>;
