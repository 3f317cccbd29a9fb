import type { Table } from './store.js';

/**
 * The access paths of the bank: for each table, the field lists the engine looks rows up by
 * (beside the owning partner, which leads every index). This is the one place they are
 * declared: the SQLite store gives each field a column of its own and each list an
 * index `(partner, …fields, seq)`, so a lookup by buyer, account, session, status or date is an
 * index search, and a filtered list reads its page in order without sorting. A new
 * `find`/`listPage` filter belongs here (`sqlite-store.test.ts` checks the engine's own
 * lookups use an index).
 *
 * A range (`FindOptions.range`) is served by the index whose last field is the range's field.
 */
export const INDEXES: { readonly [T in Table]?: readonly (readonly string[])[] } = {
  api_keys: [],
  // A new buyer's credit code is checked against the partner's other buyers (one per code).
  buyers: [['credit_code']],
  accounts: [['kind', 'owner']],
  postings: [['account'], ['account', 'created'], ['type'], ['created']],
  wallet_transactions: [],
  checkout_sessions: [['buyer', 'status'], ['status']],
  payments: [['buyer'], ['supplier']],
  refunds: [['payment']],
  consents: [['buyer', 'type', 'status'], ['type']],
  credit_applications: [['buyer']],
  credit_lines: [['buyer']],
  loans: [['buyer', 'status'], ['status'], ['payment'], ['checkout_session'], ['credit_line']],
  repayments: [['loan']],
  trade_reports: [['buyer']],
  events: [['type']],
  // Only the keys still in progress (see PARTIAL): a finished key, nearly all of them, is in no
  // index but its id's.
  idempotency_keys: [['state']],
  timers: [['due_at'], ['ref'], ['kind', 'ref']],
  webhook_deliveries: [['webhook_endpoint', 'event'], ['status'], ['event']],
  pre_approvals: [['buyer', 'status'], ['status'], ['supplier'], ['batch']],
  notices: [['loan'], ['buyer'], ['kind']],
  request_log: [['status'], ['status_class'], ['path']],
};

/**
 * Indexes that leave out the rows whose field has one common value no lookup asks for: here the
 * finished idempotency keys (the bank only ever looks for the ones still `in_progress`, when it
 * starts, across partners: such an index is on the field alone), so writing a key's answer adds
 * no entry to the `state` index. A find on such a field with any other value names the
 * exclusion in its SQL, which is how SQLite knows the partial index serves it; a find for the
 * excluded value reads the partner's rows.
 */
export const PARTIAL: { readonly [T in Table]?: { readonly [field: string]: string } } = {
  idempotency_keys: { state: 'done' },
};

/** The column that holds a field: plain names only, since they go into SQL as they are. */
export function columnOf(field: string): string {
  if (!/^[a-z][a-z0-9_]*$/.test(field)) throw new Error(`Not a field name: ${field}`);
  return `f_${field}`;
}
