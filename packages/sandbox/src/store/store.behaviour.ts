/**
 * The behaviour every {@link Store} shares, as one suite each implementation runs (see
 * memory-store.test.ts and sqlite-store.test.ts): the engine may rely on exactly this.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from './store.js';
import { describeCommits } from './store-commits.behaviour.js';
import { describeRanges } from './store-ranges.behaviour.js';
import { ids, thing, type Thing } from './store-things.behaviour.js';

/**
 * Registers the shared store suite.
 *
 * @param makeStore - a new, empty store for each test; the suite closes it afterwards
 */
export function describeStore(name: string, makeStore: () => Store): void {
  describe(`${name}: the Store behaviour`, () => {
    let store: Store;

    beforeEach(() => {
      store = makeStore();
    });
    afterEach(() => {
      store.close();
    });

    /** Inserts rows in order, each in its own transaction as the bank does. */
    function insertAll(...rows: Thing[]): Thing[] {
      for (const row of rows) store.transaction(() => store.insert('buyers', row));
      return rows;
    }

    describe('insert, get, update, delete', () => {
      it('gets back what was inserted, and nothing for an unknown id', () => {
        const row = thing({ note: 'first', flag: true });
        store.insert('buyers', row);
        expect(store.get('buyers', row.id)).toEqual(row);
        expect(store.get('buyers', 'buy_missing0000')).toBeUndefined();
      });

      it('keeps tables apart: the same id may live in two tables', () => {
        const row = thing();
        store.insert('buyers', row);
        expect(store.get('suppliers', row.id)).toBeUndefined();
        store.insert('suppliers', { ...row, name: 'supplier' });
        expect(store.get<Thing>('buyers', row.id)?.name).toBe(row.name);
        expect(store.get<Thing>('suppliers', row.id)?.name).toBe('supplier');
        expect(ids(store.find('suppliers'))).toEqual([row.id]);
      });

      it('replaces a row on update, in place in the order', () => {
        const [a, b, c] = insertAll(thing(), thing(), thing());
        store.update('buyers', { ...b!, name: 'renamed', note: 'x', tags: [] });
        expect(store.get('buyers', b!.id)).toEqual({ ...b, name: 'renamed', note: 'x', tags: [] });
        expect(ids(store.find('buyers'))).toEqual([c!.id, b!.id, a!.id]);
      });

      it('deletes a row, and deleting a missing row does nothing', () => {
        const [a, b] = insertAll(thing(), thing());
        store.delete('buyers', a!.id);
        expect(store.get('buyers', a!.id)).toBeUndefined();
        expect(ids(store.find('buyers'))).toEqual([b!.id]);
        expect(() => store.delete('buyers', a!.id)).not.toThrow();
        expect(ids(store.find('buyers'))).toEqual([b!.id]);
      });

      it('refuses a second row with the same id, and keeps the first', () => {
        const row = thing();
        store.insert('buyers', row);
        expect(() => store.insert('buyers', { ...row, name: 'impostor' })).toThrow();
        expect(store.get('buyers', row.id)).toEqual(row);
        expect(store.find('buyers')).toHaveLength(1);
      });

      it('refuses to update a row that does not exist, and does not create it', () => {
        const row = thing();
        expect(() => store.update('buyers', row)).toThrow();
        expect(store.get('buyers', row.id)).toBeUndefined();
        expect(store.find('buyers')).toEqual([]);
      });

      it('refuses to update a deleted row', () => {
        const [row] = insertAll(thing());
        store.delete('buyers', row!.id);
        expect(() => store.update('buyers', row!)).toThrow();
        expect(store.get('buyers', row!.id)).toBeUndefined();
      });
    });

    describe('copies', () => {
      it('keeps what was inserted when the caller then changes its object', () => {
        const row = thing();
        const original = structuredClone(row);
        store.insert('buyers', row);
        row.name = 'changed';
        row.tags.push('b');
        row.detail.colour = 'blue';
        expect(store.get('buyers', row.id)).toEqual(original);
      });

      it('keeps what was updated when the caller then changes its object', () => {
        const [row] = insertAll(thing());
        const next = { ...row!, name: 'next', tags: ['x'], detail: { colour: 'green' } };
        store.update('buyers', next);
        next.tags.push('y');
        next.detail.colour = 'black';
        next.name = 'changed';
        expect(store.get('buyers', row!.id)).toEqual({
          ...row,
          name: 'next',
          tags: ['x'],
          detail: { colour: 'green' },
        });
      });

      it('scans one partner’s rows, oldest first, or every row', () => {
        const [a1, b1, none, a2] = insertAll(
          thing({ partner: 'ptn_a' }),
          thing({ partner: 'ptn_b' }),
          thing({ partner: null }),
          thing({ partner: 'ptn_a' }),
        );
        expect(ids([...store.scan<Thing>('buyers', 'ptn_a')])).toEqual(ids([a1!, a2!]));
        expect(ids([...store.scan<Thing>('buyers', 'ptn_c')])).toEqual([]);
        expect(ids([...store.scan<Thing>('buyers')])).toEqual(ids([a1!, b1!, none!, a2!]));
      });

      it('hands out copies from get, find and scan', () => {
        const [row] = insertAll(thing());
        const original = structuredClone(row);
        const got = store.get<Thing>('buyers', row!.id)!;
        got.name = 'changed';
        got.tags.push('z');
        got.detail.colour = 'blue';
        const [found] = store.find<Thing>('buyers');
        found!.name = 'changed too';
        found!.detail.colour = 'green';
        for (const scanned of store.scan<Thing>('buyers')) {
          scanned.tags.length = 0;
          scanned.flag = true;
        }
        expect(store.get('buyers', row!.id)).toEqual(original);
        expect(store.find('buyers')).toEqual([original]);
        expect([...store.scan('buyers')]).toEqual([original]);
      });
    });

    describe('find', () => {
      it('lists rows newest first, and nothing from an empty table', () => {
        expect(store.find('buyers')).toEqual([]);
        const rows = insertAll(thing(), thing(), thing());
        expect(ids(store.find('buyers'))).toEqual(ids(rows).reverse());
      });

      it('filters on strings, numbers and booleans, all fields at once', () => {
        const [a, b, c, d] = insertAll(
          thing({ name: 'apple', size: 3, flag: true }),
          thing({ name: 'pear', size: 3, flag: false }),
          thing({ name: 'apple', size: 4, flag: false }),
          thing({ name: 'apple', size: 3, flag: true }),
        );
        expect(ids(store.find('buyers', { where: { name: 'apple' } }))).toEqual([
          d!.id,
          c!.id,
          a!.id,
        ]);
        expect(ids(store.find('buyers', { where: { size: 3 } }))).toEqual([d!.id, b!.id, a!.id]);
        expect(ids(store.find('buyers', { where: { flag: true } }))).toEqual([d!.id, a!.id]);
        expect(ids(store.find('buyers', { where: { flag: false } }))).toEqual([c!.id, b!.id]);
        expect(
          ids(store.find('buyers', { where: { name: 'apple', size: 3, flag: false } })),
        ).toEqual([]);
        expect(ids(store.find('buyers', { where: { name: 'apple', size: 3 } }))).toEqual([
          d!.id,
          a!.id,
        ]);
        expect(store.find('buyers', { where: { name: 'plum' } })).toEqual([]);
      });

      it('compares values with their type: 3 is not "3", true is not 1', () => {
        insertAll(thing({ size: 3, name: '3', flag: true }));
        expect(store.find('buyers', { where: { size: '3' } })).toEqual([]);
        expect(store.find('buyers', { where: { name: 3 } })).toEqual([]);
        expect(store.find('buyers', { where: { flag: 1 } })).toEqual([]);
        expect(store.find('buyers', { where: { size: 3 } })).toHaveLength(1);
      });

      it('matches null to null and to a missing field, never to a value', () => {
        const withNote = thing({ note: 'here' });
        const nullNote = thing({ note: null });
        const { note: _note, ...noNote } = thing();
        insertAll(withNote, nullNote, noNote as Thing);
        expect(ids(store.find('buyers', { where: { note: null } }))).toEqual([
          noNote.id,
          nullNote.id,
        ]);
        expect(ids(store.find('buyers', { where: { note: 'here' } }))).toEqual([withNote.id]);
      });

      it('filters on the owning partner, including rows that belong to none', () => {
        const [a, b, c] = insertAll(
          thing({ partner: 'ptn_a' }),
          thing({ partner: 'ptn_b' }),
          thing({ partner: null }),
        );
        expect(ids(store.find('buyers', { where: { partner: 'ptn_a' } }))).toEqual([a!.id]);
        expect(ids(store.find('buyers', { where: { partner: 'ptn_b' } }))).toEqual([b!.id]);
        expect(ids(store.find('buyers', { where: { partner: null } }))).toEqual([c!.id]);
      });

      it('keeps a partner filter right after an update moves a row to another partner', () => {
        const [a] = insertAll(thing({ partner: 'ptn_a' }));
        store.update('buyers', { ...a!, partner: 'ptn_b' });
        expect(store.find('buyers', { where: { partner: 'ptn_a' } })).toEqual([]);
        expect(ids(store.find('buyers', { where: { partner: 'ptn_b' } }))).toEqual([a!.id]);
      });

      it('pages with a `before` cursor and a limit, newest first', () => {
        const rows = insertAll(...Array.from({ length: 7 }, () => thing()));
        const newestFirst = ids(rows).reverse();
        expect(ids(store.find('buyers', { limit: 3 }))).toEqual(newestFirst.slice(0, 3));
        expect(ids(store.find('buyers', { before: newestFirst[2], limit: 3 }))).toEqual(
          newestFirst.slice(3, 6),
        );
        expect(ids(store.find('buyers', { before: newestFirst[5], limit: 3 }))).toEqual(
          newestFirst.slice(6),
        );
        expect(store.find('buyers', { before: newestFirst[6] })).toEqual([]);
        expect(ids(store.find('buyers', { before: newestFirst[0] }))).toEqual(newestFirst.slice(1));
        expect(store.find('buyers', { limit: 0 })).toEqual([]);
        expect(store.find('buyers', { limit: 100 })).toHaveLength(7);
      });

      it('combines the cursor with a filter (the cursor need not match the filter)', () => {
        const [a, b, c, d, e] = insertAll(
          thing({ flag: true }),
          thing({ flag: false }),
          thing({ flag: true }),
          thing({ flag: false }),
          thing({ flag: true }),
        );
        expect(ids(store.find('buyers', { where: { flag: true }, before: e!.id }))).toEqual([
          c!.id,
          a!.id,
        ]);
        expect(
          ids(store.find('buyers', { where: { flag: true }, before: d!.id, limit: 1 })),
        ).toEqual([c!.id]);
        expect(ids(store.find('buyers', { where: { flag: false }, before: c!.id }))).toEqual([
          b!.id,
        ]);
      });

      it('finds nothing before a cursor that is not a row of the table', () => {
        insertAll(thing(), thing());
        expect(store.find('buyers', { before: 'buy_nosuchrow00' })).toEqual([]);
      });
    });

    describeRanges(() => store, insertAll);
    describeCommits(() => store);

    describe('scan', () => {
      it('yields every row oldest first, with updates in place and deletes gone', () => {
        const rows = insertAll(thing(), thing(), thing(), thing());
        store.update('buyers', { ...rows[1]!, name: 'updated' });
        store.delete('buyers', rows[2]!.id);
        const scanned = [...store.scan<Thing>('buyers')];
        expect(ids(scanned)).toEqual([rows[0]!.id, rows[1]!.id, rows[3]!.id]);
        expect(scanned[1]!.name).toBe('updated');
        expect([...store.scan('suppliers')]).toEqual([]);
      });
    });

    describe('transactions', () => {
      it('returns what the work returns, and keeps its writes', () => {
        const row = thing();
        const result = store.transaction(() => {
          store.insert('buyers', row);
          return 42;
        });
        expect(result).toBe(42);
        expect(store.get('buyers', row.id)).toEqual(row);
      });

      it('sees its own writes before it commits', () => {
        const row = thing();
        store.transaction(() => {
          store.insert('buyers', row);
          expect(store.get('buyers', row.id)).toEqual(row);
          store.update('buyers', { ...row, name: 'inside' });
          expect(store.get<Thing>('buyers', row.id)?.name).toBe('inside');
          expect(ids(store.find('buyers'))).toEqual([row.id]);
        });
      });

      it('rolls back inserts, updates and deletes when the work throws, order and all', () => {
        const [a, b, c] = insertAll(thing(), thing(), thing());
        const before = store.find('buyers');
        const beforeScan = [...store.scan('buyers')];
        const failure = new Error('refused');
        const added = thing();
        expect(() =>
          store.transaction(() => {
            store.insert('buyers', added);
            store.update('buyers', { ...b!, name: 'changed', tags: ['changed'] });
            store.delete('buyers', a!.id);
            store.update('buyers', { ...c!, size: -1 });
            store.delete('buyers', c!.id);
            store.insert('suppliers', thing());
            throw failure;
          }),
        ).toThrow(failure);
        expect(store.get('buyers', added.id)).toBeUndefined();
        expect(store.find('buyers')).toEqual(before);
        expect([...store.scan('buyers')]).toEqual(beforeScan);
        expect(store.find('suppliers')).toEqual([]);
        // Rows restored by the rollback keep their place: a cursor still pages the same way.
        expect(ids(store.find('buyers', { before: c!.id }))).toEqual([b!.id, a!.id]);
        // And the store goes on working: a new row goes to the top.
        const later = thing();
        store.transaction(() => store.insert('buyers', later));
        expect(ids(store.find('buyers'))).toEqual([later.id, c!.id, b!.id, a!.id]);
      });

      it('rolls back a row inserted and deleted, or deleted and re-inserted, in one transaction', () => {
        const [a] = insertAll(thing());
        const b = thing();
        expect(() =>
          store.transaction(() => {
            store.insert('buyers', b);
            store.delete('buyers', b.id);
            store.delete('buyers', a!.id);
            store.insert('buyers', { ...a!, name: 'reborn' });
            throw new Error('refused');
          }),
        ).toThrow('refused');
        expect(store.get('buyers', b.id)).toBeUndefined();
        expect(store.get('buyers', a!.id)).toEqual(a);
        expect(ids(store.find('buyers'))).toEqual([a!.id]);
      });

      it('rolls back everything when a duplicate insert throws inside it', () => {
        const [a] = insertAll(thing());
        const b = thing();
        expect(() =>
          store.transaction(() => {
            store.insert('buyers', b);
            store.insert('buyers', a!);
          }),
        ).toThrow();
        expect(store.get('buyers', b.id)).toBeUndefined();
        expect(ids(store.find('buyers'))).toEqual([a!.id]);
      });

      it('joins nested transactions to the outer one: an outer failure undoes the inner work', () => {
        const [a] = insertAll(thing());
        const inner = thing();
        expect(() =>
          store.transaction(() => {
            const value = store.transaction(() => {
              store.insert('buyers', inner);
              store.update('buyers', { ...a!, name: 'inner' });
              return 'inner done';
            });
            expect(value).toBe('inner done');
            expect(store.get('buyers', inner.id)).toEqual(inner);
            throw new Error('outer refused');
          }),
        ).toThrow('outer refused');
        expect(store.get('buyers', inner.id)).toBeUndefined();
        expect(store.get('buyers', a!.id)).toEqual(a);
      });

      it('joins nested transactions to the outer one: an inner failure the outer catches commits with it', () => {
        const first = thing();
        const second = thing();
        store.transaction(() => {
          try {
            store.transaction(() => {
              store.insert('buyers', first);
              throw new Error('inner refused');
            });
          } catch {
            // The outer work decides: it carries on.
          }
          store.insert('buyers', second);
        });
        // Joined, not a savepoint: what the inner work wrote before throwing stays.
        expect(ids(store.find('buyers'))).toEqual([second.id, first.id]);
      });
    });
  });
}
