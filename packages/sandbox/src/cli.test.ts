/**
 * `xinghui-sandbox` as a user runs it: a real process on a real port.
 *
 * The CLI runs from source with tsx; `--conditions=source` makes Node resolve the workspace's
 * `@xinghui/contract` to its TypeScript source, as vitest does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
  /** Started as its own process group: cleaning up kills the group (npm, sh and the CLI). */
  detached: boolean;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running: Run[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const { child, detached } of running.splice(0)) {
    try {
      if (detached) process.kill(-child.pid!, 'SIGKILL');
      else if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts the CLI from source, as `npm run sandbox` does. */
function cli(...args: string[]): Run {
  return start(process.execPath, [...FROM_SOURCE, ...args]);
}

const FROM_SOURCE = ['--conditions=source', '--import', 'tsx', CLI];

function start(command: string, args: string[], detached = false): Run {
  const child = spawn(command, args, {
    cwd: ROOT,
    detached,
    env: { ...process.env, TZ: 'Asia/Shanghai' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const run = { child, detached, output: () => output, exited };
  running.push(run);
  return run;
}

/** Resolves once nothing answers at `url` any more, or fails after `ms`. */
async function stopsAnswering(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      await fetch(`${url}/v1/buyers`, { signal: AbortSignal.timeout(500) });
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} still answers after ${ms} ms`);
}

/** Waits until the output matches, or fails with what was printed. */
async function waitFor(run: Run, pattern: RegExp, ms = 45_000): Promise<RegExpMatchArray> {
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

// Each test starts Node with tsx on the sandbox's sources: seconds on a busy 2-core machine.
describe('xinghui-sandbox', { timeout: 60_000 }, () => {
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
      45_000,
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
    const { code } = await within(run.exited, 45_000, 'an unreadable file');
    expect(code, run.output()).toBe(1);
    expect(run.output()).toMatch(/^xinghui-sandbox: .* older Xinghui sandbox .*Delete the file/);
    expect(run.output()).not.toContain('    at ');
  });

  it.each([
    [['--prot', '4400'], /^xinghui-sandbox: Unknown option '--prot'.*--help/],
    [['--port', '44OO'], /^xinghui-sandbox: --port must be a whole number from 0 to 65535.*"44OO"/],
    [['--port', '70000'], /^xinghui-sandbox: --port must be a whole number/],
    [['--port'], /^xinghui-sandbox: Option '--port <value>' argument missing/],
    [
      ['--rules', 'no-such-rules.json'],
      /^xinghui-sandbox: --rules: cannot read "no-such-rules.json" as JSON/,
    ],
  ])('refuses %j with one line and exit 1', async (args, message) => {
    const run = cli('--memory', ...args);
    const { code } = await within(run.exited, 45_000, 'a bad flag');
    expect(code, run.output()).toBe(1);
    expect(run.output()).toMatch(message);
    expect(run.output().trim().split('\n')).toHaveLength(1);
  });

  it('says the port is taken, in one line, and exits 1', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = taken.address() as AddressInfo;
      const run = cli('--memory', '--port', String(port));
      const { code } = await within(run.exited, 45_000, 'a taken port');
      expect(code, run.output()).toBe(1);
      expect(run.output().trim()).toBe(
        `xinghui-sandbox: port ${port} on 127.0.0.1 is already in use (another sandbox?). ` +
          'Stop it, or pick another port with --port <n> (--port 0 picks a free one).',
      );
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('--json prints one line a script can read: the address, the partner and working keys', async () => {
    const run = cli('--memory', '--port', '0', '--json');
    await waitFor(run, /\n/);
    const stdout: string[] = [];
    run.child.stdout!.on('data', (chunk: string) => stdout.push(chunk));
    const ready = JSON.parse(run.output().split('\n')[0]!) as {
      url: string;
      store: string;
      partner: { id: string; name: string; allowed_origins: string[] };
      secret_key: string;
      publishable_key: string;
    };
    expect(ready).toMatchObject({
      store: 'memory',
      partner: { id: expect.stringMatching(/^ptn_/), name: 'Default test partner' },
      secret_key: expect.stringMatching(/^sk_test_/),
      publishable_key: expect.stringMatching(/^pk_test_/),
    });
    const buyers = await fetch(`${ready.url}/v1/buyers`, {
      headers: { Authorization: `Bearer ${ready.secret_key}` },
    });
    expect(buyers.status).toBe(200);
    // The request log went to stderr: stdout stays the one JSON line.
    await waitFor(run, /"msg":"request"/);
    expect(stdout.join('')).toBe('');
  });

  it.each([
    ['SIGTERM to npm alone, as `kill <pid of npx>`', 'npm', 'SIGTERM'],
    ['SIGINT to the whole process group, as Ctrl-C in a terminal', 'group', 'SIGINT'],
  ] as const)('stops listening when npm exec gets %s', async (_, target, signal) => {
    // npm exec -> sh -c -> node: the same chain as `npx xinghui-sandbox`.
    const npm = start(
      'npm',
      ['exec', '--offline', '--', 'node', ...FROM_SOURCE, '--memory', '--port', '0', '--json'],
      true,
    );
    const [, url] = await waitFor(npm, /"url":"(http:\/\/[^"]+)"/, 45_000);
    expect((await fetch(`${url}/v1/buyers`)).status).toBe(401);
    if (target === 'npm') npm.child.kill(signal);
    else process.kill(-npm.child.pid!, signal);
    await stopsAnswering(url!, 5_000);
  });

  it('stops listening when its parent is killed outright and no signal reaches it', async () => {
    // A parent that starts the CLI and is then SIGKILLed: the CLI is orphaned, not signalled.
    const parent = start(
      process.execPath,
      [
        '-e',
        `require('node:child_process').spawn(process.execPath, ${JSON.stringify([
          ...FROM_SOURCE,
          '--memory',
          '--port',
          '0',
          '--json',
        ])}, { stdio: 'inherit' })`,
      ],
      true,
    );
    const [, url] = await waitFor(parent, /"url":"(http:\/\/[^"]+)"/, 45_000);
    parent.child.kill('SIGKILL');
    await stopsAnswering(url!, 5_000);
  });

  it('has its bin in the repository, not only in a build, so `npm ci` links it', () => {
    const pkg = JSON.parse(readFileSync(join(dirname(CLI), '..', 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
    };
    const bin = pkg.bin['xinghui-sandbox']!;
    expect(bin).not.toMatch(/^(\.\/)?dist\//);
    expect(existsSync(join(dirname(CLI), '..', bin))).toBe(true);
  });
});
