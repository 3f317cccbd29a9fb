/**
 * The storage the bank's engine runs on. Synchronous by design: better-sqlite3 transactions
 * cannot span an `await`, so each API call is one synchronous transaction, and the engine never
 * awaits; only its answer waits for the commit ({@link Store.committed}). Two implementations (SQLite and memory) pass one behaviour suite.
 *
 * Rows are plain JSON objects with a string `id`, kept in insertion order; every row belongs to
 * a partner (`partner`), except the partners themselves.
 */

/** Every table of the bank. */
export const TABLES = [
  'partners',
  'api_keys',
  'buyers',
  'suppliers',
  'accounts',
  'journal_entries',
  'postings',
  'wallet_transactions',
  'checkout_sessions',
  'verification_codes',
  'code_budgets',
  'payments',
  'refunds',
  'consents',
  'credit_applications',
  'credit_lines',
  'loans',
  'repayments',
  'trade_reports',
  'limit_reviews',
  'wallet_sessions',
  'events',
  'idempotency_keys',
  'timers',
  'webhook_endpoints',
  'webhook_deliveries',
  'request_log',
  'pre_approvals',
  'notices',
] as const;
/** The name of a table of the store. */
export type Table = (typeof TABLES)[number];

/** What every stored row has. */
export interface Row {
  id: string;
}

/** A field filter: rows whose fields equal each value. */
export type Where = Record<string, string | number | boolean | null>;

/**
 * Only rows whose `field` is a number in `[gte, lt)` (either bound may be left out), e.g. the
 * postings of one day. The rows then come in the order of that field (ties in insertion order).
 */
export interface Range {
  field: string;
  gte?: number;
  lt?: number;
}

/**
 * How to read a page of rows. Rows come newest (last inserted) first; with a `range`, by the
 * range's field, highest first (for `created`, the same order where the clock only advances).
 */
export interface FindOptions {
  where?: Where;
  range?: Range;
  /** Only rows after the row with this id in the list's order (the previous page's cursor). */
  before?: string;
  limit?: number;
  /** The other way round: oldest (or lowest) first. Not with `before`. */
  oldestFirst?: boolean;
}

/** Where the bank keeps its records: synchronous, one transaction per API call (SQLite or memory). */
export interface Store {
  /**
   * Runs `work` as one transaction: everything it wrote is kept when it returns, and nothing
   * when it throws. Nested calls join the outer transaction. A store may commit several
   * transactions together (the SQLite store does, up to 64 calls or 4 ms at a time): what a
   * transaction wrote is durable once {@link Store.committed} resolves, not when it returns.
   */
  transaction<T>(work: () => T): T;
  /**
   * Resolves once everything written so far is committed (at once when it is). Rejects when
   * that commit failed: then nothing of the transactions committed with it was kept, and none
   * of them may be answered as done. Nothing read or written is answered before this resolves.
   */
  committed(): Promise<void>;
  /**
   * Runs `effect` once everything written so far is committed (at once when it is), and never
   * if that commit fails: for what leaves the process (a webhook, a printed code). It must not
   * throw.
   */
  afterCommit(effect: () => void): void;
  /** The row with this id, or `undefined`. */
  get<T extends Row>(table: Table, id: string): T | undefined;
  /** @throws when a row with the same id exists */
  insert<T extends Row>(table: Table, row: T): void;
  /** Replaces a row. @throws when there is no row with its id */
  update<T extends Row>(table: Table, row: T): void;
  /** Removes the row with this id, if there is one. */
  delete(table: Table, id: string): void;
  /** Rows that match, newest first. */
  find<T extends Row>(table: Table, options?: FindOptions): T[];
  /**
   * Every row of a table, or of one partner's, oldest first: for ledger verification and
   * exports. The SQLite store reads a partner's rows by its index, not every partner's.
   */
  scan<T extends Row>(table: Table, partner?: string): Iterable<T>;
  /** Releases the store (closes the database file); nothing may be called after. */
  close(): void;
}

/** True when `row`'s field is a number within `range` (always, without a range). */
export function inRange(row: Row, range: Range | undefined): boolean {
  if (!range) return true;
  const value = (row as unknown as Record<string, unknown>)[range.field];
  return (
    typeof value === 'number' &&
    (range.gte === undefined || value >= range.gte) &&
    (range.lt === undefined || value < range.lt)
  );
}

/** True when `row` has every field of `where` with an equal value. */
export function matches(row: Row, where: Where | undefined): boolean {
  if (!where) return true;
  const fields = row as unknown as Record<string, unknown>;
  return Object.entries(where).every(([key, value]) => (fields[key] ?? null) === value);
}

/** The partner that owns a row, as the stores index it: its `partner` string, else none. */
export function partnerOf(row: Row): string | null {
  const partner = (row as unknown as { partner?: unknown }).partner;
  return typeof partner === 'string' ? partner : null;
}
