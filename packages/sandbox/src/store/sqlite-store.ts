import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { TABLES, type FindOptions, type Row, type Store, type Table } from './store.js';

/**
 * The shape of the records this version writes, kept in the file's `user_version`. 2: loans
 * record what each instalment has been paid (`paid`, `penalty_from`), so a loan written by
 * format 1 cannot be serviced. 3: idempotency keys belong to a caller (`credential`); older
 * keys were scoped to the whole partner and are dropped on opening (see
 * {@link SqliteStore}). Raise it whenever a stored record changes shape.
 */
export const RECORD_FORMAT = 3;

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
 * Each table keeps rows as JSON beside an autoincrement `seq` (list order and cursors) and the
 * owning `partner` (indexed, since every query is scoped to one partner). Other filters use
 * `json_extract`, which is plenty for a sandbox's volumes.
 */
export class SqliteStore implements Store {
  readonly #db: Database.Database;
  readonly #statements = new Map<string, Database.Statement>();

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.#db = new Database(file);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = NORMAL');
    this.#db.pragma('foreign_keys = ON');
    for (const table of TABLES) {
      this.#db.exec(
        `CREATE TABLE IF NOT EXISTS ${table} (
           seq INTEGER PRIMARY KEY AUTOINCREMENT,
           id TEXT NOT NULL UNIQUE,
           partner TEXT,
           data TEXT NOT NULL
         );
         CREATE INDEX IF NOT EXISTS ${table}_partner ON ${table} (partner, seq);`,
      );
    }
    this.#checkRecordFormat(file);
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
    this.#db.pragma(`user_version = ${RECORD_FORMAT}`);
  }

  transaction<T>(work: () => T): T {
    if (this.#db.inTransaction) return work();
    return this.#db.transaction(work).immediate();
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
    const { changes } = this.#prepare(`UPDATE ${table} SET data = ?, partner = ? WHERE id = ?`).run(
      JSON.stringify(row),
      partnerOf(row),
      row.id,
    );
    if (changes !== 1) throw new Error(`${table} has no ${row.id}`);
  }

  /** Removes the row with this id, if there is one. */
  delete(table: Table, id: string): void {
    this.#prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
  }

  find<T extends Row>(table: Table, options: FindOptions = {}): T[] {
    const clauses: string[] = [];
    const values: unknown[] = [];
    for (const [key, value] of Object.entries(options.where ?? {})) {
      if (key === 'partner') {
        clauses.push(value === null ? 'partner IS NULL' : 'partner = ?');
        if (value !== null) values.push(value);
      } else if (value === null) {
        clauses.push(`json_extract(data, ?) IS NULL`);
        values.push(`$.${key}`);
      } else if (typeof value === 'boolean') {
        // json_extract reads JSON true and false as 1 and 0: compare JSON types, as === does.
        clauses.push(`json_type(data, ?) = ?`);
        values.push(`$.${key}`, String(value));
      } else if (typeof value === 'number') {
        clauses.push(`json_type(data, ?) IN ('integer', 'real') AND json_extract(data, ?) = ?`);
        values.push(`$.${key}`, `$.${key}`, value);
      } else {
        clauses.push(`json_extract(data, ?) = ?`);
        values.push(`$.${key}`, value);
      }
    }
    if (options.before !== undefined) {
      clauses.push(`seq < (SELECT seq FROM ${table} WHERE id = ?)`);
      values.push(options.before);
    }
    const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
    const limit = options.limit === undefined ? '' : 'LIMIT ?';
    if (options.limit !== undefined) values.push(options.limit);
    return this.#prepare(`SELECT data FROM ${table} ${where} ORDER BY seq DESC ${limit}`)
      .all(...values)
      .map((row) => JSON.parse((row as { data: string }).data) as T);
  }

  *scan<T extends Row>(table: Table): Iterable<T> {
    for (const row of this.#prepare(`SELECT data FROM ${table} ORDER BY seq`).iterate()) {
      yield JSON.parse((row as { data: string }).data) as T;
    }
  }

  /** Releases the store (closes the database file); nothing may be called after. */
  close(): void {
    this.#db.close();
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
