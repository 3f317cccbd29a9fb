import type { Table } from './store.js';

/**
 * The access paths of the bank: for each table, the field lists the engine looks rows up by
 * (beside the owning partner, which leads every index). This is the one place they are
 * declared: the SQLite store gives each field a column of its own and each list an
 * index `(partner, …fields, seq)`, so a lookup by buyer, account, session, status or date is an
 * index search, and a filtered list reads its page in order without sorting. A new
 * `find`/`listPage` filter belongs here: the Node tests fail on a find of the bank that no
 * index covers (`testing/index-guard.ts`).
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
  // A shop's active consent of a type; the lists, by shop, type or both, in order.
  consents: [['buyer', 'type', 'status'], ['buyer', 'type'], ['buyer'], ['type']],
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
  // An endpoint's deliveries, of one event or all; the pending ones (PARTIAL); an event's.
  webhook_deliveries: [['webhook_endpoint', 'event'], ['webhook_endpoint'], ['status'], ['event']],
  pre_approvals: [['buyer', 'status'], ['status'], ['supplier'], ['batch']],
  notices: [['loan'], ['buyer'], ['kind']],
  request_log: [['status'], ['status_class'], ['path']],
};

/**
 * Tables the bank never lists or pages by partner alone, so they get no `(partner, seq)` index
 * (every other table has one, for its lists): each is read by its id, by an access path of
 * {@link INDEXES} (which leads with the partner itself), or whole, oldest first (`scan`). An
 * index nobody reads still costs a B-tree page written at every insert; a confirmation inserts
 * into several of these tables. A find by partner alone on one of them is still right, but a
 * scan of the whole table: a table the bank comes to list by partner (`listPage` with no other
 * filter, or a find on `partner` alone) leaves this set. The Node tests fail on any find the
 * bank makes that no index serves (`testing/index-guard.ts`).
 */
export const UNLISTED: ReadonlySet<Table> = new Set<Table>([
  // Read by id; the whole table by `scan` (the CLI's first partner, the webhook sender's wake-up).
  'partners',
  // Written with each posting, read by id only.
  'journal_entries',
  'wallet_transactions',
  'code_budgets',
  'limit_reviews',
  'wallet_sessions',
  // By id, and the keys still in progress across partners (the partial `state` index).
  'idempotency_keys',
  // By partner and due date, reference, or kind and reference: each its own index.
  'timers',
  // Listed by loan or by payment: each its own index.
  'repayments',
  'refunds',
]);

/**
 * Indexes that leave out the rows whose field has one common value no lookup asks for: the
 * finished idempotency keys and the delivered webhooks (the bank only ever looks for the keys
 * still `in_progress` and the deliveries still `pending`, when it starts, across partners: such
 * an index is on the field alone), so writing a key's answer adds no entry to the `state`
 * index. A find on such a field with any other value names the exclusion in its SQL, which is
 * how SQLite knows the partial index serves it; a find for the excluded value reads the
 * partner's rows.
 */
export const PARTIAL: { readonly [T in Table]?: { readonly [field: string]: string } } = {
  idempotency_keys: { state: 'done' },
  // When it starts, the bank resumes the deliveries still `pending`, across partners; those
  // that succeeded, nearly all, are in no status index.
  webhook_deliveries: { status: 'succeeded' },
};

/** The column that holds a field: plain names only, since they go into SQL as they are. */
export function columnOf(field: string): string {
  if (!/^[a-z][a-z0-9_]*$/.test(field)) throw new Error(`Not a field name: ${field}`);
  return `f_${field}`;
}
