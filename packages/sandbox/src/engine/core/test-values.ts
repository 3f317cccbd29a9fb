import type { ErrorCode } from '@xinghui/contract';

/**
 * The sandbox's test values: magic amounts, codes, URLs and names that make the bank take a
 * branch a partner's integration must handle but could not otherwise reach on purpose. Listed
 * in one table in docs/sandbox.md ("Test values"); the credit scenario triggers (`[approve]`,
 * `[decline]`…) live beside the risk rules in ../../risk/scenarios.ts.
 *
 * Kept in `core` so every domain folder may read it (a folder may not reach up to the engine's
 * top-level files).
 */

/**
 * Checkout amounts (fen) that a wallet payment always fails with, whatever the wallet holds:
 * the payment is recorded as `failed` with this `failure_code`, `payment.failed` is sent, and
 * the page gets the error. The session stays open (a retry needs a new one-time code).
 */
export const WALLET_FAILURE_AMOUNTS: Readonly<Record<number, WalletFailure>> = {
  66_601: 'insufficient_balance',
  66_602: 'wallet_frozen',
  66_603: 'payment_declined',
};

export type WalletFailure = Extract<
  ErrorCode,
  'insufficient_balance' | 'wallet_frozen' | 'payment_declined'
>;

/** What the page is told for each failure. */
export const WALLET_FAILURE_MESSAGES: Readonly<Record<WalletFailure, string>> = {
  insufficient_balance: 'The wallet balance is lower than the amount to pay (test amount)',
  wallet_frozen: 'The wallet is frozen and cannot pay (test amount)',
  payment_declined: 'The bank declined the payment (test amount)',
};

/** The failure a wallet payment of `amount` fen is made to have, if it is a test amount. */
export function walletFailureFor(amount: number): WalletFailure | undefined {
  return WALLET_FAILURE_AMOUNTS[amount];
}

/**
 * A one-time code that is always wrong: typing it is refused as `verification_code_invalid`
 * (and counts as a wrong try), and the bank never sends it as a real code.
 */
export const ALWAYS_WRONG_CODE = '000000';

/**
 * Webhook endpoints on this host never receive a request: each attempt is recorded as if the
 * endpoint had answered the status in the path (`/status/500` answers 500, `/status/200` 200).
 * `.test` is reserved (RFC 2606), so no real host can have the name.
 */
export const TEST_WEBHOOK_HOST = 'webhooks.xinghui.test';

/** The status a test webhook URL answers, or `undefined` for a real URL. */
export function testWebhookStatus(url: string): number | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.hostname !== TEST_WEBHOOK_HOST) return undefined;
  const match = /^\/status\/([1-5]\d\d)$/.exec(parsed.pathname);
  // Any other path of the test host answers 404, as a missing route of a real server would.
  return match ? Number(match[1]) : 404;
}

/** The longest a credit decision can be made to take: `[delay:30s]`. */
export const MAX_DECISION_DELAY_SECONDS = 30;

/**
 * `[delay:Ns]` in a shop's business name makes the bank's answer to its credit application
 * take N seconds (1 to 30), for testing a page's waiting state and a server's timeouts. The
 * decision itself is the rules' (or another scenario trigger's).
 */
export function decisionDelaySeconds(businessName: string): number | undefined {
  const match = /\[delay:(\d{1,2})s\]/i.exec(businessName);
  if (!match) return undefined;
  const seconds = Number(match[1]);
  return seconds >= 1 && seconds <= MAX_DECISION_DELAY_SECONDS ? seconds : undefined;
}
