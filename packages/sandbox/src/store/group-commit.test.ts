/**
 * Group commit on the SQLite store: the transactions of one turn commit together, nothing is
 * visible to another connection before `committed()` resolves, and a COMMIT that fails fails
 * every call of its batch, through the HTTP layer too, leaving memory and the file agreeing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDEMPOTENCY_KEY_HEADER, type Buyer } from '@xinghui/contract';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { Bank } from '../engine/bank.js';
import { createPartner } from '../engine/core/partners.js';
import { keysInFlight } from '../http/idempotency.js';
import { createSandbox, type Sandbox } from '../sandbox.js';
import { newKey, newPartner, SHOP } from '../testing/harness.js';
import { BATCH_BOUNDS, CommitError } from './group-commit.js';
import { SqliteStore } from './sqlite-store.js';
import { thing } from './store-things.behaviour.js';

const dir = mkdtempSync(join(tmpdir(), 'xinghui-group-commit-'));
let files = 0;
const open: { close(): void }[] = [];

afterEach(() => {
  vi.useRealTimers();
  for (const one of open.splice(0).reverse()) one.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A new store file, and a second connection that sees only what is committed. */
function storeAndReader(): { store: SqliteStore; file: string; committedIds: () => string[] } {
  const file = join(dir, `store-${++files}.db`);
  const store = new SqliteStore(file);
  const reader = new Database(file, { readonly: true });
  open.push(store, reader);
  const select = reader.prepare('SELECT id FROM buyers ORDER BY seq');
  return { store, file, committedIds: () => select.pluck().all() as string[] };
}

/**
 * A store whose COMMIT fails when a buyer named `poison` is in the batch: a trigger adds a row
 * whose foreign key SQLite checks only at COMMIT (a deferred constraint), as a full disk or a
 * lost lock would fail it.
 */
function poisonedStore(): SqliteStore {
  const file = join(dir, `poisoned-${++files}.db`);
  new SqliteStore(file).close();
  const raw = new Database(file);
  raw.exec(`
    CREATE TABLE parent (id TEXT PRIMARY KEY);
    CREATE TABLE trap (ref TEXT REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED);
    CREATE TRIGGER poison AFTER INSERT ON buyers
      WHEN json_extract(new.data, '$.business_name') = 'poison'
      BEGIN INSERT INTO trap VALUES ('missing'); END;`);
  raw.close();
  const store = new SqliteStore(file);
  open.push(store);
  return store;
}

describe('SqliteStore group commit', () => {
  it('commits the transactions of one turn together, and none before committed()', async () => {
    const { store, committedIds } = storeAndReader();
    const rows = [thing(), thing(), thing()];
    for (const row of rows) store.transaction(() => store.insert('buyers', row));
    // Returned, each atomic, read back by the store itself; not yet in the file.
    expect(store.find('buyers')).toHaveLength(3);
    expect(committedIds()).toEqual([]);
    await store.committed();
    expect(committedIds()).toEqual(rows.map((row) => row.id));
  });

  it('commits the calls around one that throws, and none of what it wrote', async () => {
    const { store, committedIds } = storeAndReader();
    const [a, b, c] = [thing(), thing(), thing()];
    store.transaction(() => store.insert('buyers', a));
    expect(() =>
      store.transaction(() => {
        store.insert('buyers', b);
        // A nested transaction joins its call: it goes with it.
        store.transaction(() => store.delete('buyers', a.id));
        throw new Error('refused');
      }),
    ).toThrow('refused');
    store.transaction(() => store.insert('buyers', c));
    await store.committed();
    expect(committedIds()).toEqual([a.id, c.id]);
  });

  it('commits what waits when the store closes', () => {
    const { store, file } = storeAndReader();
    const row = thing();
    store.transaction(() => store.insert('buyers', row));
    store.close();
    const again = new SqliteStore(file);
    open.push(again);
    expect(again.get('buyers', row.id)).toEqual(row);
  });

  it('lets two stores of one process on one file take turns without waiting on each other', async () => {
    const { store: first, file } = storeAndReader();
    const second = new SqliteStore(file);
    open.push(second);
    const rows = [thing(), thing(), thing(), thing()];
    // Each store begins while the other's batch is open: it commits that batch first, then
    // must be found by the next one (a store that waited here would wait on itself: SQLITE_BUSY).
    first.transaction(() => first.insert('buyers', rows[0]!));
    second.transaction(() => second.insert('buyers', rows[1]!));
    first.transaction(() => first.insert('buyers', rows[2]!));
    second.transaction(() => second.insert('buyers', rows[3]!));
    await Promise.all([first.committed(), second.committed()]);
    const ids = (store: SqliteStore) =>
      store
        .find('buyers')
        .map((row) => row.id)
        .sort();
    expect(ids(first)).toEqual(rows.map((row) => row.id));
    expect(ids(second)).toEqual(ids(first));
  });

  it('fails every transaction of a batch whose COMMIT fails, runs none of its effects, and goes on', async () => {
    const store = poisonedStore();
    const effects: string[] = [];
    const good = thing();
    store.transaction(() => store.insert('buyers', good));
    store.afterCommit(() => effects.push('good'));
    store.transaction(() => store.insert('buyers', { ...thing(), business_name: 'poison' }));
    store.afterCommit(() => effects.push('poison'));
    await expect(store.committed()).rejects.toBeInstanceOf(CommitError);
    expect(effects).toEqual([]);
    expect(store.find('buyers')).toEqual([]);
    // The next batch is a new one, and commits.
    store.transaction(() => store.insert('buyers', good));
    store.afterCommit(() => effects.push('after'));
    await store.committed();
    expect(effects).toEqual(['after']);
    expect(store.find('buyers')).toEqual([good]);
  });

  it('serves no row from memory that a failed batch or a rolled-back call wrote', async () => {
    const store = poisonedStore();
    const kept = thing();
    store.transaction(() => store.insert('buyers', kept));
    await store.committed();
    const changed = { ...kept, business_name: 'changed in the failed batch' };
    store.transaction(() => store.update('buyers', changed));
    // Read between calls of the open batch: the store sees its batch's own writes.
    expect(store.get('buyers', kept.id)).toEqual(changed);
    expect(() =>
      store.transaction(() => {
        store.insert('buyers', { ...thing(), id: 'buy_rolled_back' });
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(store.get('buyers', 'buy_rolled_back')).toBeUndefined();
    store.transaction(() => store.insert('buyers', { ...thing(), business_name: 'poison' }));
    await expect(store.committed()).rejects.toBeInstanceOf(CommitError);
    // The batch is gone: the row reads as committed, not as the batch left it in memory.
    expect(store.get('buyers', kept.id)).toEqual(kept);
  });

  it('never hands the effects of a failed batch to the outbox', async () => {
    const store = poisonedStore();
    const sent: string[] = [];
    const bank = new Bank(store, undefined, Date.now, {
      outbox: { send: (request) => sent.push(request.delivery) },
    });
    const partner = createPartner(store, {});
    await store.committed();
    bank.run(partner.id, null, (ctx) => {
      ctx.store.insert('buyers', { ...thing({ partner: partner.id }), business_name: 'poison' });
      ctx.afterCommit.push(() => ctx.outbox.send({ delivery: 'whd_1' } as never));
    });
    await expect(store.committed()).rejects.toBeInstanceOf(CommitError);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent).toEqual([]);
  });
});

/** One turn of the event loop (`setImmediate` stays real under the fake timers below). */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Whether `promise` has settled by now (after the turns already queued have run). */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await nextTurn();
  return done;
}

/** Two calls in one turn, committed at the next: the store is under load from then on. */
async function loaded(store: SqliteStore): Promise<void> {
  store.transaction(() => store.insert('buyers', thing()));
  store.transaction(() => store.insert('buyers', thing()));
  expect(await settled(store.committed())).toBe(true);
}

describe('SqliteStore batch bounds', () => {
  it('keeps a batch open across turns of the event loop until 4 ms have passed, under load', async () => {
    // Only the bound's timer is fake: the turns of the event loop pass for real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { store, committedIds } = storeAndReader();
    await loaded(store);
    const before = committedIds();
    const rows = [thing(), thing(), thing()];
    store.transaction(() => store.insert('buyers', rows[0]!));
    const first = store.committed();
    for (const row of rows.slice(1)) {
      await nextTurn();
      store.transaction(() => store.insert('buyers', row));
    }
    vi.advanceTimersByTime(BATCH_BOUNDS.ms - 1);
    expect(await settled(first)).toBe(false);
    expect(committedIds()).toEqual(before);
    vi.advanceTimersByTime(1);
    expect(await settled(first)).toBe(true);
    expect(committedIds()).toEqual([...before, ...rows.map((row) => row.id)]);
    expect(store.commitCounts()).toEqual({ commits: 2, calls: 5 });
  });

  it('commits a lone call of a quiet store at the next turn, the clock standing still', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { store, committedIds } = storeAndReader();
    const row = thing();
    store.transaction(() => store.insert('buyers', row));
    const effects: string[] = [];
    store.afterCommit(() => effects.push('sent'));
    expect(await settled(store.committed())).toBe(true);
    expect(committedIds()).toEqual([row.id]);
    expect(effects).toEqual(['sent']);
    expect(store.commitCounts()).toEqual({ commits: 1, calls: 1 });
  });

  it('waits for its 4 ms only while the batch before was shared: a lone call after one waits, the next does not', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { store } = storeAndReader();
    await loaded(store);
    store.transaction(() => store.insert('buyers', thing()));
    const afterShared = store.committed();
    expect(await settled(afterShared)).toBe(false);
    vi.advanceTimersByTime(BATCH_BOUNDS.ms);
    expect(await settled(afterShared)).toBe(true);
    store.transaction(() => store.insert('buyers', thing()));
    expect(await settled(store.committed())).toBe(true);
    expect(store.commitCounts()).toEqual({ commits: 3, calls: 4 });
  });

  it('commits a batch of 64 calls without waiting for its 4 ms, and the next call opens another', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { store, committedIds } = storeAndReader();
    const rows = Array.from({ length: BATCH_BOUNDS.calls + 1 }, () => thing());
    for (const row of rows.slice(0, -1)) store.transaction(() => store.insert('buyers', row));
    // Full, but not committed inside the call that filled it: its caller has yet to ask.
    const full = store.committed();
    expect(committedIds()).toEqual([]);
    // The call after a full batch commits it first, then begins a batch of its own.
    store.transaction(() => store.insert('buyers', rows.at(-1)!));
    expect(await settled(full)).toBe(true);
    expect(committedIds()).toEqual(rows.slice(0, -1).map((row) => row.id));
    expect(store.commitCounts()).toEqual({ commits: 1, calls: BATCH_BOUNDS.calls });
    vi.advanceTimersByTime(BATCH_BOUNDS.ms);
    await store.committed();
    expect(store.commitCounts()).toEqual({ commits: 2, calls: BATCH_BOUNDS.calls + 1 });
  });

  it('commits a full batch at the next turn when no call follows, the clock standing still', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { store, committedIds } = storeAndReader();
    const rows = Array.from({ length: BATCH_BOUNDS.calls }, () => thing());
    for (const row of rows) store.transaction(() => store.insert('buyers', row));
    expect(await settled(store.committed())).toBe(true);
    expect(committedIds()).toHaveLength(BATCH_BOUNDS.calls);
  });

  it('fails every call of a full batch whose COMMIT fails, though the next call committed it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const store = poisonedStore();
    store.transaction(() => store.insert('buyers', { ...thing(), business_name: 'poison' }));
    for (let i = 1; i < BATCH_BOUNDS.calls; i++) {
      store.transaction(() => store.insert('buyers', thing()));
    }
    const full = store.committed();
    const next = thing();
    store.transaction(() => store.insert('buyers', next));
    await expect(full).rejects.toBeInstanceOf(CommitError);
    vi.advanceTimersByTime(BATCH_BOUNDS.ms);
    await store.committed();
    expect(store.find('buyers')).toEqual([next]);
  });
});

describe('HTTP answers under group commit', () => {
  let sandbox: Sandbox;

  it('answers every call of a batch whose COMMIT fails with a 500, keeps nothing, frees the keys', async () => {
    const store = poisonedStore();
    sandbox = createSandbox({ store, rateLimits: false });
    open.push(sandbox);
    const { server } = await newPartner(sandbox.app, {}, { checkLedger: false });
    const key = newKey();
    const post = (name: string) =>
      server.post<Buyer>(
        '/v1/buyers',
        { ...SHOP, business_name: name },
        { [IDEMPOTENCY_KEY_HEADER]: key },
      );
    // Another call of the same turn, right after this one's transaction: the batch holds both,
    // and its COMMIT fails.
    const transaction = store.transaction.bind(store);
    let armed = true;
    store.transaction = (work) => {
      const value = transaction(work);
      if (armed && store.find<Buyer>('buyers').some((buyer) => buyer.business_name === 'plain')) {
        armed = false;
        transaction(() => store.insert('buyers', { ...thing(), business_name: 'poison' }));
      }
      return value;
    };
    const reply = await post('plain');
    expect(armed).toBe(false);
    expect(reply.status, reply.text).toBe(500);
    expect((reply.body as unknown as { error: { code: string } }).error.code).toBe(
      'internal_error',
    );
    // Nothing of the batch is in the file, and no key is held or remembered: the retry runs.
    expect(store.find('buyers')).toEqual([]);
    expect(store.find('idempotency_keys')).toEqual([]);
    expect(keysInFlight(store)).toBe(0);
    const retried = await post('plain');
    expect(retried.status, retried.text).toBe(200);
    expect(retried.body.business_name).toBe('plain');
    const list = await server.get<{ data: Buyer[] }>('/v1/buyers');
    expect(list.body.data.map((buyer) => buyer.business_name)).toEqual(['plain']);
  });
});
