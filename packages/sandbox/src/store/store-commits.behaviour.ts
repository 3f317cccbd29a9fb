/**
 * Transactions one after another, and when they count as committed, in the shared store suite
 * (see store.behaviour.ts). A store may commit several transactions at once (the SQLite store
 * groups those of a few milliseconds): each stays atomic on its own.
 */
import { describe, expect, it } from 'vitest';
import type { Store } from './store.js';
import { ids, thing } from './store-things.behaviour.js';

/** Registers the commit tests on the store `current()` returns (a new one for each test). */
export function describeCommits(current: () => Store): void {
  describe('transactions one after another', () => {
    it('works again after a failed transaction', () => {
      const store = current();
      expect(() =>
        store.transaction(() => {
          store.insert('buyers', thing());
          throw new Error('refused');
        }),
      ).toThrow();
      const row = thing();
      store.transaction(() => store.insert('buyers', row));
      // This transaction is a new one: a failure now undoes only its own work.
      expect(() =>
        store.transaction(() => {
          store.delete('buyers', row.id);
          throw new Error('refused again');
        }),
      ).toThrow();
      expect(ids(store.find('buyers'))).toEqual([row.id]);
    });

    it('keeps the transactions around one that throws, once committed', async () => {
      const store = current();
      const [a, b, c] = [thing(), thing(), thing()];
      const kept = thing({ name: 'kept' });
      store.transaction(() => store.insert('buyers', kept));
      store.transaction(() => store.insert('buyers', a));
      expect(() =>
        store.transaction(() => {
          store.insert('buyers', b);
          store.update('buyers', { ...kept, name: 'changed' });
          store.delete('buyers', a.id);
          throw new Error('refused');
        }),
      ).toThrow('refused');
      store.transaction(() => store.insert('buyers', c));
      await store.committed();
      expect(ids(store.find('buyers'))).toEqual([c.id, a.id, kept.id]);
      expect(store.get('buyers', kept.id)).toEqual(kept);
      expect(store.get('buyers', b.id)).toBeUndefined();
    });

    it('runs what waits for the commit by the time committed() resolves, in order', async () => {
      const store = current();
      const ran: string[] = [];
      await store.committed();
      store.transaction(() => store.insert('buyers', thing()));
      store.afterCommit(() => ran.push('first'));
      store.transaction(() => store.insert('buyers', thing()));
      store.afterCommit(() => ran.push('second'));
      await store.committed();
      expect(ran).toEqual(['first', 'second']);
      // Nothing written since: it resolves, and an effect runs at once.
      await store.committed();
      store.afterCommit(() => ran.push('third'));
      expect(ran).toEqual(['first', 'second', 'third']);
    });
  });
}
