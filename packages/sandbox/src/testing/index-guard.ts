/**
 * A vitest setup file (vitest.config.ts): every `SqliteStore.find` the bank itself makes during
 * the Node tests must be served by an index. A find whose `EXPLAIN QUERY PLAN` scans a whole
 * table or index (`SCAN`), sorts its matches (`USE TEMP B-TREE`) or filters on a field without
 * a column of its own (`json_extract`) reads more rows the longer the bank's history, which is
 * what `indexes.ts` (its access paths, `UNLISTED`, `PARTIAL`) exists to prevent; each test fails
 * that made one, naming the table, the plan and the engine's line. Finds a test (or the store's
 * own behaviour suite) makes on purpose, such as filters on fields nothing indexes, are left
 * alone: the nearest caller outside `store/` is a test file.
 */
import { afterEach, expect } from 'vitest';
import { findQuery } from '../store/sqlite-query.js';
import { SqliteStore } from '../store/sqlite-store.js';

/** Each find's SQL, and why its plan reads without an index (`undefined` when it does not). */
const verdicts = new Map<string, string | undefined>();
const unindexed: string[] = [];

const UNBOUNDED = /\bSCAN (?!CONSTANT ROW)|USE TEMP B-TREE/;
const TEST_FILE = /\.(test|behaviour)\.ts|[\\/]tests[\\/]/;

const find = SqliteStore.prototype.find;
SqliteStore.prototype.find = function guardedFind(this: SqliteStore, table, options = {}) {
  const { sql } = findQuery(table, options);
  if (!verdicts.has(sql)) {
    const plan = this.plan(table, options);
    const why = sql.includes('json_extract(data') ? `json_extract (plan: ${plan})` : plan;
    verdicts.set(sql, UNBOUNDED.test(plan) || sql.includes('json_extract(data') ? why : undefined);
  }
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
