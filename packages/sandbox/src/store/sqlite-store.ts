import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { columnOf, INDEXES } from './indexes.js';
import { GroupCommit } from './group-commit.js';
import { findQuery } from './sqlite-query.js';
import { TABLES, type FindOptions, type Row, type Store, type Table } from './store.js';
import { startWalCheckpointer, type WalCheckpointer } from './wal-checkpointer.js';

/**
 * The shape of the records this version writes, kept in the file's `user_version`. 2: loans
 * record what each instalment has been paid (`paid`, `penalty_from`), so a loan written by
 * format 1 cannot be serviced. 3: idempotency keys belong to a caller (`credential`); older
 * keys were scoped to the whole partner and are dropped on opening (see
 * {@link SqliteStore}). 4: every table has the generated columns and indexes of `indexes.ts`;
 * records read the same, so an older file gains them on opening. Raise it whenever a stored
 * record (or the file's shape) changes.
 */
export const RECORD_FORMAT = 4;

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
 * owning `partner` (indexed, since every query is scoped to one partner). Every field the
 * engine looks rows up by is a generated column with its index (declared in `indexes.ts`), and
 * lists push their filters, ranges, cursor and LIMIT into SQL (`sqlite-query.ts`), so a call
 * costs the same with 1,000 rows on file or 1,000,000.
 */
export class SqliteStore implements Store {
  readonly #db: Database.Database;
  readonly #statements = new Map<string, Database.Statement>();
  readonly #indexes: typeof INDEXES;
  /** Transactions of one turn of the event loop share one commit (`group-commit.ts`). */
  readonly #group: GroupCommit;
  readonly #file: string;
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
    for (const table of TABLES) {
      this.#db.exec(
        `CREATE TABLE IF NOT EXISTS ${table} (
           seq INTEGER PRIMARY KEY,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         );
         CREATE INDEX IF NOT EXISTS ${table}_partner ON ${table} (partner, seq);`,
      );
    }
    this.#group = new GroupCommit(this.#db);
    this.#checkRecordFormat(file);
    this.#addIndexes();
    this.#db.pragma(`user_version = ${RECORD_FORMAT}`);
  }

  /**
   * Gives every table the generated columns and indexes of `indexes.ts`, on a new file and on
   * an older one alike (a virtual column adds without rewriting the table; each index is built
   * once, the first time a file is opened by this version).
   */
  #addIndexes(): void {
    for (const table of TABLES) {
      const present = new Set(
        (this.#db.pragma(`table_xinfo(${table})`) as { name: string }[]).map((c) => c.name),
      );
      for (const field of new Set((this.#indexes[table] ?? []).flat())) {
        const column = columnOf(field);
        if (present.has(column)) continue;
        this.#db.exec(
          `ALTER TABLE ${table} ADD COLUMN ${column} ` +
            `GENERATED ALWAYS AS (json_extract(data, '$.${field}')) VIRTUAL`,
        );
      }
      for (const fields of this.#indexes[table] ?? []) {
        const name = `${table}_by_${fields.join('_')}`;
        const columns = ['partner', ...fields.map(columnOf)].join(', ');
        this.#db.exec(`CREATE INDEX IF NOT EXISTS ${name} ON ${table} (${columns})`);
      }
    }
  }

  /** Refuses a file whose records this version would misread; marks a new or readable one. */
  #checkRecordFormat(file: string): void {
    const found = this.#db.pragma('user_version', { simple: true }) as number;
    if (found > RECORD_FORMAT) {
      this.#db.close();
      throw new Error(`${file} was written by a newer Xinghui sandbox (record format ${found})`);
    }
    const unreadable =
      found < RECORD_FORMAT &&
      CHANGED_SINCE_FORMAT_1.some((table) => this.#db.prepare(`SELECT 1 FROM ${table}`).get());
    if (unreadable) {
      this.#db.close();
      throw new RecordFormatError(file, Math.max(found, 1));
    }
    if (found < 3) {
      // Keys of format 2 name no caller: replaying one to another session is the very leak
      // format 3 closes. They only cache answers for 24 hours, so they go; nothing else does.
      this.#db.exec('DELETE FROM idempotency_keys');
    }
  }

  /** Runs `work` as a savepoint of the open batch: kept once {@link committed} settles. */
  transaction<T>(work: () => T): T {
    if (--this.#untilCheckpointer === 0) this.#startCheckpointer();
    return this.#group.run(work);
  }

  committed(): Promise<void> {
    return this.#group.committed();
  }

  afterCommit(effect: () => void): void {
    this.#group.afterCommit(effect);
  }

  /** The row with this id, or `undefined`. */
  get<T extends Row>(table: Table, id: string): T | undefined {
    const row = this.#prepare(`SELECT data FROM ${table} WHERE id = ?`).get(id) as
      { data: string } | undefined;
    return row ? (JSON.parse(row.data) as T) : undefined;
  }

  insert<T extends Row>(table: Table, row: T): void {
    this.#prepare(`INSERT INTO ${table} (id, partner, data) VALUES (?, ?, ?)`).run(
      row.id,
      partnerOf(row),
      JSON.stringify(row),
    );
  }

  update<T extends Row>(table: Table, row: T): void {
    const data = JSON.stringify(row);
    const partner = partnerOf(row);
    // A row keeps its partner: setting only `data` leaves the partner index's page untouched
    // (SQLite rewrites the index of every column an UPDATE sets, changed or not).
    if (
      this.#prepare(`UPDATE ${table} SET data = ? WHERE id = ? AND partner IS ?`).run(
        data,
        row.id,
        partner,
      ).changes === 1
    ) {
      return;
    }
    const { changes } = this.#prepare(`UPDATE ${table} SET data = ?, partner = ? WHERE id = ?`).run(
      data,
      partner,
      row.id,
    );
    if (changes !== 1) throw new Error(`${table} has no ${row.id}`);
  }

  /** Removes the row with this id, if there is one. */
  delete(table: Table, id: string): void {
    this.#prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
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

  *scan<T extends Row>(table: Table): Iterable<T> {
    for (const row of this.#prepare(`SELECT data FROM ${table} ORDER BY seq`).iterate()) {
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

  #prepare(sql: string): Database.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
}

function partnerOf(row: Row): string | null {
  const partner = (row as unknown as { partner?: unknown }).partner;
  return typeof partner === 'string' ? partner : null;
}
