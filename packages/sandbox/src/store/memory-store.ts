import {
  TABLES,
  inRange,
  matches,
  partnerOf,
  type FindOptions,
  type Row,
  type Store,
  type Table,
} from './store.js';

const COMMITTED = Promise.resolve();

/** A stored row and its insertion number, which orders lists as SQLite's rowid does. */
interface Entry {
  seq: number;
  row: Row;
}

/**
 * A store in plain memory: for tests, for `--memory`, and for running the bank inside a page
 * (no native modules). Transactions keep an undo log and replay it backwards on failure.
 * Rows are stored and handed out as copies, so no caller can change stored state by mutating
 * an object it holds.
 */
export class MemoryStore implements Store {
  readonly #tables = new Map<Table, Map<string, Entry>>(TABLES.map((table) => [table, new Map()]));
  #seq = 0;
  #undo: (() => void)[] | undefined;

  transaction<T>(work: () => T): T {
    if (this.#undo) return work();
    const undo: (() => void)[] = [];
    this.#undo = undo;
    try {
      return work();
    } catch (error) {
      for (let i = undo.length - 1; i >= 0; i--) undo[i]!();
      throw error;
    } finally {
      this.#undo = undefined;
    }
  }

  /** At once: a memory store's transaction is kept when it returns. */
  committed(): Promise<void> {
    return COMMITTED;
  }

  /** Runs `effect` at once: everything is committed when its transaction returns. */
  afterCommit(effect: () => void): void {
    effect();
  }

  /** The row with this id, or `undefined`. */
  get<T extends Row>(table: Table, id: string): T | undefined {
    const entry = this.#table(table).get(id);
    return entry ? (structuredClone(entry.row) as T) : undefined;
  }

  insert<T extends Row>(table: Table, row: T): void {
    const rows = this.#table(table);
    if (rows.has(row.id)) throw new Error(`${table} already has ${row.id}`);
    rows.set(row.id, { seq: ++this.#seq, row: structuredClone(row) });
    this.#undo?.push(() => rows.delete(row.id));
  }

  update<T extends Row>(table: Table, row: T): void {
    const rows = this.#table(table);
    const previous = rows.get(row.id);
    if (!previous) throw new Error(`${table} has no ${row.id}`);
    rows.set(row.id, { seq: previous.seq, row: structuredClone(row) });
    this.#undo?.push(() => rows.set(row.id, previous));
  }

  /** Removes the row with this id, if there is one. */
  delete(table: Table, id: string): void {
    const rows = this.#table(table);
    const previous = rows.get(id);
    if (!previous) return;
    rows.delete(id);
    this.#undo?.push(() => rows.set(id, previous));
  }

  find<T extends Row>(table: Table, options: FindOptions = {}): T[] {
    const { where, range, before, limit, oldestFirst } = options;
    if (before !== undefined && oldestFirst) throw new Error('A cursor pages newest first only');
    const rows = this.#table(table);
    // The list's order: by the range's field when there is one, then by insertion.
    const key = (entry: Entry): [number, number] => [
      range ? ((entry.row as unknown as Record<string, number>)[range.field] ?? 0) : 0,
      entry.seq,
    ];
    const newestFirst = (a: Entry, b: Entry) => {
      const [ka, sa] = key(a);
      const [kb, sb] = key(b);
      return kb - ka || sb - sa;
    };
    const cursor = before === undefined ? undefined : rows.get(before);
    // A cursor that is no row, or (in a range) has no number to compare with, ends the list.
    if (
      before !== undefined &&
      (!cursor || (range && !inRange(cursor.row, { field: range.field })))
    )
      return [];
    const found: Entry[] = [];
    for (const entry of rows.values()) {
      if (cursor && newestFirst(cursor, entry) >= 0) continue;
      if (matches(entry.row, where) && inRange(entry.row, range)) found.push(entry);
    }
    // Only matches are sorted and copied: most finds match few rows of a large table.
    found.sort(oldestFirst ? (a, b) => newestFirst(b, a) : newestFirst);
    return found.slice(0, limit).map((entry) => structuredClone(entry.row) as T);
  }

  *scan<T extends Row>(table: Table, partner?: string): Iterable<T> {
    const entries = [...this.#table(table).values()]
      .filter((entry) => partner === undefined || partnerOf(entry.row) === partner)
      .sort((a, b) => a.seq - b.seq);
    for (const entry of entries) yield structuredClone(entry.row) as T;
  }

  /** Releases the store (closes the database file); nothing may be called after. */
  close(): void {}

  #table(table: Table): Map<string, Entry> {
    return this.#tables.get(table)!;
  }
}
