/**
 * The HTTP layer over a real socket on 127.0.0.1, where the socket matters: a request cut
 * mid-body, a huge body, the Host header (issue 11, findings 4 and 5).
 */
import { connect } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  API_VERSION,
  API_VERSION_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAY_HEADER,
  type Buyer,
  type Partner,
} from '@xinghui/contract';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { keysInFlight, reserveKey, serverCredential } from './http/idempotency.js';
import type { LogEntry } from './logger.js';
import type { PartnerRecord } from './engine/core/records.js';
import { createSandbox, type Sandbox } from './sandbox.js';
import { startServer, type RunningServer } from './server.js';
import { SqliteStore } from './store/sqlite-store.js';
import { SHOP, creditCodeOf, newKey, newPartner } from './testing/harness.js';

const started: { sandbox: Sandbox; server?: RunningServer }[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const { sandbox, server } of started.splice(0)) {
    await server?.close();
    sandbox.close();
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function serve(options: Parameters<typeof createSandbox>[0] = {}) {
  const logs: LogEntry[] = [];
  const sandbox = createSandbox({ log: (entry) => logs.push(entry), ...options });
  const server = await startServer(sandbox.app, { port: 0 });
  started.push({ sandbox, server });
  return { sandbox, server, logs };
}

/**
 * Writes raw bytes to the server and collects what comes back until the server closes or
 * `end` is called; `close` resolves once the socket is closed.
 */
function rawSocket(port: number) {
  const socket = connect(port, '127.0.0.1');
  let received = '';
  socket.setEncoding('latin1').on('data', (chunk: string) => (received += chunk));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return {
    socket,
    received: () => received,
    closed,
    /** Resolves with the status line's code once a whole head has arrived. */
    status: async (ms = 10_000) => {
      const deadline = Date.now() + ms;
      while (!/\r\n\r\n/.test(received)) {
        if (Date.now() > deadline) throw new Error(`No answer; got ${JSON.stringify(received)}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1]);
    },
  };
}

async function until(check: () => boolean, what: string, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function head(port: number, lines: Record<string, string>, request = 'POST /v1/buyers') {
  return (
    `${request} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
    Object.entries(lines)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('') +
    '\r\n'
  );
}

async function createBuyer(
  server: RunningServer,
  partner: Partner,
  key: string,
  credit_code = SHOP.credit_code,
) {
  return fetch(`${server.url}/v1/buyers`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${partner.secret_key}`,
      'Content-Type': 'application/json',
      [API_VERSION_HEADER]: API_VERSION,
      [IDEMPOTENCY_KEY_HEADER]: key,
    },
    body: JSON.stringify({ ...SHOP, credit_code }),
  });
}

describe('a request cut before its body ends', () => {
  it('frees its idempotency key at once, and the log calls it a disconnect', async () => {
    const { sandbox, server, logs } = await serve();
    const { partner } = await newPartner(sandbox.app);
    const key = newKey();
    const body = JSON.stringify(SHOP);
    const cut = rawSocket(server.port);
    cut.socket.write(
      head(server.port, {
        Authorization: `Bearer ${partner.secret_key}`,
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(body)),
        [IDEMPOTENCY_KEY_HEADER]: key,
      }) + body.slice(0, 5),
    );
    await until(() => keysInFlight(sandbox.bank.store) === 1, 'the key to be taken');
    // Taken in memory only: the store has nothing until the request's own transaction.
    expect(sandbox.bank.store.find('idempotency_keys', { where: { partner: partner.id } })).toEqual(
      [],
    );
    cut.socket.destroy();
    await cut.closed;
    await until(() => logs.some((entry) => entry.msg === 'client disconnected'), 'the log line');

    // The retry runs at once: no 409 idempotency_key_in_use for a request that never ran.
    const retry = await createBuyer(server, partner, key);
    expect(retry.status, await retry.clone().text()).toBe(200);
    expect(retry.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBeNull();
    expect(((await retry.json()) as Buyer).business_name).toBe(SHOP.business_name);
    expect(logs.filter((entry) => entry.msg === 'internal error')).toEqual([]);
    const disconnect = logs.find((entry) => entry.msg === 'client disconnected')!;
    expect(disconnect).toMatchObject({ method: 'POST', path: '/v1/buyers' });
  });
});

describe('a process that died holding keys', () => {
  it('leaves them free for the next process on the same SQLite file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xinghui-inflight-'));
    dirs.push(dir);
    const file = join(dir, 'sandbox.db');
    const key = newKey();
    const first = createSandbox({ store: new SqliteStore(file) });
    const { partner } = await newPartner(first.app);
    // A process killed between taking the key and committing leaves nothing in the file.
    const record = first.bank.store.get<PartnerRecord>('partners', partner.id)!;
    const scope = { partner: record, credential: serverCredential(partner.secret_key), key };
    expect(reserveKey(first.bank, scope)).toEqual({ kind: 'reserved' });
    expect(reserveKey(first.bank, scope)).toEqual({ kind: 'in_use' });
    expect(first.bank.store.find('idempotency_keys', {})).toEqual([]);
    // What an older sandbox, which stored keys before answering, left behind when it died.
    const other = newKey();
    first.bank.store.insert('idempotency_keys', {
      id: `${partner.id}:${scope.credential}:${other}`,
      partner: partner.id,
      credential: scope.credential,
      fingerprint: '',
      state: 'in_progress',
      status: 0,
      body: '',
      reserved_at_ms: Date.now(),
      created: record.created,
    });
    first.close();

    const { server } = await serve({ store: new SqliteStore(file) });
    const retry = await createBuyer(server, partner, key);
    expect(retry.status, await retry.clone().text()).toBe(200);
    const retryOfOld = await createBuyer(server, partner, other, creditCodeOf(2));
    expect(retryOfOld.status, await retryOfOld.clone().text()).toBe(200);
  });

  it('drops the unscoped keys of a format-2 file, and keeps everything else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xinghui-format2-'));
    dirs.push(dir);
    const file = join(dir, 'sandbox.db');
    const first = createSandbox({ store: new SqliteStore(file) });
    const { partner, server } = await newPartner(first.app, {}, { checkLedger: false });
    const key = newKey();
    const buyer = await server.post<Buyer>('/v1/buyers', SHOP, { [IDEMPOTENCY_KEY_HEADER]: key });
    first.close();
    const old = new Database(file);
    old.pragma('user_version = 2');
    old.close();

    const reopened = new SqliteStore(file);
    expect(reopened.find('idempotency_keys', {})).toEqual([]);
    expect(reopened.get('buyers', buyer.body.id)).toBeDefined();
    expect(reopened.get('partners', partner.id)).toBeDefined();
    reopened.close();
  });
});

describe('bodies too large to read', () => {
  it('refuses a 100 MB unauthenticated body by its Content-Length, without reading it', async () => {
    const { sandbox, server } = await serve();
    const partners = [...sandbox.bank.store.scan('partners')].length;
    const huge = rawSocket(server.port);
    huge.socket.write(
      head(
        server.port,
        { 'Content-Type': 'application/json', 'Content-Length': String(100 * 1024 * 1024) },
        'POST /v1/sandbox/partners',
      ) + '{"name":"',
    );
    expect(await huge.status()).toBe(413);
    expect(huge.received()).toContain('"code":"body_too_large"');
    huge.socket.destroy();
    expect([...sandbox.bank.store.scan('partners')]).toHaveLength(partners);
  });

  it('counts a chunked body as it streams, and stops at the limit', async () => {
    const { sandbox, server } = await serve();
    const partners = [...sandbox.bank.store.scan('partners')].length;
    const chunked = rawSocket(server.port);
    chunked.socket.write(
      head(
        server.port,
        { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
        'POST /v1/sandbox/partners',
      ),
    );
    const chunk = `{"name":"${'x'.repeat(16 * 1024)}`;
    // Five 16 KB chunks pass the 64 KB limit; the body never ends.
    for (let i = 0; i < 5; i++)
      chunked.socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    expect(await chunked.status()).toBe(413);
    chunked.socket.destroy();
    expect([...sandbox.bank.store.scan('partners')]).toHaveLength(partners);
  });
});

describe('the Host header over a socket', () => {
  it('answers the loopback names and refuses any other (DNS rebinding)', async () => {
    const { server } = await serve();
    for (const [host, status] of [
      [`127.0.0.1:${server.port}`, 200],
      [`localhost:${server.port}`, 200],
      [`LOCALHOST:${server.port}`, 200],
      [`evil.example.com:${server.port}`, 421],
      [`127.0.0.1.nip.io:${server.port}`, 421],
    ] as const) {
      const socket = rawSocket(server.port);
      socket.socket.write(
        `POST /v1/sandbox/partners HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\n` +
          'Content-Length: 2\r\nConnection: close\r\n\r\n{}',
      );
      expect(await socket.status(), host).toBe(status);
      socket.socket.destroy();
    }
  });
});

describe('the headers of an answer over a socket', () => {
  it('sends each header once, on successes, replays and refusals alike', async () => {
    const { sandbox, server } = await serve();
    const { partner } = await newPartner(sandbox.app);
    const key = newKey();
    const first = await createBuyer(server, partner, key);
    const replay = await createBuyer(server, partner, key);
    const refused = await fetch(`${server.url}/v1/client/checkout_session`, {
      headers: { Authorization: `Bearer ${partner.publishable_key}`, Origin: 'http://page.test' },
    });
    for (const [reply, status] of [
      [first, 200],
      [replay, 200],
      [refused, 403],
    ] as const) {
      expect(reply.status).toBe(status);
      expect(reply.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
      expect(reply.headers.get('Cache-Control')).toBe('no-store');
      expect(reply.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(reply.headers.get('Xinghui-Request-Id')).toMatch(/^req_\w+$/);
      const text = await reply.text();
      expect(Number(reply.headers.get('Content-Length'))).toBe(Buffer.byteLength(text));
    }
    expect(first.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBeNull();
    expect(replay.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBe('true');
    // A page call: Vary always, no CORS for an origin the key does not allow.
    expect(refused.headers.get('Vary')).toBe('Origin');
    expect(refused.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(refused.headers.get('Xinghui-Should-Retry')).toBe('false');
    expect(first.headers.get('Vary')).toBeNull();
  });
});
