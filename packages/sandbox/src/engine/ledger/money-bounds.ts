import { MAX_AMOUNT, type LedgerReport } from '@xinghui/contract';
import type { Store } from '../../store/store.js';
import { ApiError } from '../core/api-error.js';
import type { AccountKind, AccountRecord, PostingRecord } from '../core/records.js';

/**
 * The ledger's money bounds. Every amount the bank answers with is a contract `Money`, at most
 * `MAX_AMOUNT` (10^13 fen) either way, so no posting and no balance may go beyond it: a balance
 * the bank could not report (or the SDK could not read) is refused before it exists. The
 * external account, the other side of money entering and leaving the bank, is never reported;
 * it only has to stay an exact integer (a JavaScript number is exact up to 2^53 − 1).
 */

/** The largest balance an account of this kind may hold, either way. */
export function balanceBound(kind: AccountKind): number {
  return kind === 'external' ? Number.MAX_SAFE_INTEGER : MAX_AMOUNT;
}

/**
 * Refuses a posting of `amount` that would take `account` to `balance` beyond the bounds.
 *
 * @throws ApiError `balance_limit_exceeded` (409), before anything is written
 */
export function assertWithinMoneyBounds(
  account: Pick<AccountRecord, 'kind'>,
  amount: number,
  balance: number,
): void {
  const bound = balanceBound(account.kind);
  if (
    Math.abs(amount) > MAX_AMOUNT ||
    !Number.isSafeInteger(balance) ||
    Math.abs(balance) > bound
  ) {
    throw new ApiError(
      'balance_limit_exceeded',
      `This would take an account beyond ${MAX_AMOUNT} minor units, the most an amount may be`,
    );
  }
}

/**
 * Proves the ledger's integers exact: recomputes every account's balance and every entry's sum
 * in BigInt, and reports any balance, posting or sum that is not a safe integer or is beyond
 * its bound (a Number sum past 2^53 would silently round, and compare equal when it is not).
 * The report is not ok when anything is reported.
 */
export function withIntegerExactness(
  store: Store,
  partner: string | undefined,
  report: LedgerReport,
): LedgerReport {
  const inexact: { kind: 'account' | 'entry' | 'posting'; id: string; value: string }[] = [];
  const balances = new Map<string, bigint>();
  const sums = new Map<string, bigint>();
  for (const posting of store.scan<PostingRecord>('postings', partner)) {
    if (partner && posting.partner !== partner) continue; // a `Store` that reads them all
    const amount = posting.amount.amount;
    if (!Number.isSafeInteger(amount) || Math.abs(amount) > MAX_AMOUNT) {
      inexact.push({ kind: 'posting', id: posting.id, value: String(amount) });
      continue;
    }
    balances.set(posting.account, (balances.get(posting.account) ?? 0n) + BigInt(amount));
    sums.set(posting.entry, (sums.get(posting.entry) ?? 0n) + BigInt(amount));
  }
  for (const account of store.scan<AccountRecord>('accounts', partner)) {
    if (partner && account.partner !== partner) continue;
    const exact = balances.get(account.id) ?? 0n;
    const bound = BigInt(balanceBound(account.kind));
    const recordedExact =
      Number.isSafeInteger(account.balance) && BigInt(account.balance) === exact;
    if (!recordedExact || exact > bound || exact < -bound)
      inexact.push({ kind: 'account', id: account.id, value: exact.toString() });
  }
  for (const [entry, sum] of sums)
    if (sum !== 0n) inexact.push({ kind: 'entry', id: entry, value: sum.toString() });
  return { ...report, ok: report.ok && inexact.length === 0, inexact_figures: inexact };
}
