/**
 * A fingerprint of everything a sandbox bank holds, to prove that a refused request changed
 * nothing. Works on any `Store` (memory or SQLite) through its public `scan`, so both stores are
 * checked the same way.
 */
import { createHash } from 'node:crypto';
import { TABLES, type Row, type Store, type Table } from '@xinghui/sandbox';

/**
 * Every row of `table` as JSON, sorted by id, so the same rows give the same text whatever order
 * the store returns them in. Plain `JSON.stringify` (fast: a risk decision row is large) keeps a
 * row's own key order, so a row rewritten with its keys reordered counts as changed: the check
 * can only be stricter, never miss a change.
 */
export function dumpTable(store: Store, table: Table): string[] {
  const rows = [...store.scan<Row>(table)];
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return rows.map((row) => JSON.stringify(row));
}

/** One sha256 per table of the bank. */
export type StateDigest = Record<Table, string>;

/**
 * Hashes every table of the store.
 *
 * @example
 * ```ts
 * const before = digestState(store);
 * await app.request('/v1/buyers', { method: 'POST', body: '{' });
 * expect(changedTables(before, digestState(store))).toEqual([]);
 * ```
 */
export function digestState(store: Store): StateDigest {
  const digest = {} as StateDigest;
  for (const table of TABLES) {
    const hash = createHash('sha256');
    for (const row of dumpTable(store, table)) hash.update(row).update('\n');
    digest[table] = hash.digest('hex');
  }
  return digest;
}

/** The tables whose contents differ between two digests. */
export function changedTables(before: StateDigest, after: StateDigest): Table[] {
  return TABLES.filter((table) => before[table] !== after[table]);
}
