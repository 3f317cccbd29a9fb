import type Database from 'better-sqlite3';
import { columnOf, INDEXES, PARTIAL, UNLISTED } from './indexes.js';
import { TABLES, type Table } from './store.js';

/** The fields of a table that have a column of their own: every field its indexes name. */
export function indexedFields(table: Table, indexes: typeof INDEXES): string[] {
  return [...new Set((indexes[table] ?? []).flat())];
}

/**
 * A field's value as its column holds it: what `json_extract` reads from the record (so a file
 * migrated from format 4 and one written since hold the same), whole numbers as integers.
 */
export function columnValue(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return Number.isSafeInteger(value) ? BigInt(value) : value;
    case 'boolean':
      return value ? 1n : 0n;
    case 'undefined':
      return null;
    default:
      return value === null ? null : JSON.stringify(value);
  }
}

/**
 * Gives every table its columns and indexes (`indexes.ts`), in one transaction: a new file
 * gets them at once; a table of format 4 or older, whose indexed fields were generated columns
 * (`json_extract` of the record, once per column at every write), is rebuilt with real columns
 * filled from its records, same `seq` and ids; a field declared since gains its column, filled
 * the same way. Every table but the {@link UNLISTED} ones has a `(partner, seq)` index. Indexes
 * no longer declared (or declared otherwise) are dropped: a format-5 file loses the partner
 * indexes of the unlisted tables when it is first opened.
 */
export function prepareSchema(db: Database.Database, indexes: typeof INDEXES): void {
  db.transaction(() => {
    for (const table of TABLES) prepareTable(db, table, indexes);
  })();
}

function prepareTable(db: Database.Database, table: Table, indexes: typeof INDEXES): void {
  const fields = indexedFields(table, indexes);
  const info = db.pragma(`table_xinfo(${table})`) as { name: string; hidden: number }[];
  const columns = info.map((c) => c.name);
  // 2 and 3: a generated column (virtual or stored), as format 4 made them.
  const generated = info.some((c) => c.hidden === 2 || c.hidden === 3);
  if (columns.length === 0) {
    db.exec(createTable(table, fields));
  } else if (generated) {
    // A virtual column cannot become a stored one: copy the rows into a table of this format.
    const extracts = fields.map((field) => `json_extract(data, '$.${field}')`);
    db.exec(
      `${createTable(`${table}_format5`, fields)};
       INSERT INTO ${table}_format5 (seq, id, partner, data${fields.map((f) => `, ${columnOf(f)}`).join('')})
         SELECT seq, id, partner, data${extracts.map((e) => `, ${e}`).join('')}
         FROM ${table} ORDER BY seq;
       DROP TABLE ${table};
       ALTER TABLE ${table}_format5 RENAME TO ${table};`,
    );
  } else {
    for (const field of fields) {
      const column = columnOf(field);
      if (columns.includes(column)) continue;
      db.exec(
        `ALTER TABLE ${table} ADD COLUMN ${column};
         UPDATE ${table} SET ${column} = json_extract(data, '$.${field}');`,
      );
    }
  }
  const wanted = new Map<string, string>();
  if (!UNLISTED.has(table)) {
    wanted.set(`${table}_partner`, `CREATE INDEX ${table}_partner ON ${table} (partner, seq)`);
  }
  for (const list of indexes[table] ?? []) {
    const name = indexName(table, list);
    const partial = list.length === 1 ? PARTIAL[table]?.[list[0]!] : undefined;
    // A partial index serves lookups across partners (the bank's start), so partner leads not.
    const on = [...(partial === undefined ? ['partner'] : []), ...list.map(columnOf)].join(', ');
    const where = partial === undefined ? '' : ` WHERE ${partialClause(list[0]!, partial)}`;
    wanted.set(name, `CREATE INDEX ${name} ON ${table} (${on})${where}`);
  }
  const present = db
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?`)
    .all(table) as { name: string; sql: string | null }[];
  for (const { name, sql } of present) {
    // SQLite's own (the `id` UNIQUE constraint) have no SQL; ours are dropped when not wanted.
    if (sql !== null && wanted.get(name) !== sql) db.exec(`DROP INDEX ${name}`);
    else wanted.delete(name);
  }
  for (const sql of wanted.values()) db.exec(sql);
}

/** The name of the index of one of a table's access paths (`indexes.ts`). */
export function indexName(table: Table, fields: readonly string[]): string {
  return `${table}_by_${fields.join('_')}`;
}

/** The condition of a partial index (and of a find it serves): the field is not `excluded`. */
export function partialClause(field: string, excluded: string): string {
  return `${columnOf(field)} <> '${excluded.replaceAll("'", "''")}'`;
}

function createTable(name: string, fields: readonly string[]): string {
  return `CREATE TABLE ${name} (
     seq INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     partner TEXT,
     data TEXT NOT NULL${fields.map((field) => `,\n     ${columnOf(field)}`).join('')}
   )`;
}
