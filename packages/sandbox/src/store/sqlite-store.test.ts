import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { RECORD_FORMAT, RecordFormatError, SqliteStore } from './sqlite-store.js';
import { describeStore } from './store.behaviour.js';

const dir = mkdtempSync(join(tmpdir(), 'xinghui-sqlite-store-'));
let files = 0;
const newFile = () => join(dir, `store-${++files}.db`);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describeStore('SqliteStore', () => new SqliteStore(newFile()));

describe('SqliteStore on a file', () => {
  it('keeps rows, their order and their deletions when the file is opened again', () => {
    const file = newFile();
    const first = new SqliteStore(file);
    const rows = ['buy_persisted001', 'buy_persisted002', 'buy_persisted003'].map((id) => ({
      id,
      partner: 'ptn_a',
      flag: true,
    }));
    for (const row of rows) first.transaction(() => first.insert('buyers', row));
    first.transaction(() => first.update('buyers', { ...rows[0]!, flag: false }));
    first.transaction(() => first.delete('buyers', rows[1]!.id));
    expect(() =>
      first.transaction(() => {
        first.insert('buyers', { id: 'buy_rolledback01', partner: 'ptn_a', flag: true });
        throw new Error('refused');
      }),
    ).toThrow('refused');
    first.close();

    const second = new SqliteStore(file);
    try {
      expect(second.find('buyers')).toEqual([rows[2], { ...rows[0], flag: false }]);
      expect(second.find('buyers', { where: { partner: 'ptn_a', flag: true } })).toEqual([rows[2]]);
      // New rows go after the old ones, never reusing their places.
      second.insert('buyers', { id: 'buy_afterreopen1', partner: 'ptn_a', flag: true });
      expect(second.find('buyers', { limit: 1 })[0]?.id).toBe('buy_afterreopen1');
    } finally {
      second.close();
    }
  });

  it('creates the folder of a new file', () => {
    const store = new SqliteStore(join(dir, 'nested', 'deeper', 'bank.db'));
    store.insert('buyers', { id: 'buy_nestedfolder' });
    expect(store.get('buyers', 'buy_nestedfolder')).toEqual({ id: 'buy_nestedfolder' });
    store.close();
  });

  it('marks a file with the record format it writes, and opens an older one that holds no loans', () => {
    const file = newFile();
    new SqliteStore(file).close();
    // A file from before formats were recorded (user_version 0), with wallets but no loans.
    const old = new Database(file);
    old.pragma('user_version = 0');
    old
      .prepare(`INSERT INTO buyers (id, partner, data) VALUES ('buy_old0000001', 'ptn_a', '{}')`)
      .run();
    old.close();

    new SqliteStore(file).close();
    const reopened = new Database(file);
    expect(reopened.pragma('user_version', { simple: true })).toBe(RECORD_FORMAT);
    reopened.close();
  });

  it('refuses, with what to do, an older file whose loans it would misread, and changes nothing', () => {
    const file = newFile();
    new SqliteStore(file).close();
    const old = new Database(file);
    old.pragma('user_version = 1');
    old
      .prepare(`INSERT INTO loans (id, partner, data) VALUES ('loan_old000001', 'ptn_a', '{}')`)
      .run();
    old.close();

    expect(() => new SqliteStore(file)).toThrow(RecordFormatError);
    expect(() => new SqliteStore(file)).toThrow(/Delete the file \(or pass another --db\)/);
    const untouched = new Database(file);
    expect(untouched.pragma('user_version', { simple: true })).toBe(1);
    untouched.close();
  });
});
