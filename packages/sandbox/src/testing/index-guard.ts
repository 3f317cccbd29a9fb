/**
 * A vitest setup file (vitest.config.ts): every `SqliteStore.find` the bank itself makes during
 * the Node tests must be served by an index that covers it. A find reads more rows the longer
 * the bank's history when its `EXPLAIN QUERY PLAN` scans a whole table or index (`SCAN`), sorts
 * its matches (`USE TEMP B-TREE`), filters on a field without a column of its own
 * (`json_extract`), or searches an index that leaves one of its equality filters out (it then
 * reads, say, every account of the partner to find one of a kind): what `indexes.ts` (the
 * access paths, `UNLISTED`, `PARTIAL`) exists to prevent. A partial index may leave the partner
 * out: it holds only the few rows still in progress, across partners. Each test fails that made
 * such a find, naming the table, why and the engine's line. Finds a test (or the store's own
 * behaviour suite) makes on purpose, such as filters on fields nothing indexes, are left alone:
 * the nearest caller outside `store/` is a test file.
 */
import { afterEach, expect } from 'vitest';
import { PARTIAL } from '../store/indexes.js';
import { findQuery } from '../store/sqlite-query.js';
import { indexName } from '../store/sqlite-schema.js';
import { SqliteStore } from '../store/sqlite-store.js';
import type { Table } from '../store/store.js';

/** Each find's SQL, and why its plan reads without an index (`undefined` when it does not). */
const verdicts = new Map<string, string | undefined>();
const unindexed: string[] = [];

const UNBOUNDED = /\bSCAN (?!CONSTANT ROW)|USE TEMP B-TREE/;
const TEST_FILE = /\.(test|behaviour)\.ts|[\\/]tests[\\/]/;

/** Why SQLite's plan for a find's SQL reads more than the rows it asks for, if it does. */
function verdict(table: Table, sql: string, plan: string): string | undefined {
  if (UNBOUNDED.test(plan)) return plan;
  if (sql.includes('json_extract(data')) return `a field without a column (plan: ${plan})`;
  const filters = sql.split(' ORDER BY ')[0]!.matchAll(/\b(partner|f_\w+) (?:= \?|IS NULL)/g);
  const search = new RegExp(`^SEARCH ${table} USING (?:COVERING )?INDEX (\\w+) \\(([^)]*)\\)`);
  const [, index = '', constraints = ''] = search.exec(plan) ?? [];
  const served = new Set(constraints.split(' AND ').map((term) => term.split(/[=<>]/)[0]));
  const partial = Object.keys(PARTIAL[table] ?? {}).some((f) => index === indexName(table, [f]));
  const left = [...filters]
    .map(([, column]) => column!)
    .filter((column) => !served.has(column) && !(partial && column === 'partner'));
  return left.length > 0 ? `${left.join(', ')} not in its index (plan: ${plan})` : undefined;
}

const find = SqliteStore.prototype.find;
SqliteStore.prototype.find = function guardedFind(this: SqliteStore, table, options = {}) {
  const { sql } = findQuery(table, options);
  if (!verdicts.has(sql)) verdicts.set(sql, verdict(table, sql, this.plan(table, options)));
  const why = verdicts.get(sql);
  if (why !== undefined) {
    const caller = (new Error().stack ?? '')
      .split('\n')
      .slice(1)
      .find((frame) => !/[\\/]store[\\/]|index-guard/.test(frame) || TEST_FILE.test(frame));
    if (caller && !TEST_FILE.test(caller)) unindexed.push(`${table}: ${why}, ${caller.trim()}`);
  }
  return find.call(this, table, options);
} as typeof find;

afterEach(() => {
  const found = unindexed.splice(0);
  expect(found, 'finds the bank made without an index (see store/indexes.ts)').toEqual([]);
});
