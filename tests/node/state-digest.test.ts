// The state fingerprint the bad-input test relies on: it must see every change, on both stores.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStore, type Store } from '@xinghui/sandbox';
import { SqliteStore } from '@xinghui/sandbox/node';
import { afterAll, describe, expect, it } from 'vitest';
import { changedTables, digestState, WatchedStore } from '../reliability/state-digest.js';

const dir = mkdtempSync(join(tmpdir(), 'xinghui-digest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each([
  ['memory', () => new MemoryStore()],
  ['SQLite', () => new SqliteStore(join(dir, `${Math.random()}.db`))],
] as [string, () => Store][])('the state digest on the %s store', (_name, makeStore) => {
  it('is the same for the same rows, and names the table a write changed', () => {
    const store = makeStore();
    store.insert('buyers', { id: 'buy_b', partner: 'ptn_1', name: 'B' });
    store.insert('buyers', { id: 'buy_a', partner: 'ptn_1', name: 'A' });
    const before = digestState(store);
    expect(changedTables(before, digestState(store))).toEqual([]);

    store.update('buyers', { id: 'buy_a', partner: 'ptn_1', name: 'A2' });
    expect(changedTables(before, digestState(store))).toEqual(['buyers']);
    store.delete('buyers', 'buy_a');
    store.insert('payments', { id: 'pay_1', partner: 'ptn_1' });
    expect(changedTables(before, digestState(store))).toEqual(['buyers', 'payments']);
    store.close();
  });

  it('watched: re-hashes what was written, and a full check catches a write around it', () => {
    const inner = makeStore();
    const watched = new WatchedStore(inner);
    const start = watched.digest();
    watched.store.insert('consents', { id: 'con_1', partner: 'ptn_1' });
    expect(changedTables(start, watched.digest())).toEqual(['consents']);
    expect(watched.fullCheck()).toEqual([]);

    watched.store.insert('idempotency_keys', { id: 'ptn_1:k', partner: 'ptn_1', status: 404 });
    expect(watched.takeKeyWrites()).toEqual([
      ['ptn_1:k', null, JSON.stringify({ id: 'ptn_1:k', partner: 'ptn_1', status: 404 })],
    ]);
    expect(watched.takeKeyWrites()).toEqual([]);

    inner.insert('loans', { id: 'loan_1', partner: 'ptn_1' });
    expect(watched.fullCheck()).toEqual(['loans']);
    inner.close();
  });
});
