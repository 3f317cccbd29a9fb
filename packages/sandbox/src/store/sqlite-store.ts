import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { columnOf, INDEXES } from './indexes.js';
import { GroupCommit } from './group-commit.js';
import { RowCache } from './row-cache.js';
import { findQuery } from './sqlite-query.js';
import { columnValue, indexedFields, prepareSchema } from './sqlite-schema.js';
import { TABLES, partnerOf, type FindOptions, type Row, type Store, type Table } from './store.js';
import { startWalCheckpointer, type WalCheckpointer } from './wal-checkpointer.js';

/**
 * The shape of the records this version writes, kept in the file's `user_version`. 2: loans
 * record what each instalment has been paid (`paid`, `penalty_from`), so a loan written by
 * format 1 cannot be serviced. 3: idempotency keys belong to a caller (`credential`); older
 * keys were scoped to the whole partner and are dropped on opening (see
 * {@link SqliteStore}). 4: every table has the generated columns and indexes of `indexes.ts`;
 * records read the same, so an older file gains them on opening. 5: those columns are real ones,
 * written from the record by the store (an older file's tables are rebuilt on opening, rows,
 * order and ids kept), and the idempotency `state` index leaves out finished keys. 6: the tables
 * the bank never lists by partner (`UNLISTED` in `indexes.ts`) have no partner index; an older
 * file's are dropped on opening. Raise it whenever a stored record (or the file's shape)
 * changes.
 */
export const RECORD_FORMAT = 6;

/** The format whose loan records this version reads: format 1's lack `paid` and `penalty_from`. */
const LOANS_READABLE_FROM = 2;

/**
 * Transactions after which a file store hands its checkpoints to a worker thread
 * (`wal-checkpointer.ts`): a store that serves traffic gets one soon, a short-lived one (a
 * test, a CLI command) never pays for a thread.
 */
const CHECKPOINT_WORKER_AFTER = 64;
/** The WAL size (pages) at which the serving thread checkpoints itself: the worker's bound. */
const WAL_BOUND_WITH_WORKER = 10_000;
/** SQLite's own: what the serving thread goes back to should the worker fail. */
const SQLITE_WAL_AUTOCHECKPOINT = 1_000;

/** Tables whose format-1 records this version cannot read; other tables read the same. */
const CHANGED_SINCE_FORMAT_1: readonly Table[] = ['loans'];

/** The SQLite file was written by an older sandbox whose records this one cannot read. */
export class RecordFormatError extends Error {
  constructor(file: string, found: number) {
    super(
      `${file} was written by an older Xinghui sandbox (record format ${found}, this one reads ` +
        `${RECORD_FORMAT}) and holds loans it cannot service. Delete the file (or pass another ` +
        `--db) to start afresh; its partners, keys and balances go with it.`,
    );
    this.name = 'RecordFormatError';
  }
}

/**
 * The bank on a SQLite file (better-sqlite3, WAL): what `xinghui-sandbox` runs on by default,
 * so balances, sessions and payments survive a restart or a crash.
 *
 * Each table keeps rows as JSON beside an increasing `seq` (list order and cursors) and the
 * owning `partner` (every query is scoped to one partner; indexed with `seq` on the tables the
 * bank lists, see `UNLISTED`). Every field the engine looks rows up by has a column of its own,
 * written from the record, with its index (declared in `indexes.ts`); an update sets only the
 * columns whose value changed, so only their indexes are rewritten. Lists push their filters,
 * ranges, cursor and LIMIT into SQL (`sqlite-query.ts`), so a call costs the same with 1,000
 * rows on file or 1,000,000. Rows read or written lately are served from memory while they are
 * known to be true (`row-cache.ts`).
 */
export class SqliteStore implements Store {
  readonly #db: Database.Database;
  readonly #statements = new Map<string, Database.Statement>();
  readonly #indexes: typeof INDEXES;
  /** Transactions of the next few milliseconds share one commit (`group-commit.ts`). */
  readonly #group: GroupCommit;
  readonly #file: string;
  /** Per table: the fields with a column of their own, in column order. */
  readonly #fields = new Map<Table, string[]>();
  readonly #insertSql = new Map<Table, string>();
  readonly #keysSql = new Map<Table, string>();
  readonly #cache: RowCache;
  /** Numbers the transactions, so the cache knows when one has ended. */
  #transactionNumber = 0;
  /** A call's transaction is running (a nested `transaction()` joins it). */
  #inCall = false;
  /** Transactions until the checkpoint worker starts (never for `:memory:`). */
  #untilCheckpointer = CHECKPOINT_WORKER_AFTER;
  #checkpointer: WalCheckpointer | undefined;

  /**
   * @param indexes - the access paths to index: `indexes.ts`'s, unless a test asks for others
   */
  constructor(file: string, indexes: typeof INDEXES = INDEXES) {
    this.#indexes = indexes;
    this.#file = file;
    if (file === ':memory:') this.#untilCheckpointer = Infinity;
    else mkdirSync(dirname(file), { recursive: true });
    this.#db = new Database(file);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = NORMAL');
    this.#db.pragma('foreign_keys = ON');
    // A batch that fails to commit leaves rows in the cache it never kept: they all go.
    this.#group = new GroupCommit(this.#db, () => this.#cache.clear());
    this.#checkRecordFormat(file);
    prepareSchema(this.#db, indexes);
    this.#db.pragma(`user_version = ${RECORD_FORMAT}`);
    for (const table of TABLES) {
      const fields = indexedFields(table, indexes);
      const columns = fields.map((field) => `, ${columnOf(field)}`).join('');
      this.#fields.set(table, fields);
      this.#insertSql.set(
        table,
        `INSERT INTO ${table} (id, data, partner${columns}) VALUES (?, ?, ?${', ?'.repeat(fields.length)})`,
      );
      this.#keysSql.set(table, `SELECT partner${columns} FROM ${table} WHERE id = ?`);
    }
    const dataVersion = this.#db.prepare('PRAGMA data_version').pluck();
    this.#cache = new RowCache(() => dataVersion.get() as number);
  }

  /** Refuses a file whose records this version would misread; marks a new or readable one. */
  #checkRecordFormat(file: string): void {
    const found = this.#db.pragma('user_version', { simple: true }) as number;
    if (found > RECORD_FORMAT) {
      this.#db.close();
      throw new Error(`${file} was written by a newer Xinghui sandbox (record format ${found})`);
    }
    const exists = (table: Table) =>
      this.#db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(table);
    // Only loans changed shape (at format 2): the loans of format 2 or later read the same.
    const unreadable =
      found < LOANS_READABLE_FROM &&
      CHANGED_SINCE_FORMAT_1.some(
        (table) => exists(table) && this.#db.prepare(`SELECT 1 FROM ${table}`).get(),
      );
    if (unreadable) {
      this.#db.close();
      throw new RecordFormatError(file, Math.max(found, 1));
    }
    if (found < 3 && exists('idempotency_keys')) {
      // Keys of format 2 name no caller: replaying one to another session is the very leak
      // format 3 closes. They only cache answers for 24 hours, so they go; nothing else does.
      this.#db.exec('DELETE FROM idempotency_keys');
    }
  }

  /** Runs `work` as a savepoint of the open batch: kept once {@link committed} settles. */
  transaction<T>(work: () => T): T {
    if (this.#inCall) return work();
    if (--this.#untilCheckpointer === 0) this.#startCheckpointer();
    return this.#group.run(() => {
      // Each call is a transaction of its own to the row cache, numbered at its start and its
      // end: its writes are served to its own reads only, and never to what runs after it in
      // the batch (after a rollback, they were never kept).
      this.#inCall = true;
      this.#transactionNumber++;
      try {
        return work();
      } finally {
        this.#inCall = false;
        this.#transactionNumber++;
      }
    });
  }

  committed(): Promise<void> {
    return this.#group.committed();
  }

  afterCommit(effect: () => void): void {
    this.#group.afterCommit(effect);
  }

  /**
   * How many batches this store has committed and how many calls they held (group commit,
   * `group-commit.ts`): calls per commit is what the batching buys.
   */
  commitCounts(): { commits: number; calls: number } {
    return this.#group.counts();
  }

  /** The row with this id, or `undefined`. */
  get<T extends Row>(table: Table, id: string): T | undefined {
    const key = `${table}:${id}`;
    const transaction = this.#transaction();
    const cached = this.#cache.lookup(key, transaction);
    if (cached) return cached.data === undefined ? undefined : (JSON.parse(cached.data) as T);
    const data = this.#prepare(`SELECT data FROM ${table} WHERE id = ?`).pluck().get(id) as
      string | undefined;
    const row = data === undefined ? undefined : (JSON.parse(data) as T);
    this.#cache.read(key, { data, keys: row ? this.#keys(table, row) : [] }, transaction);
    return row;
  }

  insert<T extends Row>(table: Table, row: T): void {
    const data = JSON.stringify(row);
    const keys = this.#keys(table, row);
    this.#prepare(this.#insertSql.get(table)!).run(row.id, data, ...keys);
    this.#cache.wrote(`${table}:${row.id}`, { data, keys }, this.#transaction());
  }

  update<T extends Row>(table: Table, row: T): void {
    const data = JSON.stringify(row);
    const keys = this.#keys(table, row);
    const key = `${table}:${row.id}`;
    const transaction = this.#transaction();
    const cached = this.#cache.lookup(key, transaction);
    const before = cached
      ? cached.data === undefined
        ? undefined
        : cached.keys
      : (this.#keysOnFile(table, row.id) as unknown[] | undefined);
    if (!before) throw new Error(`${table} has no ${row.id}`);
    // SQLite rewrites the index of every column an UPDATE sets, changed or not: set only the
    // columns whose value changed (a balance update leaves the account's `(kind, owner)` alone).
    const names = ['partner', ...this.#fields.get(table)!.map(columnOf)];
    const changed: unknown[] = [];
    let set = '';
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === before[i]) continue;
      set += `, ${names[i]} = ?`;
      changed.push(keys[i]);
    }
    const { changes } = this.#prepare(`UPDATE ${table} SET data = ?${set} WHERE id = ?`).run(
      data,
      ...changed,
      row.id,
    );
    if (changes !== 1) throw new Error(`${table} has no ${row.id}`);
    this.#cache.wrote(key, { data, keys }, transaction);
  }

  /** Removes the row with this id, if there is one. */
  delete(table: Table, id: string): void {
    this.#prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
    this.#cache.wrote(`${table}:${id}`, { data: undefined, keys: [] }, this.#transaction());
  }

  find<T extends Row>(table: Table, options: FindOptions = {}): T[] {
    const { sql, values } = findQuery(table, options, this.#indexes);
    return this.#prepare(sql)
      .all(...values)
      .map((row) => JSON.parse((row as { data: string }).data) as T);
  }

  /** How SQLite runs a find (`EXPLAIN QUERY PLAN`): for tests that each lookup has its index. */
  plan(table: Table, options: FindOptions = {}): string {
    const { sql, values } = findQuery(table, options, this.#indexes);
    return (this.#db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...values) as { detail: string }[])
      .map((step) => step.detail)
      .join('; ');
  }

  *scan<T extends Row>(table: Table, partner?: string): Iterable<T> {
    const rows =
      partner === undefined
        ? this.#prepare(`SELECT data FROM ${table} ORDER BY seq`).iterate()
        : this.#prepare(`SELECT data FROM ${table} WHERE partner = ? ORDER BY seq`).iterate(
            partner,
          );
    for (const row of rows) {
      yield JSON.parse((row as { data: string }).data) as T;
    }
  }

  /** Commits what waits, then releases the store (closes the file); nothing may be called after. */
  close(): void {
    this.#group.flush();
    this.#checkpointer?.stop();
    this.#db.close();
  }

  #startCheckpointer(): void {
    this.#checkpointer = startWalCheckpointer(this.#file, () => {
      if (this.#db.open) this.#db.pragma(`wal_autocheckpoint = ${SQLITE_WAL_AUTOCHECKPOINT}`);
    });
    this.#db.pragma(`wal_autocheckpoint = ${WAL_BOUND_WITH_WORKER}`);
  }

  /** The running transaction's number, or `undefined` outside one. */
  #transaction(): number | undefined {
    return this.#db.inTransaction ? this.#transactionNumber : undefined;
  }

  /** What a row's key columns (partner, then the indexed fields) hold for this record. */
  #keys(table: Table, row: Row): unknown[] {
    const fields = this.#fields.get(table)!;
    const record = row as unknown as Record<string, unknown>;
    const keys: unknown[] = [partnerOf(row)];
    for (const field of fields) keys.push(columnValue(record[field]));
    return keys;
  }

  /** What the file's key columns hold for a row (whole numbers as the BigInts `#keys` makes). */
  #keysOnFile(table: Table, id: string): unknown[] | undefined {
    return this.#prepare(this.#keysSql.get(table)!).raw().safeIntegers().get(id) as
      unknown[] | undefined;
  }

  #prepare(sql: string): Database.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
}
