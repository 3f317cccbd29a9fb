// Both senders against real sockets on 127.0.0.1: ky's (the default) and the SDK's own loop on
// `fetch` must behave the same, since either may carry a page's calls.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { buyerEndpoints } from '@xinghui/contract';
import { afterEach, describe, expect, it } from 'vitest';
import {
  XinghuiConnectionError,
  XinghuiInvalidRequestError,
  XinghuiRateLimitError,
} from '../errors/index.js';
import { SECRET_KEY, buyer, errorBody } from '../testing/fixtures.js';
import { bySchema } from './check.js';
import { fetchSender } from './fetch-sender.js';
import type { HttpTransport } from './http-transport.js';
import { kySender } from './ky-sender.js';
import type { RetryInfo } from './options.js';
import type { Sender } from './sender.js';
import { Transport } from './transport.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => {
      const closing = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      return closing;
    }),
  );
});

interface Seen {
  method?: string;
  key?: string;
  type?: string;
  body: string;
}

/** An HTTP server on 127.0.0.1 whose handler sees each request (body read) and its number. */
async function bank(handler: (response: ServerResponse, n: number, seen: Seen) => void) {
  const requests: Seen[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const seen = {
        method: request.method,
        key: request.headers['idempotency-key'] as string | undefined,
        type: request.headers['content-type'],
        body,
      };
      requests.push(seen);
      handler(response, requests.length, seen);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}`, requests };
}

const json = (response: ServerResponse, status: number, body: unknown, headers = {}) => {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
};

const newBuyer = { business_name: '贝贝母婴生活馆', owner_name: '王芳', phone: '13800138000' };

/** An injected transport on `fetch` that keeps the timeout itself, as a partner's would. */
const fetchTransport: HttpTransport = async ({ method, url, headers, body, timeout, signal }) => {
  const timer = AbortSignal.timeout(timeout);
  const response = await fetch(url, {
    method,
    headers,
    body,
    signal: signal ? AbortSignal.any([signal, timer]) : timer,
  });
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: await response.text(),
  };
};

describe.each([
  ['ky', kySender, {}],
  ['fetch', fetchSender, {}],
  ['injected transport', fetchSender, { transport: fetchTransport }],
] as [string, Sender, object][])('the %s sender', (_name, send, wiring) => {
  const transport = (baseUrl: string, retries: RetryInfo[] = [], options = {}) =>
    new Transport(
      SECRET_KEY,
      {
        baseUrl,
        initialRetryDelayMs: 2,
        maxRetryDelayMs: 4,
        onRetry: (info) => retries.push(info),
        ...wiring,
        ...options,
      },
      { send, check: bySchema },
    );

  it('sends a POST as JSON and retries a 503 with the same idempotency key', async () => {
    const { url, requests } = await bank((response, n) =>
      n === 1
        ? json(response, 503, errorBody('api_error', 'internal_error'))
        : json(response, 200, buyer()),
    );
    const retries: RetryInfo[] = [];
    const created = await transport(url, retries).request(buyerEndpoints.createBuyer, {
      body: newBuyer,
    });
    expect(created).toEqual(buyer());
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({ method: 'POST', type: 'application/json' });
    expect(JSON.parse(requests[0]!.body)).toEqual(newBuyer);
    expect(requests[1]!.key).toBe(requests[0]!.key);
    expect(retries.map((r) => r.attempt)).toEqual([1]);
  });

  it('stops after maxRetries and throws the last error', async () => {
    const { url, requests } = await bank((response) =>
      json(response, 503, errorBody('api_error', 'internal_error')),
    );
    const error = await transport(url, [], { maxRetries: 2 })
      .request(buyerEndpoints.retrieveBuyer, { id: 'buy_a1B2c3D4e5F6g7H8' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, retryable: true });
    expect(requests).toHaveLength(3);
  });

  it('never retries what will fail again, nor a Retry-After beyond the bound', async () => {
    const invalid = await bank((response) =>
      json(response, 400, errorBody('invalid_request_error', 'parameter_invalid')),
    );
    await expect(
      transport(invalid.url).request(buyerEndpoints.createBuyer, { body: newBuyer }),
    ).rejects.toBeInstanceOf(XinghuiInvalidRequestError);
    expect(invalid.requests).toHaveLength(1);
    const limited = await bank((response) =>
      json(response, 429, errorBody('rate_limit_error', 'rate_limited'), { 'Retry-After': '60' }),
    );
    const error = await transport(limited.url)
      .request(buyerEndpoints.retrieveBuyer, { id: 'buy_a1B2c3D4e5F6g7H8' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XinghuiRateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 60_000 });
    expect(limited.requests).toHaveLength(1);
  });

  it('times an attempt out as a connection error that may have succeeded, and retries it', async () => {
    const { url, requests } = await bank((response) => {
      setTimeout(() => json(response, 200, buyer()), 2_000);
    });
    const error = await transport(url, [], { timeout: 200, maxRetries: 1 })
      .request(buyerEndpoints.createBuyer, { body: newBuyer })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XinghuiConnectionError);
    expect(error).toMatchObject({ timedOut: true, mayHaveSucceeded: true });
    await expect.poll(() => requests.length).toBe(2);
    expect(requests[1]!.key).toBe(requests[0]!.key);
  });

  it('reads a refused connection as one that never reached the bank', async () => {
    const closed = createTcpServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise((resolve) => closed.close(resolve));
    const retries: RetryInfo[] = [];
    const error = await transport(`http://127.0.0.1:${port}`, retries, { maxRetries: 1 })
      .request(buyerEndpoints.createBuyer, { body: newBuyer })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'XinghuiConnectionError', mayHaveSucceeded: false });
    expect(retries).toHaveLength(1);
  });

  it('gives up at once when the caller aborts during a wait between retries', async () => {
    const { url, requests } = await bank((response) =>
      json(response, 503, errorBody('api_error', 'internal_error')),
    );
    const controller = new AbortController();
    const pending = transport(url, [], {
      initialRetryDelayMs: 60_000,
      maxRetryDelayMs: 60_000,
      onRetry: () => setTimeout(() => controller.abort(new Error('left the page')), 10),
    }).request(buyerEndpoints.retrieveBuyer, {
      id: 'buy_a1B2c3D4e5F6g7H8',
      options: { signal: controller.signal },
    });
    await expect(pending).rejects.toThrow('left the page');
    expect(requests).toHaveLength(1);
  });
});
