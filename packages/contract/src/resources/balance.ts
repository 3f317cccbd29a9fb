import { Timestamp } from '../common.js';
import { CalendarDate } from '../credit/calendar.js';
import { WalletTransactionId } from '../ids.js';
import { ListParams } from '../list.js';
import { Money, SignedMoney } from '../money.js';
import { openEnum } from '../open-enum.js';
import { z } from '../zod.js';
import { WALLET_TRANSACTION_TYPES } from './wallet.js';

/**
 * Why an account's balance moved: a wallet's reasons, and the escrow and split-settlement ones
 * (money held in escrow, released from it, and the platform's commission).
 */
export const BALANCE_TRANSACTION_TYPES = [
  ...WALLET_TRANSACTION_TYPES,
  'escrow_hold',
  'escrow_release',
  'commission',
] as const;
/** What caused a balance transaction (a top-up, a payment, a refund, a drawdown…). */
export type BalanceTransactionType = (typeof BALANCE_TRANSACTION_TYPES)[number];

/** An account of the bank: a supplier's or the platform's settlement account, a shop's wallet… */
export const AccountId = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^(acct|wal)_[0-9A-Za-z]{8,64}$/, 'must be an account id ("acct_…" or "wal_…")'));

/** One movement on one account: a posting of the bank's double-entry ledger. */
export const BalanceTransaction = z.object({
  id: WalletTransactionId,
  object: z.literal('balance_transaction'),
  account: z.string(),
  type: openEnum(BALANCE_TRANSACTION_TYPES),
  /** Credits are positive, debits negative. */
  amount: SignedMoney,
  /** The account's balance right after this movement. */
  balance_after: SignedMoney,
  /** The id of what caused it: a payment, refund, loan, repayment, top-up… */
  source: z.nullable(z.string()),
  description: z.nullable(z.string()),
  created: Timestamp,
});
export type BalanceTransaction = z.infer<typeof BalanceTransaction>;

const UnixSecondsText = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^\d{1,12}$/, 'must be a Unix time in seconds'));

/** Listing filters for balance transactions: by account, type, and `created` range. */
export const ListBalanceTransactionsParams = z.extend(ListParams, {
  account: z.optional(AccountId),
  type: z.optional(z.enum(BALANCE_TRANSACTION_TYPES)),
  /** Only movements at or after this Unix time. */
  created_gte: z.optional(UnixSecondsText),
  /** Only movements before this Unix time. */
  created_lt: z.optional(UnixSecondsText),
});
export type ListBalanceTransactionsParams = z.input<typeof ListBalanceTransactionsParams>;

/** Which day a statement covers: a calendar day in Asia/Shanghai. */
export const StatementQuery = z.strictObject({ date: CalendarDate });
export type StatementQuery = z.input<typeof StatementQuery>;

/**
 * One account's day (Asia/Shanghai), for reconciliation: opening balance + the day's movements =
 * closing balance, all read from the ledger's postings.
 */
export const Statement = z.object({
  object: z.literal('statement'),
  account: z.string(),
  date: CalendarDate,
  opening_balance: SignedMoney,
  closing_balance: SignedMoney,
  total_credits: Money,
  /** The day's debits, as a positive amount. */
  total_debits: Money,
  /** `false` while the day is still running on the partner's clock. */
  final: z.boolean(),
  /** The day's movements, oldest first. */
  transactions: z.array(BalanceTransaction),
});
export type Statement = z.infer<typeof Statement>;

/** The platform's own settlement account, where its commission arrives. */
export const Balance = z.object({
  object: z.literal('balance'),
  account: z.string(),
  available: Money,
});
export type Balance = z.infer<typeof Balance>;
