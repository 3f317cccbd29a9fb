/**
 * The tools as a user runs them: `xinghui-sandbox` started for real on 127.0.0.1 port 0 (it
 * writes its keys file), then `xinghui-sandbox <tool> …` processes against it, reading that
 * file. Every process is stopped after its test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  API_VERSION,
  SIGNATURE_HEADER,
  verifyWebhookSignature,
  type Event,
  type WebhookEndpoint,
} from '@xinghui/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, type Receiver } from '../testing/webhook-receiver.js';
import type { KeysFile } from './keys-file.js';

const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
const FROM_SOURCE = ['--conditions=source', '--import', 'tsx', CLI];

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

const running: Run[] = [];

function start(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const child = spawn(process.execPath, [...FROM_SOURCE, ...args], {
    cwd: ROOT,
    env: { ...process.env, XINGHUI_SECRET_KEY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const run = { child, stdout: () => stdout, stderr: () => stderr, exited };
  running.push(run);
  return run;
}

/** Runs a tool to its end: its exit code and what it printed. */
async function tool(...args: string[]) {
  const run = start([...args, '--keys-file', keysFile]);
  const code = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

async function waitFor(read: () => string, pattern: RegExp, ms = 45_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const match = read().match(pattern);
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${pattern}:\n${read()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

let dir: string;
let keysFile: string;
let keys: KeysFile;
let receiver: Receiver;

/** A call of the running sandbox's API with a key. */
function api(path: string, key = keys.secret_key, init: RequestInit = {}) {
  return fetch(`${keys.url}${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${key}`,
      'Xinghui-Version': API_VERSION,
      'Content-Type': 'application/json',
      'Idempotency-Key': `test-${Math.random()}`,
      ...init.headers,
    },
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xinghui-tools-'));
  keysFile = join(dir, 'sandbox.keys.json');
  const server = start(['--memory', '--port', '0', '--json', '--keys-file', keysFile]);
  const [line] = await waitFor(server.stdout, /^\{.*\}\n/);
  const ready = JSON.parse(line!) as { url: string; secret_key: string };
  keys = JSON.parse(readFileSync(keysFile, 'utf8')) as KeysFile;
  expect(keys).toMatchObject({ url: ready.url, secret_key: ready.secret_key });
  receiver = await startReceiver();
}, 60_000);

afterAll(async () => {
  for (const { child } of running.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  await receiver?.close();
  rmSync(dir, { recursive: true, force: true });
});

// Each tool is a Node process on the sandbox's sources with tsx: seconds on a busy machine.
describe('xinghui-sandbox tools', { timeout: 90_000 }, () => {
  it('the sandbox writes its URL and test partner’s keys for the tools, owner-only', () => {
    expect(keys).toMatchObject({
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      partner: expect.stringMatching(/^ptn_/),
      secret_key: expect.stringMatching(/^sk_test_/),
      publishable_key: expect.stringMatching(/^pk_test_/),
    });
    expect(statSync(keysFile).mode & 0o777).toBe(0o600);
  });

  it('trigger fires an event and prints what it made; an unknown type gets close matches', async () => {
    const ok = await tool('trigger', 'payment.succeeded');
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^Triggered payment\.succeeded: evt_\w+\n/);
    expect(ok.stdout).toMatch(/ buyer +buy_\w+\n/);
    expect(ok.stdout).toMatch(/ payment +pay_\w+\n/);

    const json = await tool('trigger', 'escrow.held', '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({
      type: 'escrow.held',
      event: expect.any(String),
    });

    const bad = await tool('trigger', 'payment.sucess');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^xinghui-sandbox trigger: unknown event type "payment.sucess": did you mean payment\.succeeded/,
      ),
    ]);
  });

  it('events --tail prints each new event and delivery attempt, and stops on Ctrl-C', async () => {
    await api('/v1/webhook_endpoints', keys.secret_key, {
      method: 'POST',
      body: JSON.stringify({ url: receiver.url, enabled_events: ['consent.revoked'] }),
    });
    const tail = start(['events', '--tail', '--interval', '100', '--keys-file', keysFile]);
    await waitFor(tail.stderr, /Tailing events of http/);
    const fired = await tool('trigger', 'consent.revoked');
    expect(fired.code, fired.stderr).toBe(0);
    const [, id] = /(evt_\w+)/.exec(fired.stdout)!;
    await waitFor(
      tail.stdout,
      new RegExp(`consent\\.revoked +${id} +con_\\w+ +\\(by request req_`),
    );
    await waitFor(
      tail.stdout,
      new RegExp(`-> we_\\w+ ${id} +attempt 1: succeeded \\(204\\) in \\d+ ms`),
    );
    // Only what happened after it started: the earlier triggers are not printed.
    expect(tail.stdout()).not.toContain('payment.succeeded');
    tail.child.kill('SIGINT');
    expect(await tail.exited).toBe(0);

    const json = await tool('events', '--limit', '1', '--json');
    const lines = json.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string });
    expect(lines.map((event) => event.type)).toEqual(['consent.revoked']);
  });

  it('webhooks test sends a signed delivery now and prints the answer; a 500 exits 1', async () => {
    const made = await api('/v1/webhook_endpoints', keys.secret_key, {
      method: 'POST',
      body: JSON.stringify({ url: `${receiver.url}/test`, enabled_events: ['loan.repaid'] }),
    });
    const endpoint = (await made.json()) as WebhookEndpoint;
    const before = receiver.received.length;
    const ok = await tool('webhooks', 'test', `${receiver.url}/test`);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(
      /^POST http:\/\/127\.0\.0\.1:\d+\/webhooks\/test\n {2}ok: HTTP 204 in \d+ ms\n/,
    );
    const delivery = receiver.received[before]!;
    await expect(
      verifyWebhookSignature({
        payload: delivery.body,
        header: String(delivery.headers[SIGNATURE_HEADER.toLowerCase()]),
        secret: endpoint.secret!,
      }),
    ).resolves.toBeUndefined();
    // A test event by default, for that endpoint only; --event re-sends a real one.
    expect(JSON.parse(delivery.body)).toMatchObject({
      type: 'webhook_endpoint.test',
      data: { object: { object: 'webhook_test', webhook_endpoint: endpoint.id } },
    });
    const [real] = (
      (await (await api('/v1/events?type=consent.revoked&limit=1')).json()) as { data: Event[] }
    ).data;
    const resent = await tool('webhooks', 'test', endpoint.id, '--event', real!.id, '--json');
    expect(resent.code, resent.stderr).toBe(0);
    expect(JSON.parse(resent.stdout)).toMatchObject({
      event: real!.id,
      event_type: 'consent.revoked',
      status: 'succeeded',
      response_status: 204,
      request: { url: `${receiver.url}/test`, body: expect.stringContaining(real!.id) },
      response: { status: 204 },
    });

    const failing = await tool(
      'webhooks',
      'test',
      'http://webhooks.xinghui.test/status/500',
      '--create',
      '--json',
    );
    expect(failing.code).toBe(1);
    expect(JSON.parse(failing.stdout)).toMatchObject({
      object: 'webhook_test',
      status: 'failed',
      response_status: 500,
      manual: true,
    });

    const unknown = await tool('webhooks', 'test', 'https://nowhere.example/hook');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no webhook endpoint of this partner has the URL .*--create/);
  });

  it('clock advance moves the test clock and prints what fired; a bad duration exits 2', async () => {
    const before = (await (await api('/v1/test_clocks/current')).json()) as { now: number };
    const moved = await tool('clock', 'advance', '1d12h', '--json');
    expect(moved.code, moved.stderr).toBe(0);
    const result = JSON.parse(moved.stdout) as { now: number; advanced_seconds: number };
    expect(result.advanced_seconds).toBe(129_600);
    expect(result.now - before.now).toBeGreaterThanOrEqual(129_600);

    const text = await tool('clock', 'advance', '30m');
    expect(text.stdout).toMatch(/^Test clock advanced 30m: now \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n/);

    const bad = await tool('clock', 'advance', '3 days');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe(
      'xinghui-sandbox clock: the duration must be a duration such as 30m, 1h or 3d (s, m, h, d; no spaces), got "3 days".',
    );
    const bare = await tool('clock', 'advance', '30');
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/must be a duration such as 30m, 1h or 3d/);
  });

  it('keys roll gives a new key, updates the keys file, and the old key ends with the overlap', async () => {
    const old = keys.secret_key;
    const rolled = await tool('keys', 'roll', '--overlap', '1h', '--json');
    expect(rolled.code, rolled.stderr).toBe(0);
    const result = JSON.parse(rolled.stdout) as { secret_key: string; keys_file: string };
    expect(result.keys_file).toBe(keysFile);
    const updated = JSON.parse(readFileSync(keysFile, 'utf8')) as KeysFile;
    expect(updated.secret_key).toBe(result.secret_key);
    expect(statSync(keysFile).mode & 0o777).toBe(0o600);

    expect((await api('/v1/buyers', old)).status).toBe(200);
    // The tools now use the new key: past the overlap, the old one is refused.
    expect((await tool('clock', 'advance', '61m')).code).toBe(0);
    const refused = await api('/v1/buyers', old);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
      'api_key_expired',
    );
    expect((await api('/v1/buyers', result.secret_key)).status).toBe(200);
    keys = updated;
  });

  it('says, in one line, when no key is given or nothing answers', async () => {
    const none = start(['clock', 'advance', '1h', '--keys-file', join(dir, 'missing.json')]);
    expect(await none.exited).toBe(2);
    expect(none.stderr().trim()).toBe(
      `xinghui-sandbox clock: cannot read the keys file "${join(dir, 'missing.json')}".`,
    );

    const gone = start(['events', '--url', 'http://127.0.0.1:9', '--secret-key', keys.secret_key]);
    expect(await gone.exited).toBe(1);
    expect(gone.stderr().trim()).toBe(
      'xinghui-sandbox events: nothing answers at http://127.0.0.1:9: start the sandbox (npx xinghui-sandbox) or pass --url.',
    );
    const help = await tool('trigger', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('escrow.refunded');
  });
});
