import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'xinghui-checkpointer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function until(condition: () => boolean, ms = 10_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

describe('SqliteStore checkpoints from a worker thread', () => {
  it('copies committed pages into the database file while serving, and closes cleanly', async () => {
    const file = join(dir, 'served.db');
    const store = new SqliteStore(file);
    const note = 'x'.repeat(3_000);
    const size = () => statSync(file).size;
    // Creating the tables filled the WAL: empty it, so SQLite's own automatic checkpoint (at
    // 1,000 pages) stays far off and only the worker can copy the pages below.
    const other = new Database(file);
    other.pragma('wal_checkpoint(TRUNCATE)');
    other.close();
    const empty = size();
    for (let i = 0; i < 100; i++) {
      store.transaction(() => store.insert('buyers', { id: `buy_${i}`, partner: 'ptn_a', note }));
    }
    expect(await until(() => size() > empty + 100 * 3_000)).toBe(true);
    expect(store.find('buyers', { where: { partner: 'ptn_a' } })).toHaveLength(100);
    store.close();
    // The last connection closed: SQLite folded the WAL into the file and removed it.
    expect(existsSync(`${file}-wal`)).toBe(false);
    const reopened = new SqliteStore(file);
    expect(reopened.get('buyers', 'buy_99')).toEqual({ id: 'buy_99', partner: 'ptn_a', note });
    reopened.close();
  }, 20_000);

  it('a store closed while its worker is still starting closes at once, and the worker never opens', async () => {
    const file = join(dir, 'brief.db');
    const store = new SqliteStore(file);
    // Enough calls to start the worker; closed before it can have booted.
    for (let i = 0; i < 70; i++) {
      store.transaction(() => store.insert('buyers', { id: `buy_${i}`, partner: 'ptn_a' }));
    }
    store.close();
    await new Promise((resolve) => setTimeout(resolve, 500));
    // A worker that opened the file after the store closed would have brought the WAL back.
    expect(existsSync(`${file}-wal`)).toBe(false);
    const reopened = new SqliteStore(file);
    expect(reopened.find('buyers', { where: { partner: 'ptn_a' } })).toHaveLength(70);
    reopened.close();
  });

  it('works whatever flags the process runs with: the worker does not take them', () => {
    // `--input-type=module` would make the worker's script a module, without `require`.
    const script = `
      import Database from 'better-sqlite3';
      import { statSync } from 'node:fs';
      import { SqliteStore } from ${JSON.stringify(fileURLToPath(new URL('./sqlite-store.ts', import.meta.url)))};
      const file = process.env.DB;
      const store = new SqliteStore(file);
      const other = new Database(file);
      other.pragma('wal_checkpoint(TRUNCATE)');
      other.close();
      const empty = statSync(file).size;
      for (let i = 0; i < 100; i++) {
        store.transaction(() => store.insert('buyers', { id: 'buy_' + i, partner: 'ptn_a', note: 'x'.repeat(3000) }));
      }
      const end = Date.now() + 10000;
      while (statSync(file).size <= empty && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      console.log(statSync(file).size > empty ? 'copied' : 'not copied');
      store.close();
    `;
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { env: { ...process.env, DB: join(dir, 'flags.db') }, encoding: 'utf8', timeout: 30_000 },
    );
    expect(run.stdout.trim(), run.stderr).toBe('copied');
  }, 40_000);
});
