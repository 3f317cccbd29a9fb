/**
 * `xinghui-sandbox` as a user runs it: a real process on a real port.
 *
 * The CLI runs from source with tsx; `--conditions=source` makes Node resolve the workspace's
 * `@xinghui/contract` to its TypeScript source, as vitest does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { API_VERSION, LedgerReport } from '@xinghui/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox } from './sandbox.js';
import { SqliteStore } from './store/sqlite-store.js';
import type { AccountRecord } from './engine/core/records.js';
import { codeFor, world } from './testing/harness.js';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running: Run[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const { child } of running.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function cli(...args: string[]): Run {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, TZ: 'Asia/Shanghai' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const run = { child, output: () => output, exited };
  running.push(run);
  return run;
}

/** Waits until the output matches, or fails with what was printed. */
async function waitFor(run: Run, pattern: RegExp, ms = 10_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + ms;
  for (;;) {
    const match = run.output().match(pattern);
    if (match) return match;
    if (run.child.exitCode !== null) {
      throw new Error(`The CLI exited ${run.child.exitCode} first:\n${run.output()}`);
    }
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${pattern}:\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms),
    ),
  ]);
}

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinghui-cli-'));
  dirs.push(dir);
  return join(dir, 'sandbox.db');
}

describe('xinghui-sandbox', () => {
  it('serves the bank on 127.0.0.1 with the keys it prints, and stops cleanly on SIGINT', async () => {
    const run = cli('--memory', '--port', '0');
    const [, url] = await waitFor(run, /listening on (http:\/\/\S+)/);
    const [, secretKey] = await waitFor(run, /secret key:\s+(sk_test_[0-9A-Za-z]+)/);
    const [, publishableKey] = await waitFor(run, /publishable key:\s+(pk_test_[0-9A-Za-z]+)/);
    const address = new URL(url!);
    expect(address.hostname).toBe('127.0.0.1');
    expect(Number(address.port)).toBeGreaterThan(0);

    const buyers = await fetch(`${url}/v1/buyers`, {
      headers: { Authorization: `Bearer ${secretKey}`, 'Xinghui-Version': API_VERSION },
    });
    expect(buyers.status).toBe(200);
    expect(await buyers.json()).toEqual({ object: 'list', data: [], has_more: false });
    const refused = await fetch(`${url}/v1/buyers`, {
      headers: { Authorization: `Bearer ${publishableKey}` },
    });
    expect(refused.status).toBe(403);
    // The request is in the log, as one JSON line.
    await waitFor(run, /"msg":"request".*"path":"\/v1\/buyers"/);

    // Bound to loopback only: no other address of this machine answers.
    const others = Object.values(networkInterfaces())
      .flat()
      // Link-local IPv6 addresses need a scope to be reached at all: they would prove nothing.
      .filter((info) => info && !info.internal && !info.address.startsWith('fe80:'))
      .map((info) => (info!.family === 'IPv6' ? `[${info!.address}]` : info!.address));
    for (const host of ['[::1]', ...others]) {
      await expect(
        fetch(`http://${host}:${address.port}/v1/buyers`, { signal: AbortSignal.timeout(2_000) }),
        host,
      ).rejects.toThrow();
    }

    run.child.kill('SIGINT');
    const exit = await within(run.exited, 5_000, 'Stopping on SIGINT');
    expect(exit).toEqual({ code: 0, signal: null });
    await expect(fetch(`${url}/v1/buyers`)).rejects.toThrow();
  });

  it('verifies the ledger of a SQLite file, and exits 1 when a balance was tampered with', async () => {
    const file = tempFile();
    const sandbox = createSandbox({ store: new SqliteStore(file) });
    const w = await world(sandbox.app);
    await w.page.post('/v1/client/checkout_session/verification_codes');
    const paid = await w.page.post('/v1/client/checkout_session/confirm', {
      payment_method: 'wallet',
      verification_code: await codeFor(w.server, w.session.id),
    });
    expect(paid.status).toBe(200);
    sandbox.close();

    // A copy of the file with one balance changed behind the ledger's back.
    const tampered = tempFile();
    copyFileSync(file, tampered);
    const store = new SqliteStore(tampered);
    const wallet = store.get<AccountRecord>('accounts', w.shop.wallet)!;
    store.update('accounts', { ...wallet, balance: wallet.balance + 1 });
    store.close();

    const good = cli('--db', file, '--verify-ledger');
    const bad = cli('--db', tampered, '--verify-ledger');
    const [goodExit, badExit] = await within(
      Promise.all([good.exited, bad.exited]),
      10_000,
      '--verify-ledger',
    );
    expect(goodExit.code, good.output()).toBe(0);
    const report = LedgerReport.parse(JSON.parse(good.output()));
    // The partner's external account, the wallet and the settlement account; a top-up and a payment.
    expect(report).toMatchObject({ ok: true, accounts_checked: 3, entries_checked: 2 });
    expect(badExit.code, bad.output()).toBe(1);
    expect(LedgerReport.parse(JSON.parse(bad.output()))).toMatchObject({
      ok: false,
      balance_mismatches: [
        { account: w.shop.wallet, recorded: wallet.balance + 1, from_postings: wallet.balance },
      ],
    });
  });

  it('refuses an older file it cannot read with one clear line, and leaves it as it was', async () => {
    const file = tempFile();
    new SqliteStore(file).close();
    const old = new Database(file);
    old.pragma('user_version = 1');
    old
      .prepare(`INSERT INTO loans (id, partner, data) VALUES ('loan_old000001', 'ptn_a', '{}')`)
      .run();
    old.close();

    const run = cli('--db', file, '--port', '0');
    const { code } = await within(run.exited, 10_000, 'an unreadable file');
    expect(code, run.output()).toBe(1);
    expect(run.output()).toMatch(/^xinghui-sandbox: .* older Xinghui sandbox .*Delete the file/);
    expect(run.output()).not.toContain('    at ');
  });
});
