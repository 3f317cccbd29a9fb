import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { RECORD_FORMAT, RecordFormatError, SqliteStore } from './sqlite-store.js';
import { INDEXES, UNLISTED } from './indexes.js';
import { describeStore } from './store.behaviour.js';
import { TABLES, type Table } from './store.js';

const dir = mkdtempSync(join(tmpdir(), 'xinghui-sqlite-store-'));
let files = 0;
const newFile = () => join(dir, `store-${++files}.db`);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describeStore('SqliteStore', () => new SqliteStore(newFile()));
// The same suite where every field it filters on is a column of its own with an index.
describeStore(
  'SqliteStore, fields indexed',
  () => new SqliteStore(newFile(), { buyers: [['name'], ['size'], ['flag', 'size'], ['note']] }),
);

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

  it('opens a file of any format since 2 that holds loans: only format 1 loans read otherwise', () => {
    for (let format = 2; format < RECORD_FORMAT; format++) {
      const file = newFile();
      new SqliteStore(file).close();
      const old = new Database(file);
      old.pragma(`user_version = ${format}`);
      const loan = { id: 'loan_old000001', partner: 'ptn_a', status: 'active', paid: [] };
      old
        .prepare(`INSERT INTO loans (id, partner, data) VALUES (?, 'ptn_a', ?)`)
        .run(loan.id, JSON.stringify(loan));
      old.close();

      const store = new SqliteStore(file);
      try {
        expect(store.get('loans', loan.id), `format ${format}`).toEqual(loan);
      } finally {
        store.close();
      }
    }
  });
});

describe('SqliteStore access paths', () => {
  it('adds the generated columns and indexes to a format-3 file on opening, rows intact', () => {
    const file = newFile();
    const old = new Database(file);
    // A format-3 file: the tables as they were, no generated column, no index but the partner's.
    old.exec(
      `CREATE TABLE postings (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
         partner TEXT, data TEXT NOT NULL)`,
    );
    old
      .prepare(`INSERT INTO postings (id, partner, data) VALUES (?, 'ptn_a', ?)`)
      .run(
        'txn_old0000001',
        JSON.stringify({ id: 'txn_old0000001', partner: 'ptn_a', account: 'wal_1', created: 5 }),
      );
    old.pragma('user_version = 3');
    old.close();

    const store = new SqliteStore(file);
    try {
      const where = { partner: 'ptn_a', account: 'wal_1' };
      expect(store.find('postings', { where }).map((row) => row.id)).toEqual(['txn_old0000001']);
      expect(store.plan('postings', { where, limit: 11 })).toContain('postings_by_account');
    } finally {
      store.close();
    }
    const reopened = new Database(file);
    expect(reopened.pragma('user_version', { simple: true })).toBe(RECORD_FORMAT);
    reopened.close();
  });

  it('serves every declared access path by its index', () => {
    const store = new SqliteStore(newFile());
    try {
      for (const [table, lists] of Object.entries(INDEXES) as [Table, string[][]][]) {
        for (const fields of lists) {
          const where = Object.fromEntries([['partner', 'ptn_a'], ...fields.map((f) => [f, 'x'])]);
          expect(
            store.plan(table, { where, limit: 11 }),
            `${table} by ${fields.join(', ')}`,
          ).toMatch(/USING (COVERING )?INDEX/);
        }
      }
    } finally {
      store.close();
    }
  });

  it('reads pages, statement openings and due timers in index order, never sorting a history', () => {
    const store = new SqliteStore(newFile());
    const partner = 'ptn_a';
    const plans = [
      // Balance transactions of one account (limit 10, one more to tell has_more).
      store.plan('postings', { where: { partner, account: 'wal_1' }, limit: 11 }),
      // The last posting before a statement's day, and the day's postings.
      store.plan('postings', {
        where: { partner, account: 'wal_1' },
        range: { field: 'created', lt: 100 },
        limit: 1,
      }),
      store.plan('postings', {
        where: { partner, account: 'wal_1' },
        range: { field: 'created', gte: 100, lt: 200 },
        before: 'txn_cursor',
        limit: 11,
      }),
      // The shop's active consent, and the partner's next timer.
      store.plan('consents', {
        where: { partner, buyer: 'buy_1', type: 'credit_query', status: 'active' },
      }),
      store.plan('timers', {
        where: { partner },
        range: { field: 'due_at' },
        oldestFirst: true,
        limit: 1,
      }),
      // Any list of the partner's rows, unfiltered.
      store.plan('payments', { where: { partner }, limit: 11 }),
    ];
    // A new shop's credit code against the partner's other shops (one shop per code): by its
    // own index, not a scan of the partner's shops.
    expect(
      store.plan('buyers', { where: { partner, credit_code: '91310000MA1K000001' }, limit: 1 }),
    ).toContain('buyers_by_credit_code');
    try {
      for (const plan of plans) {
        expect(plan).toMatch(/USING (COVERING )?INDEX/);
        expect(plan).not.toContain('TEMP B-TREE');
      }
    } finally {
      store.close();
    }
  });
});

describe('SqliteStore format 5', () => {
  const fixture = join(dirname(fileURLToPath(import.meta.url)), '../testing/store-format-4.sql');

  it('rebuilds a format-4 file with real columns on opening: rows, order, ids and lookups kept', () => {
    const file = newFile();
    const old = new Database(file);
    old.exec(readFileSync(fixture, 'utf8'));
    old.close();

    const store = new SqliteStore(file);
    const partner = 'ptn_fixture00001';
    try {
      expect(
        store
          .find('postings', { where: { partner, account: 'wal_fixture00001' } })
          .map((r) => r.id),
      ).toEqual(['txn_fixture00003', 'txn_fixture00001']);
      expect(
        store.find('postings', { where: { partner }, range: { field: 'created', gte: 1002 } }),
      ).toEqual([expect.objectContaining({ id: 'txn_fixture00003', amount: 300 })]);
      expect(
        store.find('idempotency_keys', { where: { state: 'in_progress' } }).map((r) => r.id),
      ).toEqual(['idk_fixture00002']);
      expect(store.find('events', { where: { partner, live: false } })).toHaveLength(1);
      expect(store.get('partners', 'ptn_fixture00001')).toEqual({
        id: 'ptn_fixture00001',
        name: 'Fixture',
      });
      // New rows go after the old ones (seq kept), and the balance update finds its row.
      store.insert('postings', { id: 'txn_fixture00004', partner, account: 'wal_fixture00001' });
      expect(store.find('postings', { where: { partner }, limit: 1 })[0]?.id).toBe(
        'txn_fixture00004',
      );
      store.update('accounts', {
        id: 'wal_fixture00001',
        partner,
        kind: 'wallet',
        owner: 'buy_fixture00001',
        balance: 4000,
      });
      expect(
        store.find('accounts', { where: { partner, kind: 'wallet', owner: 'buy_fixture00001' } }),
      ).toEqual([expect.objectContaining({ balance: 4000 })]);
      expect(store.plan('postings', { where: { partner, account: 'x' }, limit: 11 })).toContain(
        'postings_by_account',
      );
    } finally {
      store.close();
    }
    const reopened = new Database(file);
    expect(reopened.pragma('user_version', { simple: true })).toBe(RECORD_FORMAT);
    const generated = (reopened.pragma('table_xinfo(postings)') as { hidden: number }[]).filter(
      (c) => c.hidden !== 0,
    );
    expect(generated).toEqual([]);
    reopened.close();
  });

  it('moves a row between index entries when an indexed field changes, and only then', () => {
    const store = new SqliteStore(newFile());
    const partner = 'ptn_a';
    try {
      const account = {
        id: 'acc_moving000001',
        partner,
        kind: 'wallet',
        owner: 'buy_1',
        balance: 0,
      };
      store.insert('accounts', account);
      store.transaction(() => store.update('accounts', { ...account, balance: 10 }));
      store.update('accounts', { ...account, owner: 'buy_2', balance: 20 });
      expect(
        store.find('accounts', { where: { partner, kind: 'wallet', owner: 'buy_1' } }),
      ).toEqual([]);
      expect(
        store.find('accounts', { where: { partner, kind: 'wallet', owner: 'buy_2' } }),
      ).toEqual([{ ...account, owner: 'buy_2', balance: 20 }]);
      expect(() => store.update('accounts', { ...account, id: 'acc_nosuchrow0001' })).toThrow(
        'accounts has no acc_nosuchrow0001',
      );
    } finally {
      store.close();
    }
  });

  it('leaves finished idempotency keys out of the state index, and still finds them', () => {
    const store = new SqliteStore(newFile());
    try {
      store.insert('idempotency_keys', { id: 'idk_1', partner: 'ptn_a', state: 'done' });
      store.insert('idempotency_keys', { id: 'idk_2', partner: 'ptn_a', state: 'in_progress' });
      const where = { state: 'in_progress' };
      expect(store.plan('idempotency_keys', { where })).toContain('idempotency_keys_by_state');
      expect(store.find('idempotency_keys', { where }).map((r) => r.id)).toEqual(['idk_2']);
      expect(store.find('idempotency_keys', { where: { state: 'done' } }).map((r) => r.id)).toEqual(
        ['idk_1'],
      );
    } finally {
      store.close();
    }
  });

  it('finds the pending webhook deliveries across partners by a status index without the succeeded ones', () => {
    const store = new SqliteStore(newFile());
    try {
      store.insert('webhook_deliveries', { id: 'whd_1', partner: 'ptn_a', status: 'succeeded' });
      store.insert('webhook_deliveries', { id: 'whd_2', partner: 'ptn_b', status: 'pending' });
      const where = { status: 'pending' };
      const plan = store.plan('webhook_deliveries', { where });
      expect(plan).toContain('webhook_deliveries_by_status');
      expect(plan).not.toMatch(/SCAN/);
      expect(store.find('webhook_deliveries', { where }).map((r) => r.id)).toEqual(['whd_2']);
      const succeeded = { partner: 'ptn_a', status: 'succeeded' };
      expect(store.find('webhook_deliveries', { where: succeeded }).map((r) => r.id)).toEqual([
        'whd_1',
      ]);
    } finally {
      store.close();
    }
  });
});

describe('SqliteStore format 6', () => {
  const fixture = join(dirname(fileURLToPath(import.meta.url)), '../testing/store-format-5.sql');
  const partnerIndexes = (db: Database.Database) =>
    db
      .prepare(
        `SELECT name FROM sqlite_schema WHERE type = 'index' AND name LIKE '%\\_partner' ESCAPE '\\'`,
      )
      .pluck()
      .all() as string[];

  it('gives a partner index to the tables the bank lists, and none to the others', () => {
    const file = newFile();
    new SqliteStore(file).close();
    const db = new Database(file, { readonly: true });
    try {
      expect(partnerIndexes(db).sort()).toEqual(
        TABLES.filter((table) => !UNLISTED.has(table))
          .map((table) => `${table}_partner`)
          .sort(),
      );
    } finally {
      db.close();
    }
  });

  it("drops the unlisted tables' partner indexes from a format-5 file on opening, rows and lookups kept", () => {
    const file = newFile();
    const old = new Database(file);
    old.exec(readFileSync(fixture, 'utf8'));
    expect(partnerIndexes(old)).toContain('wallet_sessions_partner');
    const rowsBefore = Object.fromEntries(
      TABLES.map((table) => [
        table,
        old.prepare(`SELECT seq, id, data FROM ${table} ORDER BY seq`).all(),
      ]),
    );
    old.close();

    const store = new SqliteStore(file);
    const partner = 'ptn_fixture00001';
    try {
      // Loans written by format 5 read as they are.
      expect(store.get('loans', 'loan_fixture0001')).toMatchObject({ penalty_from: '2026-01-01' });
      expect(store.get('wallet_sessions', 'ws_fixture000001')).toMatchObject({ partner });
      expect(store.find('refunds', { where: { partner, payment: 'pay_fixture00001' } })).toEqual([
        expect.objectContaining({ id: 're_fixture000001' }),
      ]);
      expect(store.plan('refunds', { where: { partner, payment: 'x' }, limit: 11 })).toContain(
        'refunds_by_payment',
      );
      expect(
        store.find('timers', { where: { partner }, range: { field: 'due_at' }, limit: 1 }),
      ).toEqual([expect.objectContaining({ id: 'tmr_fixture00001' })]);
      expect(
        store.find('idempotency_keys', { where: { state: 'in_progress' } }).map((r) => r.id),
      ).toEqual(['idk_fixture00002']);
      // A listed table keeps its partner index and its pages.
      expect(store.plan('payments', { where: { partner }, limit: 11 })).toContain(
        'payments_partner',
      );
      // The migration took nothing away: a new row goes after the old ones.
      store.insert('refunds', { id: 're_fixture000002', partner, payment: 'pay_fixture00001' });
      expect(
        store.find('refunds', { where: { partner, payment: 'pay_fixture00001' } }).map((r) => r.id),
      ).toEqual(['re_fixture000002', 're_fixture000001']);
      store.delete('refunds', 're_fixture000002');
    } finally {
      store.close();
    }
    const reopened = new Database(file, { readonly: true });
    try {
      expect(reopened.pragma('user_version', { simple: true })).toBe(RECORD_FORMAT);
      const left = partnerIndexes(reopened);
      for (const table of UNLISTED) expect(left).not.toContain(`${table}_partner`);
      expect(left).toContain('payments_partner');
      for (const table of TABLES) {
        expect(
          reopened.prepare(`SELECT seq, id, data FROM ${table} ORDER BY seq`).all(),
          table,
        ).toEqual(rowsBefore[table]);
      }
    } finally {
      reopened.close();
    }
  });
});

describe('SqliteStore rows kept in memory', () => {
  it('reads what another connection committed to the same file, on the very next read', () => {
    const file = newFile();
    const store = new SqliteStore(file);
    const other = new SqliteStore(file);
    try {
      store.insert('api_keys', { id: 'key_1', partner: 'ptn_a', revoked: false });
      expect(store.get('api_keys', 'key_1')).toEqual({
        id: 'key_1',
        partner: 'ptn_a',
        revoked: false,
      });
      expect(other.get('api_keys', 'key_1')).toMatchObject({ revoked: false });
      other.update('api_keys', { id: 'key_1', partner: 'ptn_a', revoked: true });
      expect(store.get('api_keys', 'key_1')).toMatchObject({ revoked: true });
      other.delete('api_keys', 'key_1');
      expect(store.get('api_keys', 'key_1')).toBeUndefined();
      other.insert('api_keys', { id: 'key_1', partner: 'ptn_a', revoked: false });
      expect(store.transaction(() => store.get('api_keys', 'key_1'))).toMatchObject({
        revoked: false,
      });
    } finally {
      other.close();
      store.close();
    }
  });

  it('forgets what a rolled-back transaction wrote, and serves a transaction its own writes', () => {
    const store = new SqliteStore(newFile());
    try {
      store.insert('partners', { id: 'ptn_a', name: 'A' });
      expect(store.get('partners', 'ptn_a')).toEqual({ id: 'ptn_a', name: 'A' });
      expect(() =>
        store.transaction(() => {
          store.update('partners', { id: 'ptn_a', name: 'B' });
          expect(store.get('partners', 'ptn_a')).toEqual({ id: 'ptn_a', name: 'B' });
          store.delete('partners', 'ptn_a');
          expect(store.get('partners', 'ptn_a')).toBeUndefined();
          store.insert('partners', { id: 'ptn_b', name: 'new' });
          expect(store.get('partners', 'ptn_b')).toEqual({ id: 'ptn_b', name: 'new' });
          throw new Error('refused');
        }),
      ).toThrow('refused');
      expect(store.get('partners', 'ptn_a')).toEqual({ id: 'ptn_a', name: 'A' });
      expect(store.get('partners', 'ptn_b')).toBeUndefined();
      store.transaction(() => store.update('partners', { id: 'ptn_a', name: 'C' }));
      expect(store.get('partners', 'ptn_a')).toEqual({ id: 'ptn_a', name: 'C' });
      // A row handed out is the caller's: changing it changes nothing kept.
      store.get<{ id: string; name: string }>('partners', 'ptn_a')!.name = 'mutated';
      expect(store.get('partners', 'ptn_a')).toEqual({ id: 'ptn_a', name: 'C' });
    } finally {
      store.close();
    }
  });
});
