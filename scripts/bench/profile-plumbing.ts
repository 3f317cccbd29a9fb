// The floor under a wallet confirmation: what the HTTP stack costs with no engine behind it.
// `node --conditions=source --import tsx scripts/bench/profile-plumbing.ts <mode> [count]`
// prints CPU time per call (autocannon, in this process, included) and the rate, for:
//   node  — bare node:http: reads the JSON body, answers a constant JSON (no database);
//   hono  — @hono/node-server and a Hono app with that one route, nothing else;
//   stack — the sandbox's own app (every middleware, the request log) serving that route;
//   bank  — as stack, the route also taking the Idempotency-Key and running an empty engine
//           transaction that stores the answer (what mount() does around a handler).
// Each sends the headers and body of a wallet confirmation. PROFILE_OUT=file.cpuprofile
// writes a CPU profile of the calls alone.
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { Hono } from 'hono';
import {
  CLIENT_SECRET_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  newIdempotencyKey,
  z,
  type Endpoint,
} from '@xinghui/contract';
import { createSandbox } from '@xinghui/sandbox';
import { SqliteStore, startServer } from '@xinghui/sandbox/node';
import { readBody } from '../../packages/sandbox/src/http/body.js';
import { send } from '../../packages/sandbox/src/http/error-response.js';
import { mount } from '../../packages/sandbox/src/http/mount.js';
import { parseJsonBody } from '../../packages/sandbox/src/http/parse.js';

const MODE = process.argv[2] ?? 'stack';
const COUNT = Number(process.argv[3] ?? 5_000);
const PATH = '/v1/client/bench_echo';
const ANSWER = JSON.stringify({ object: 'bench_echo', ok: true });

async function readNode(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A server for MODE, its URL, the publishable key to send, and how to stop it. */
async function start(): Promise<{ url: string; key: string; close(): Promise<void> }> {
  if (MODE === 'node') {
    const server = createServer((request, response) => {
      void readNode(request).then((text) => {
        JSON.parse(text);
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(ANSWER);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}`,
      key: 'pk_test_none',
      close: () => new Promise((resolve) => server.close(() => resolve())),
    };
  }
  if (MODE === 'hono') {
    const app = new Hono<{ Bindings: { incoming: IncomingMessage } }>();
    app.post(PATH, async (c) => {
      JSON.parse(await readNode(c.env.incoming));
      return c.body(ANSWER, 200, { 'Content-Type': 'application/json' });
    });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}`,
      key: 'pk_test_none',
      close: () => new Promise((resolve) => server.close(() => resolve())),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'xinghui-plumbing-'));
  const sandbox = createSandbox({
    store: new SqliteStore(join(dir, 'bench.db')),
    rateLimits: false,
  });
  if (MODE === 'bank') {
    // A client endpoint would need a session; the secret key's is as much plumbing.
    const endpoint = {
      method: 'POST',
      path: PATH.replace('/client', ''),
      auth: 'secret',
      body: z.object({ payment_method: z.string(), verification_code: z.string() }),
    } as unknown as Endpoint;
    mount(sandbox.app, endpoint, () => ({ object: 'bench_echo', ok: true }));
  } else {
    sandbox.app.post(PATH, async (c) => {
      parseJsonBody(await readBody(c));
      return send(c, { status: 200, body: ANSWER });
    });
  }
  const server = await startServer(sandbox.app, { port: 0, hostname: '127.0.0.1' });
  const reply = await fetch(`${server.url}/v1/sandbox/partners`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: newIdempotencyKey() },
    body: '{}',
  });
  const partner = (await reply.json()) as { publishable_key: string; secret_key: string };
  return {
    url: server.url,
    key: MODE === 'bank' ? partner.secret_key : partner.publishable_key,
    async close() {
      await server.close();
      sandbox.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const server = await start();
const path = MODE === 'bank' ? PATH.replace('/client', '') : PATH;
const profiler = process.env.PROFILE_OUT ? new Session() : undefined;
if (profiler) {
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.start');
}
const cpu = process.cpuUsage();
const result = await autocannon({
  url: server.url,
  connections: 10,
  amount: COUNT,
  requests: [
    {
      setupRequest: (request) => ({
        ...request,
        method: 'POST',
        path,
        headers: {
          Authorization: `Bearer ${server.key}`,
          [CLIENT_SECRET_HEADER]: 'cs_bench_secret_not_checked',
          [IDEMPOTENCY_KEY_HEADER]: newIdempotencyKey(),
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ payment_method: 'wallet', verification_code: '123456' }),
      }),
    },
  ],
});
const used = process.cpuUsage(cpu);
if (profiler) {
  const { profile } = await profiler.post('Profiler.stop');
  writeFileSync(process.env.PROFILE_OUT!, JSON.stringify(profile));
}
const errors = result.errors + result.non2xx;
console.log(
  `${MODE}: ${result.requests.total} calls, ${(result.requests.total / result.duration).toFixed(0)}/s, ` +
    `CPU ${((used.user + used.system) / 1000 / COUNT).toFixed(3)} ms/call, p99 ${result.latency.p99} ms, errors ${errors}`,
);
await server.close();
