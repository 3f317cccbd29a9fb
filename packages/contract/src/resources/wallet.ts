import { Timestamp } from '../common.js';
import { BuyerId, WalletId, WalletTransactionId } from '../ids.js';
import { Money, PositiveMoney, SignedMoney } from '../money.js';
import { openEnum } from '../open-enum.js';
import { z } from '../zod.js';
import { CreditLineId } from './credit.js';

/** A buyer's wallet account (星辉钱包): the balance a shop pays from and repays into. */
export const Wallet = z.object({
  id: WalletId,
  object: z.literal('wallet'),
  buyer: BuyerId,
  balance: Money,
  status: openEnum(['active', 'frozen']),
  /**
   * The shop's credit line, `cl_…`, or `null` when it has none yet: a page learns here, without
   * a failing call, whether there is a line to show. Optional, so that a reply from a bank
   * before this field still parses; this bank always sends it.
   */
  credit_line: z.optional(z.nullable(CreditLineId)),
  created: Timestamp,
});
export type Wallet = z.infer<typeof Wallet>;

/** Why a wallet's balance moved. */
export const WALLET_TRANSACTION_TYPES = [
  'top_up',
  'payment',
  'refund',
  'drawdown',
  'repayment',
] as const;

/** One movement on a wallet, newest first in lists. Debits are negative. */
export const WalletTransaction = z.object({
  id: WalletTransactionId,
  object: z.literal('wallet_transaction'),
  wallet: WalletId,
  type: openEnum(WALLET_TRANSACTION_TYPES),
  amount: SignedMoney,
  balance_after: Money,
  /** The id of what caused the movement (a payment, a refund), or `null` for a top-up. */
  source: z.nullable(z.string()),
  description: z.nullable(z.string()),
  created: Timestamp,
});
export type WalletTransaction = z.infer<typeof WalletTransaction>;

/** Parameters of a sandbox top-up: money arriving in the wallet from outside the bank. */
export const TopUpWalletParams = z.strictObject({
  amount: PositiveMoney,
  description: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(200))),
});
export type TopUpWalletParams = z.input<typeof TopUpWalletParams>;
