import { generateId, type BalanceTransactionType, type LedgerReport } from '@xinghui/contract';
import type { Store } from '../../store/store.js';
import { ApiError } from '../core/api-error.js';
import { assertWithinMoneyBounds, withIntegerExactness } from './money-bounds.js';
import type { Context } from '../core/context.js';
import type {
  AccountKind,
  AccountRecord,
  JournalEntryRecord,
  PostingRecord,
} from '../core/records.js';

const ACCOUNT_PREFIX = {
  wallet: 'wal',
  settlement: 'acct',
  external: 'acct',
  loan: 'acct',
  income: 'acct',
  escrow: 'acct',
} as const;

/** Accounts that may run below zero: money entering the bank, and what shops owe on loans. */
const MAY_GO_NEGATIVE: ReadonlySet<AccountKind> = new Set(['external', 'loan']);

/** Opens an account with a zero balance. */
export function openAccount(ctx: Context, kind: AccountKind, owner: string | null): AccountRecord {
  const account: AccountRecord = {
    id: generateId(ACCOUNT_PREFIX[kind]),
    partner: ctx.partner.id,
    kind,
    owner,
    balance: 0,
    currency: 'CNY',
    status: 'active',
    created: ctx.now,
  };
  ctx.store.insert('accounts', account);
  return account;
}

/** Reads one of the partner's accounts. */
export function getAccount(ctx: Context, id: string): AccountRecord {
  const account = ctx.store.get<AccountRecord>('accounts', id);
  if (!account || account.partner !== ctx.partner.id) throw new Error(`No account ${id}`);
  return account;
}

/** One movement of a journal entry. */
export interface PostingLine {
  account: string;
  /** Signed minor units: positive credits the account, negative debits it. */
  amount: number;
  type: BalanceTransactionType;
  /** The id of the payment, refund… that caused it. */
  source: string | null;
  description: string | null;
}

/**
 * Posts one journal entry: its lines must sum to zero, and balances change in the same
 * transaction as the postings that explain them. Only the external and loan accounts may go
 * below zero, so no operation can ever spend money a customer account does not hold.
 *
 * @param insufficient - what to tell the shop owner or partner when an account holds too little
 * @throws ApiError `insufficient_balance` when a customer account would go negative
 */
export function postEntry(
  ctx: Context,
  description: string,
  lines: PostingLine[],
  insufficient = 'An account holds too little for this',
): PostingRecord[] {
  if (lines.length < 2) throw new Error('A journal entry needs at least two postings');
  if (lines.some((line) => !Number.isSafeInteger(line.amount) || line.amount === 0)) {
    throw new Error('Posting amounts are non-zero integers of minor units');
  }
  if (lines.reduce((sum, line) => sum + line.amount, 0) !== 0) {
    throw new Error(`Journal entry "${description}" does not balance`);
  }
  const entry: JournalEntryRecord = {
    id: generateId('je'),
    partner: ctx.partner.id,
    description,
    created: ctx.now,
  };
  ctx.store.insert('journal_entries', entry);
  return lines.map((line) => {
    const account = getAccount(ctx, line.account);
    const balance = account.balance + line.amount;
    assertWithinMoneyBounds(account, line.amount, balance);
    if (balance < 0 && !MAY_GO_NEGATIVE.has(account.kind)) {
      throw new ApiError('insufficient_balance', insufficient);
    }
    ctx.store.update('accounts', { ...account, balance });
    const posting: PostingRecord = {
      id: generateId('txn'),
      partner: ctx.partner.id,
      entry: entry.id,
      account: account.id,
      type: line.type,
      amount: { amount: line.amount, currency: account.currency },
      balance_after: { amount: balance, currency: account.currency },
      source: line.source,
      description: line.description,
      created: ctx.now,
    };
    ctx.store.insert('postings', posting);
    return posting;
  });
}

/**
 * Recomputes every balance from the postings and checks every entry sums to zero, for one
 * partner or the whole bank. The running balances are checked too: each account's balance, and
 * the balance each posting recorded after it (statement openings are read from those), must
 * equal the sum of the account's postings up to there. An account whose postings drift is
 * reported once, at its first posting that disagrees.
 */
export function verifyLedger(store: Store, partner?: string): LedgerReport {
  const fromPostings = new Map<string, number>();
  const entrySums = new Map<string, number>();
  const drifted: LedgerReport['balance_mismatches'] = [];
  // Each row's partner is checked too: a `Store` written before `scan` took one reads them all.
  for (const posting of store.scan<PostingRecord>('postings', partner)) {
    if (partner && posting.partner !== partner) continue;
    const running = (fromPostings.get(posting.account) ?? 0) + posting.amount.amount;
    fromPostings.set(posting.account, running);
    if (
      posting.balance_after.amount !== running &&
      !drifted.some((mismatch) => mismatch.account === posting.account)
    ) {
      drifted.push({
        account: posting.account,
        recorded: posting.balance_after.amount,
        from_postings: running,
      });
    }
    entrySums.set(posting.entry, (entrySums.get(posting.entry) ?? 0) + posting.amount.amount);
  }
  const report: LedgerReport = {
    object: 'ledger_report',
    ok: true,
    accounts_checked: 0,
    entries_checked: entrySums.size,
    balance_mismatches: [],
    unbalanced_entries: [],
  };
  for (const account of store.scan<AccountRecord>('accounts', partner)) {
    if (partner && account.partner !== partner) continue;
    report.accounts_checked += 1;
    const computed = fromPostings.get(account.id) ?? 0;
    if (computed !== account.balance) {
      report.balance_mismatches.push({
        account: account.id,
        recorded: account.balance,
        from_postings: computed,
      });
    }
  }
  report.balance_mismatches.push(
    ...drifted.filter((d) => !report.balance_mismatches.some((m) => m.account === d.account)),
  );
  for (const [entry, sum] of entrySums)
    if (sum !== 0) report.unbalanced_entries.push({ entry, sum });
  report.ok = report.balance_mismatches.length === 0 && report.unbalanced_entries.length === 0;
  return withIntegerExactness(store, partner, report);
}
