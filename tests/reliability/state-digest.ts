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
    // The request log records every answered call, refusals too (docs/sandbox.md): the
    // sandbox's record of calls, not the bank's state, so it is never part of a digest.
    if (table === 'request_log') {
      digest[table] = hash.digest('hex');
      continue;
    }
    for (const row of dumpTable(store, table)) hash.update(row).update('\n');
    digest[table] = hash.digest('hex');
  }
  return digest;
}

/** The tables whose contents differ between two digests. */
export function changedTables(before: StateDigest, after: StateDigest): Table[] {
  return TABLES.filter((table) => before[table] !== after[table]);
}

/**
 * A store that notes which tables were written, so a digest after each of thousands of requests
 * re-hashes only those tables: a table no `insert`, `update` or `delete` touched cannot have
 * changed (rows are copies; the bank holds no other handle on the store). {@link fullCheck}
 * re-hashes everything, to prove no write went around the wrapper.
 */
export class WatchedStore {
  readonly store: Store;
  #dirty = new Set<Table>();
  /** Rows of `idempotency_keys` written since the last {@link takeKeyWrites}: id → the row before (or null). */
  #keyWrites = new Map<string, string | null>();
  #digest: StateDigest;

  constructor(inner: Store) {
    this.#digest = digestState(inner);
    const mark = (table: Table, id: string) => {
      this.#dirty.add(table);
      if (table === 'idempotency_keys' && !this.#keyWrites.has(id)) {
        const before = inner.get(table, id);
        this.#keyWrites.set(id, before === undefined ? null : JSON.stringify(before));
      }
    };
    this.store = {
      transaction: (work) => inner.transaction(work),
      committed: () => inner.committed(),
      afterCommit: (effect) => inner.afterCommit(effect),
      get: (table, id) => inner.get(table, id),
      insert: (table, row) => {
        mark(table, row.id);
        inner.insert(table, row);
      },
      update: (table, row) => {
        mark(table, row.id);
        inner.update(table, row);
      },
      delete: (table, id) => {
        mark(table, id);
        inner.delete(table, id);
      },
      find: (table, options) => inner.find(table, options),
      scan: (table, partner) => inner.scan(table, partner),
      close: () => inner.close(),
    };
  }

  /** The digest now, re-hashing only the tables written since the last call. */
  digest(): StateDigest {
    if (this.#dirty.size === 0) return this.#digest;
    const fresh = { ...this.#digest };
    for (const table of this.#dirty) {
      // Refusals may be remembered there: that table is checked row by row (takeKeyWrites).
      if (table === 'idempotency_keys') continue;
      if (table === 'request_log') continue; // never digested (see digestState)
      const hash = createHash('sha256');
      for (const row of dumpTable(this.store, table)) hash.update(row).update('\n');
      fresh[table] = hash.digest('hex');
    }
    this.#dirty.clear();
    this.#digest = fresh;
    return fresh;
  }

  /**
   * The tables whose full re-hash differs from the watched digest (should be none);
   * `idempotency_keys` is checked row by row instead.
   */
  fullCheck(): Table[] {
    return changedTables(this.digest(), digestState(this.store)).filter(
      (table) => table !== 'idempotency_keys',
    );
  }

  /** The idempotency rows written since the last call: id → [before, after] (null for none). */
  takeKeyWrites(): [string, string | null, string | null][] {
    const writes = [...this.#keyWrites].map(
      ([id, before]): [string, string | null, string | null] => {
        const after = this.store.get('idempotency_keys', id);
        return [id, before, after === undefined ? null : JSON.stringify(after)];
      },
    );
    this.#keyWrites.clear();
    return writes;
  }
}
