import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from './sqlite-store.js';
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
});
