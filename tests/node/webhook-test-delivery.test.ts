// `xinghui-sandbox webhooks test <endpoint>` on a fresh sandbox (issue 18): no event exists, yet
// the endpoint gets a signed `webhook_endpoint.test` delivery now. The receiver is a partner's
// handler on 127.0.0.1 that checks the signature with the SDK's `webhooks.constructEvent` and
// answers 200 only when it holds, so the tool's exit 0 proves the signature. Each attempt keeps
// what was sent and what came back, the answer cut at 4 KB.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { WEBHOOK_ATTEMPT_BODY_LIMIT, type WebhookAttempt } from '@xinghui/contract';
import { createSandbox, MemoryStore, type Sandbox } from '@xinghui/sandbox';
import { startServer, type RunningServer } from '@xinghui/sandbox/node';
import { Webhooks, Xinghui, createSandboxPartner, type Event } from '@xinghui/sdk/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../packages/sandbox/src/cli.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let sandbox: Sandbox;
let server: RunningServer;
let handler: Server;
let handlerUrl: string;
/** The signing secret the handler checks with: the endpoint's, set once it is registered. */
let secret = '';
const verified: Event[] = [];
const webhooks = new Webhooks();

/** A partner's webhook handler: 200 with a small JSON body when the signature holds, 400 if not. */
function startHandler(): Promise<void> {
  handler = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.url === '/big') {
        response.writeHead(500, { 'Content-Type': 'text/plain', 'X-Handler': 'big' });
        response.end('x'.repeat(10_000));
        return;
      }
      try {
        const event = webhooks.constructEvent(
          Buffer.concat(chunks),
          String(request.headers['xinghui-signature']),
          secret,
        );
        verified.push(event);
        response.writeHead(200, { 'Content-Type': 'application/json', 'X-Handler': 'ok' });
        response.end(JSON.stringify({ verified: event.type }));
      } catch (error) {
        response.writeHead(400).end(String(error));
      }
    });
  });
  return new Promise((resolve) =>
    handler.listen(0, '127.0.0.1', () => {
      handlerUrl = `http://127.0.0.1:${(handler.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}

/** Runs `xinghui-sandbox <args>` as a user does: its exit code and what it printed. */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, XINGHUI_SECRET_KEY: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

beforeAll(async () => {
  sandbox = createSandbox({ store: new MemoryStore() });
  server = await startServer(sandbox.app, { port: 0 });
  await startHandler();
});
afterAll(async () => {
  await server.close();
  sandbox.close();
  handler.closeAllConnections();
  await new Promise((done) => handler.close(done));
});

type TestResult = WebhookAttempt & { event: string; event_type: string; delivery: string };

describe('webhooks test: a signed test delivery now', { timeout: 60_000 }, () => {
  it('works on a fresh sandbox: the handler verifies it with the SDK and the tool shows both sides', async () => {
    const partner = await createSandboxPartner({ baseUrl: server.url });
    const xinghui = new Xinghui({ secretKey: partner.secret_key, baseUrl: server.url });
    expect((await xinghui.events.list()).data).toEqual([]);
    const endpoint = await xinghui.webhookEndpoints.create({
      url: `${handlerUrl}/hooks`,
      enabled_events: ['payment.succeeded'],
    });
    // Another endpoint that wants everything: a test is for the endpoint tested only.
    await xinghui.webhookEndpoints.create({ url: `${handlerUrl}/big`, enabled_events: ['*'] });
    secret = endpoint.secret!;

    const flags = ['--url', server.url, '--secret-key', partner.secret_key];
    const run = await cli(['webhooks', 'test', `${handlerUrl}/hooks`, ...flags, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as TestResult;
    expect(result).toMatchObject({
      object: 'webhook_test',
      webhook_endpoint: endpoint.id,
      event_type: 'webhook_endpoint.test',
      status: 'succeeded',
      response_status: 200,
      manual: true,
    });

    // The handler checked the signature and read a test event naming the endpoint.
    expect(verified).toHaveLength(1);
    const [event] = verified;
    expect(event).toMatchObject({ id: result.event, type: 'webhook_endpoint.test' });
    if (event!.type !== 'webhook_endpoint.test') throw new Error('not a test event');
    expect(event!.data.object).toEqual({
      object: 'webhook_test',
      webhook_endpoint: endpoint.id,
      url: `${handlerUrl}/hooks`,
    });

    // What was sent (signed headers, the body) and what came back, never the secret.
    expect(result.request).toMatchObject({
      method: 'POST',
      url: `${handlerUrl}/hooks`,
      headers: {
        'Content-Type': 'application/json',
        'Xinghui-Event-Id': result.event,
        'Xinghui-Signature': expect.stringMatching(/^t=\d+,v1=[0-9a-f]{64}$/),
      },
      body_truncated: false,
    });
    expect(JSON.parse(result.request!.body)).toEqual(
      await xinghui.events.retrieve(result.event).then((e) => JSON.parse(JSON.stringify(e))),
    );
    expect(result.response).toEqual({
      status: 200,
      headers: expect.objectContaining({ 'x-handler': 'ok' }),
      body: '{"verified":"webhook_endpoint.test"}',
      body_truncated: false,
    });
    expect(run.stdout).not.toContain(secret);

    // The text form says the answer and the time, and what the endpoint said.
    const text = await cli(['webhooks', 'test', endpoint.id, ...flags]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(
      /^POST http:\/\/127\.0\.0\.1:\d+\/hooks\n {2}ok: HTTP 200 in \d+ ms\n {2}sent webhook_endpoint\.test evt_\w+/,
    );
    expect(text.stdout).toContain('  answered: {"verified":"webhook_endpoint.test"}');

    // Nothing went to the other endpoint, and a test is never retried.
    await sandbox.webhooks.idle();
    const others = (await xinghui.webhookEndpoints.list()).data.filter((e) => e.id !== endpoint.id);
    expect((await xinghui.webhookEndpoints.listDeliveries(others[0]!.id)).data).toEqual([]);
    const [tested] = (
      await xinghui.webhookEndpoints.listDeliveries(endpoint.id, { event: result.event })
    ).data;
    expect(tested).toMatchObject({ status: 'succeeded', next_attempt_at: null });
  });

  it('keeps at most 4 KB of an answer, and a failing endpoint exits 1', async () => {
    const partner = await createSandboxPartner({ baseUrl: server.url });
    const xinghui = new Xinghui({ secretKey: partner.secret_key, baseUrl: server.url });
    const big = await xinghui.webhookEndpoints.create({
      url: `${handlerUrl}/big`,
      enabled_events: ['*'],
    });
    const delivery = await xinghui.webhookEndpoints.sendTest(big.id);
    expect(delivery).toMatchObject({ event_type: 'webhook_endpoint.test', attempts: [] });
    await sandbox.webhooks.idle();
    const [done] = (await xinghui.webhookEndpoints.listDeliveries(big.id)).data;
    expect(done).toMatchObject({ status: 'failed', next_attempt_at: null });
    const [attempt] = done!.attempts;
    expect(attempt!.response).toMatchObject({
      status: 500,
      headers: expect.objectContaining({ 'x-handler': 'big' }),
      body_truncated: true,
    });
    expect(attempt!.response!.body).toBe('x'.repeat(WEBHOOK_ATTEMPT_BODY_LIMIT));

    const run = await cli([
      'webhooks',
      'test',
      big.id,
      '--url',
      server.url,
      '--secret-key',
      partner.secret_key,
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAILED: HTTP 500 in \d+ ms/);
  });
});
