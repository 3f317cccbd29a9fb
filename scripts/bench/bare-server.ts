// The reference the wallet section compares with: what one balanced posting per POST costs
// with nothing but node:http and better-sqlite3 (WAL, synchronous=NORMAL), as a hand-written
// service would do it. Each POST reads a JSON body, and in one transaction moves its amount
// between two accounts: two posting rows and the two balances.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** The bare server, running on 127.0.0.1. */
export interface BareServer {
  url: string;
  /** True when every posting pair sums to zero and the balances equal the postings' sums. */
  verify(): boolean;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startBareServer(): Promise<BareServer> {
  const dir = mkdtempSync(join(tmpdir(), 'xinghui-bare-'));
  const db = new Database(join(dir, 'bare.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`
    CREATE TABLE accounts (id TEXT PRIMARY KEY, balance INTEGER NOT NULL);
    CREATE TABLE postings (seq INTEGER PRIMARY KEY AUTOINCREMENT, entry INTEGER NOT NULL,
      account TEXT NOT NULL, amount INTEGER NOT NULL, balance_after INTEGER NOT NULL,
      created INTEGER NOT NULL);
    CREATE INDEX postings_account ON postings (account, seq);
    INSERT INTO accounts VALUES ('wallet', 1000000000000), ('supplier', 0);
  `);
  const move = db.prepare(
    'UPDATE accounts SET balance = balance + ? WHERE id = ? RETURNING balance',
  );
  const post = db.prepare(
    'INSERT INTO postings (entry, account, amount, balance_after, created) VALUES (?, ?, ?, ?, ?)',
  );
  let entries = 0;
  const pay = db.transaction((amount: number) => {
    const entry = ++entries;
    const now = Math.floor(Date.now() / 1000);
    const { balance: from } = move.get(-amount, 'wallet') as { balance: number };
    if (from < 0) throw new Error('insufficient balance');
    post.run(entry, 'wallet', -amount, from, now);
    const { balance: to } = move.get(amount, 'supplier') as { balance: number };
    post.run(entry, 'supplier', amount, to, now);
    return { entry, balance: from };
  });

  const server = createServer((request, response) => {
    void readBody(request).then((text) => {
      try {
        const { amount } = JSON.parse(text) as { amount: unknown };
        if (!Number.isSafeInteger(amount) || (amount as number) <= 0) throw new Error('bad amount');
        const result = pay(amount as number);
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ object: 'posting', ...result }));
      } catch (error) {
        response.writeHead(400, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ error: String(error) }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    verify() {
      const unbalanced = db
        .prepare('SELECT entry FROM postings GROUP BY entry HAVING SUM(amount) != 0 LIMIT 1')
        .get();
      const drift = db
        .prepare(
          `SELECT a.id FROM accounts a WHERE a.balance != (SELECT COALESCE(SUM(amount), 0)
             FROM postings p WHERE p.account = a.id) + (CASE a.id WHEN 'wallet' THEN 1000000000000 ELSE 0 END)`,
        )
        .get();
      return !unbalanced && !drift;
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
