import { columnOf, INDEXES, PARTIAL } from './indexes.js';
import { partialClause } from './sqlite-schema.js';
import type { FindOptions, Table } from './store.js';

/** One SELECT of `SqliteStore.find`: its SQL (prepared once per shape) and its values. */
export interface Query {
  sql: string;
  values: unknown[];
}

/**
 * The SQL of a find: filters on the partner column and on the indexed columns of
 * `indexes.ts` (so an index serves them), ordering, cursor and LIMIT all in SQLite, so only the
 * rows of the page are read and parsed. A field without a column of its own falls back to
 * `json_extract` (correct, but a scan of the partner's rows).
 */
export function findQuery(
  table: Table,
  options: FindOptions,
  indexes: typeof INDEXES = INDEXES,
): Query {
  const columns = new Set((indexes[table] ?? []).flat());
  const fieldSql = (field: string) =>
    columns.has(field) ? columnOf(field) : `json_extract(data, '$.${columnOf(field).slice(2)}')`;
  const clauses: string[] = [];
  const values: unknown[] = [];
  for (const [key, value] of Object.entries(options.where ?? {})) {
    if (key === 'partner') {
      clauses.push(value === null ? 'partner IS NULL' : 'partner = ?');
      if (value !== null) values.push(value);
      continue;
    }
    const field = fieldSql(key);
    if (value === null) {
      clauses.push(`${field} IS NULL`);
    } else if (typeof value === 'boolean') {
      // json_extract reads JSON true and false as 1 and 0: compare JSON types, as === does.
      clauses.push(`${field} = ? AND json_type(data, '$.${key}') = ?`);
      values.push(value ? 1 : 0, String(value));
    } else if (typeof value === 'number') {
      clauses.push(`${field} = ? AND json_type(data, '$.${key}') IN ('integer', 'real')`);
      values.push(value);
    } else {
      // The columns have no type affinity: '3' never equals 3.
      clauses.push(`${field} = ?`);
      values.push(value);
      // Said in SQL as the partial index says it, so SQLite sees the index covers the rows.
      const excluded = PARTIAL[table]?.[key];
      if (excluded !== undefined && value !== excluded && columns.has(key)) {
        clauses.push(partialClause(key, excluded));
      }
    }
  }
  const range = options.range;
  const rangeField = range ? fieldSql(range.field) : undefined;
  if (range) {
    clauses.push(`typeof(${rangeField}) IN ('integer', 'real')`);
    if (range.gte !== undefined) {
      clauses.push(`${rangeField} >= ?`);
      values.push(range.gte);
    }
    if (range.lt !== undefined) {
      clauses.push(`${rangeField} < ?`);
      values.push(range.lt);
    }
  }
  if (options.before !== undefined) {
    if (options.oldestFirst) throw new Error('A cursor pages newest first only');
    // Row values: a cursor in a range list is its (field, seq) pair, as the list is ordered.
    clauses.push(
      rangeField
        ? `(${rangeField}, seq) < (SELECT ${rangeField}, seq FROM ${table} WHERE id = ?)`
        : `seq < (SELECT seq FROM ${table} WHERE id = ?)`,
    );
    values.push(options.before);
  }
  const direction = options.oldestFirst ? 'ASC' : 'DESC';
  const order = rangeField ? `${rangeField} ${direction}, seq ${direction}` : `seq ${direction}`;
  const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
  let limit = '';
  if (options.limit !== undefined) {
    // Written into the SQL, not bound: measured with better-sqlite3, a bound LIMIT made an
    // indexed one-row find cost 10-20 µs a run against 1 µs written (why, inside SQLite, is
    // not established). A page's limit takes a few values only: a few statements per shape.
    if (!Number.isSafeInteger(options.limit) || options.limit < 0) {
      throw new Error(`Not a limit: ${options.limit}`);
    }
    limit = `LIMIT ${options.limit}`;
  }
  return { sql: `SELECT data FROM ${table} ${where} ORDER BY ${order} ${limit}`, values };
}
