/**
 * A row as the file holds it: its record's JSON (`undefined`: no such row) and the values of its
 * key columns (partner, then the indexed fields), which an update compares to set only those
 * that changed.
 */
export interface CachedRow {
  data: string | undefined;
  keys: readonly unknown[];
}

/** Committed rows kept at most: past it, the oldest read goes. */
const SHARED_ROWS = 4_096;
/** Rows one transaction may write and still be served from memory (a bulk load is not). */
const OWN_ROWS = 10_000;

/**
 * The rows a `SqliteStore` has read or written lately, so a call that reads its partner, its
 * session or its shop three times reads the file once (each `get` is otherwise a B-tree search
 * and a copy of the record out of SQLite).
 *
 * Two layers keep it true:
 * - **committed rows** (`shared`), kept across calls, valid while no other connection has
 *   committed: `PRAGMA data_version` changes when one has, and then they all go. A write of
 *   this connection removes its row from them (so a revoked key is read afresh by the very next
 *   call), and never adds it: what a transaction writes is not committed until it commits;
 * - **this transaction's rows** (`own`): what it wrote (or deleted), served to its own reads,
 *   and dropped when the next transaction starts, committed or rolled back alike (the next read
 *   goes to the file, which then holds the truth).
 */
export class RowCache {
  readonly #shared = new Map<string, CachedRow>();
  readonly #own = new Map<string, CachedRow>();
  /** The transaction `own` belongs to (`SqliteStore` numbers them). */
  #ownTransaction = -1;
  /** This transaction wrote more than `OWN_ROWS`: it reads the file for the rest of it. */
  #overflowed = false;
  /** The `data_version` the committed rows are true for. */
  #seen: number | undefined;
  /** The transaction that has checked it already. */
  #checkedIn: number | undefined;
  readonly #dataVersion: () => number;

  /** @param dataVersion - the connection's `PRAGMA data_version` */
  constructor(dataVersion: () => number) {
    this.#dataVersion = dataVersion;
  }

  /**
   * The row if it is known, or `undefined` (read the file, then {@link read}).
   *
   * @param transaction - the number of the transaction running, or `undefined` outside one
   */
  lookup(key: string, transaction: number | undefined): CachedRow | undefined {
    if (transaction !== undefined) {
      this.#enter(transaction);
      if (this.#overflowed) return undefined;
      const own = this.#own.get(key);
      if (own) return own;
    }
    this.#checkVersion(transaction);
    return this.#shared.get(key);
  }

  /** Keeps a row just read from the file (after a `lookup` that missed, in the same call). */
  read(key: string, row: CachedRow, transaction: number | undefined): void {
    // A transaction past its bound may have written this row without `own` recording it.
    if (transaction !== undefined && this.#overflowed) return;
    if (this.#shared.size >= SHARED_ROWS) this.#shared.delete(this.#shared.keys().next().value!);
    this.#shared.set(key, row);
  }

  /** Records a write (`data` undefined: a delete) of the running transaction, if one runs. */
  wrote(key: string, row: CachedRow, transaction: number | undefined): void {
    this.#shared.delete(key);
    if (transaction === undefined) return;
    this.#enter(transaction);
    if (this.#overflowed) return;
    if (this.#own.size >= OWN_ROWS) {
      this.#overflowed = true;
      this.#own.clear();
      return;
    }
    this.#own.set(key, row);
  }

  /** Forgets everything (e.g. when the file was changed by other means). */
  clear(): void {
    this.#shared.clear();
    this.#own.clear();
    this.#seen = undefined;
  }

  #enter(transaction: number): void {
    if (this.#ownTransaction === transaction) return;
    this.#ownTransaction = transaction;
    this.#own.clear();
    this.#overflowed = false;
  }

  /** Drops the committed rows if another connection has committed since they were read. */
  #checkVersion(transaction: number | undefined): void {
    // Inside a write transaction nobody else can commit: one check at its start is enough.
    if (transaction !== undefined && this.#checkedIn === transaction) return;
    const version = this.#dataVersion();
    if (version !== this.#seen) {
      this.#shared.clear();
      this.#seen = version;
    }
    this.#checkedIn = transaction;
  }
}
