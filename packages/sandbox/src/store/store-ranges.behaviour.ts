/**
 * The ranges, range cursors and oldest-first lists of the shared store suite (see
 * store.behaviour.ts, which runs these inside each implementation's suite).
 */
import { describe, expect, it } from 'vitest';
import type { Store } from './store.js';
import { ids, thing, type Thing } from './store-things.behaviour.js';

/**
 * Registers the range tests on the store `current()` returns (a new one for each test).
 *
 * @param insertAll - inserts rows in order, each in its own transaction
 */
export function describeRanges(
  current: () => Store,
  insertAll: (...rows: Thing[]) => Thing[],
): void {
  describe('find with a range', () => {
    it('keeps a range of numbers, by that field highest first, ties newest first', () => {
      const [a, b, c, d, e, f] = insertAll(
        thing({ size: 5 }),
        thing({ size: 1 }),
        thing({ size: 3 }),
        thing({ size: 3 }),
        thing({ size: 9 }),
        thing({ size: '3' as unknown as number }),
      );
      const range = { field: 'size', gte: 2, lt: 9 };
      expect(ids(current().find('buyers', { range }))).toEqual([a!.id, d!.id, c!.id]);
      expect(ids(current().find('buyers', { range: { field: 'size', lt: 4 } }))).toEqual([
        d!.id,
        c!.id,
        b!.id,
      ]);
      expect(ids(current().find('buyers', { range: { field: 'size', gte: 5 } }))).toEqual([
        e!.id,
        a!.id,
      ]);
      // A string is never within a range of numbers, nor a missing field.
      expect(ids(current().find('buyers', { range: { field: 'size' } }))).not.toContain(f!.id);
      expect(current().find('buyers', { range: { field: 'nothing' } })).toEqual([]);
      expect(ids(current().find('buyers', { range, oldestFirst: true }))).toEqual([
        c!.id,
        d!.id,
        a!.id,
      ]);
      expect(ids(current().find('buyers', { range, oldestFirst: true, limit: 1 }))).toEqual([
        c!.id,
      ]);
    });

    it('pages a range with a cursor in its own order, combined with a filter', () => {
      const [a, b, c, d, e] = insertAll(
        thing({ size: 4, flag: true }),
        thing({ size: 2, flag: true }),
        thing({ size: 4, flag: false }),
        thing({ size: 4, flag: true }),
        thing({ size: 7, flag: true }),
      );
      const range = { field: 'size', gte: 1, lt: 10 };
      const where = { flag: true };
      expect(ids(current().find('buyers', { where, range, limit: 2 }))).toEqual([e!.id, d!.id]);
      expect(ids(current().find('buyers', { where, range, before: d!.id }))).toEqual([
        a!.id,
        b!.id,
      ]);
      // The cursor need not match the filter, nor lie within the range.
      expect(ids(current().find('buyers', { where, range, before: c!.id }))).toEqual([
        a!.id,
        b!.id,
      ]);
      expect(
        ids(current().find('buyers', { where, range: { field: 'size', lt: 7 }, before: e!.id })),
      ).toEqual([d!.id, a!.id, b!.id]);
      expect(current().find('buyers', { range, before: 'buy_nosuchrow00' })).toEqual([]);
      expect(() => current().find('buyers', { before: a!.id, oldestFirst: true })).toThrow();
    });

    it('lists oldest first when asked, filtered and limited', () => {
      const [a, b, c] = insertAll(thing({ flag: true }), thing(), thing({ flag: true }));
      expect(ids(current().find('buyers', { oldestFirst: true }))).toEqual([a!.id, b!.id, c!.id]);
      expect(
        ids(current().find('buyers', { where: { flag: true }, oldestFirst: true, limit: 1 })),
      ).toEqual([a!.id]);
    });
  });
}
