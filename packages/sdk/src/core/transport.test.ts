// The transport against real sockets on 127.0.0.1: what a connection failure looks like from
// Node's fetch decides `mayHaveSucceeded`, so these tests fail the way a network does.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  XinghuiConnectionError,
  XinghuiIdempotencyError,
  XinghuiIdempotencyKeyInUseError,
  XinghuiRateLimitError,
  isXinghuiConnectionError,
  type RetryInfo,
} from '../server.js';
import { createClient } from '../client.js';
import { Xinghui } from '../xinghui.js';
import {
  CLIENT_SECRET,
  PUBLISHABLE_KEY,
  SECRET_KEY,
  buyer,
  errorBody,
} from '../testing/fixtures.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => {
      const closing = new Promise((resolve) => server.close(resolve));
      // Answers still being delayed must not hold the next test up.
      if ('closeAllConnections' in server)
        (server as { closeAllConnections(): void }).closeAllConnections();
      return closing;
    }),
  );
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

/** An HTTP server whose handler sees each request, with its body read, and its number. */
function http(handler: (request: IncomingMessage, response: ServerResponse, n: number) => void) {
  let n = 0;
  return listen(
    createServer((request, response) => {
      request.resume();
      request.on('end', () => handler(request, response, ++n));
    }),
  );
}

/** A TCP server that does `onData` with the raw socket once the request's first bytes arrive. */
function tcp(onData: (socket: Socket, n: number) => void) {
  let n = 0;
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.once('data', () => onData(socket, ++n));
    socket.on('error', () => undefined);
  });
  server.on('close', () => sockets.forEach((socket) => socket.destroy()));
  const originalClose = server.close.bind(server);
  server.close = (callback) => {
    sockets.forEach((socket) => socket.destroy());
    return originalClose(callback);
  };
  return listen(server);
}

/** A port nothing listens on. */
async function closedPort(): Promise<string> {
  const server = createTcpServer();
  const url = await listen(server);
  servers.pop();
  await new Promise((resolve) => server.close(resolve));
  return url;
}

function client(baseUrl: string, retries: RetryInfo[] = [], options = {}) {
  return new Xinghui({
    secretKey: SECRET_KEY,
    baseUrl,
    initialRetryDelayMs: 2,
    maxRetryDelayMs: 10,
    onRetry: (info) => retries.push(info),
    ...options,
  });
}

const newBuyer = {
  business_name: '贝贝母婴生活馆',
  credit_code: '91440300708461136T',
  owner_name: '林晓梅',
  phone: '13800138000',
  industry: 'mother_baby' as const,
};

const json = (response: ServerResponse, status: number, body: unknown, headers = {}) => {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
};

async function failure(promise: Promise<unknown>): Promise<XinghuiConnectionError> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(isXinghuiConnectionError(error), String(error)).toBe(true);
  return error as XinghuiConnectionError;
}

describe('mayHaveSucceeded', () => {
  it('is false when the connection is refused: the request never left', async () => {
    const retries: RetryInfo[] = [];
    const error = await failure(client(await closedPort(), retries).buyers.create(newBuyer));
    expect(error).toMatchObject({ mayHaveSucceeded: false, timedOut: false, retryable: true });
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(retries).toHaveLength(2); // retried all the same: nothing can be applied twice
  });

  it('is false when the host name does not resolve', async () => {
    const error = await failure(
      client('http://no-such-bank.invalid', [], { maxRetries: 0 }).buyers.create(newBuyer),
    );
    expect(error.mayHaveSucceeded).toBe(false);
  });

  it('is false when TLS fails before anything is sent', async () => {
    const plain = await http((_request, response) => json(response, 200, buyer()));
    const error = await failure(
      client(plain.replace('http:', 'https:'), [], { maxRetries: 0 }).buyers.create(newBuyer),
    );
    expect(error.mayHaveSucceeded).toBe(false);
  });

  it('from the page’s client: false when refused, true when TLS fails (Node’s TLS codes are the server SDK’s)', async () => {
    // A browser never explains a failed fetch, so the page's client carries only the codes of a
    // connection never made, which an injected transport may also report.
    const page = (baseUrl: string) =>
      createClient({ publishableKey: PUBLISHABLE_KEY, baseUrl, maxRetries: 0 });
    const refused = await failure(
      page(await closedPort()).checkoutSessions.retrieve(CLIENT_SECRET),
    );
    expect(refused.mayHaveSucceeded).toBe(false);
    const plain = await http((_request, response) => json(response, 200, buyer()));
    const tls = await failure(
      page(plain.replace('http:', 'https:')).checkoutSessions.retrieve(CLIENT_SECRET),
    );
    expect(tls.mayHaveSucceeded).toBe(true);
  });

  it('is true when the connection is reset after the request was sent', async () => {
    const url = await tcp((socket) => socket.destroy());
    const error = await failure(client(url, [], { maxRetries: 0 }).buyers.create(newBuyer));
    expect(error).toMatchObject({ mayHaveSucceeded: true, timedOut: false });
  });

  it('is true when the answer is cut off mid-body, and the cut answer is retried', async () => {
    const url = await tcp((socket, n) => {
      if (n === 1) {
        socket.write(
          'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"id":',
        );
        setTimeout(() => socket.destroy(), 10);
      } else {
        const body = JSON.stringify(buyer());
        socket.end(
          `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      }
    });
    const retries: RetryInfo[] = [];
    await expect(client(url, retries).buyers.create(newBuyer)).resolves.toEqual(buyer());
    expect(retries).toHaveLength(1);
    expect(retries[0]!.error).toMatchObject({
      name: 'XinghuiConnectionError',
      mayHaveSucceeded: true,
    });

    const cutOnly = await tcp((socket) => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{"id":');
      setTimeout(() => socket.destroy(), 10);
    });
    const error = await failure(client(cutOnly, [], { maxRetries: 0 }).buyers.create(newBuyer));
    expect(error).toMatchObject({ mayHaveSucceeded: true });
    expect(error.message).toMatch(/cut off/);
  });

  it('is true on a timeout, which is retried with the same idempotency key', async () => {
    const keys: (string | undefined)[] = [];
    const url = await http((request, response) => {
      keys.push(request.headers['idempotency-key'] as string | undefined);
      setTimeout(() => json(response, 200, buyer()), 2_000);
    });
    const retries: RetryInfo[] = [];
    const error = await failure(
      client(url, retries, { timeout: 400, maxRetries: 1 }).buyers.create(newBuyer),
    );
    expect(error).toMatchObject({ mayHaveSucceeded: true, timedOut: true, retryable: true });
    expect(retries).toHaveLength(1);
    await expect.poll(() => keys.length).toBe(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    // The key the SDK made is on the error, to send the same request again safely.
    expect(error.idempotencyKey).toBe(keys[0]);
  });

  it('stays true when an attempt may have arrived, even if the last one never left', async () => {
    // The first attempt reaches a bank that then goes away; the retry finds the port closed.
    let url = '';
    url = await tcp((socket) => {
      socket.destroy();
      const server = servers.pop()!;
      server.close();
    });
    const error = await failure(client(url, [], { maxRetries: 1 }).buyers.create(newBuyer));
    expect(error.cause).toMatchObject({ cause: { code: 'ECONNREFUSED' } });
    expect(error.mayHaveSucceeded).toBe(true);
    expect(error.message).toMatch(/an earlier attempt may have reached the bank/);
  });
});

describe('retries through ky', () => {
  it('throws a Retry-After beyond maxRetryAfterMs at once, with the wait it asked for', async () => {
    let calls = 0;
    const url = await http((_request, response) => {
      calls += 1;
      json(response, 429, errorBody('rate_limit_error', 'rate_limited'), { 'Retry-After': '6' });
    });
    const started = Date.now();
    const error = await client(url)
      .buyers.retrieve('buy_a1B2c3D4e5F6g7H8')
      .catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(calls).toBe(1);
    expect(error).toBeInstanceOf(XinghuiRateLimitError);
    expect(error).toMatchObject({ retryable: true, retryAfterMs: 6_000 });
    expect((error as XinghuiRateLimitError).idempotencyKey).toBeUndefined(); // a GET has none
  });

  it('sits out a Retry-After within maxRetryAfterMs, and the bound is an option', async () => {
    let calls = 0;
    const url = await http((_request, response) => {
      calls += 1;
      if (calls === 1) {
        json(response, 429, errorBody('rate_limit_error', 'rate_limited'), { 'Retry-After': '1' });
      } else json(response, 200, buyer());
    });
    const retries: RetryInfo[] = [];
    await expect(client(url, retries).buyers.retrieve('buy_a1B2c3D4e5F6g7H8')).resolves.toEqual(
      buyer(),
    );
    expect(retries.map((retry) => retry.delayMs)).toEqual([1000]);

    calls = 0;
    const strict = client(url, [], { maxRetryAfterMs: 500 });
    await expect(strict.buyers.retrieve('buy_a1B2c3D4e5F6g7H8')).rejects.toBeInstanceOf(
      XinghuiRateLimitError,
    );
    expect(calls).toBe(1);
  });

  it('retries 409 idempotency_key_in_use, then throws its own class, an idempotency error', async () => {
    let calls = 0;
    const url = await http((_request, response) => {
      calls += 1;
      json(response, 409, errorBody('idempotency_error', 'idempotency_key_in_use'));
    });
    const error = await client(url)
      .buyers.create(newBuyer)
      .catch((e: unknown) => e);
    expect(calls).toBe(3);
    expect(error).toBeInstanceOf(XinghuiIdempotencyKeyInUseError);
    expect(error).toBeInstanceOf(XinghuiIdempotencyError);
    expect(error).toMatchObject({ retryable: true, code: 'idempotency_key_in_use' });
    expect((error as XinghuiIdempotencyKeyInUseError).idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('follows Xinghui-Should-Retry: never retries what the bank says will fail again', async () => {
    let calls = 0;
    const url = await http((_request, response) => {
      calls += 1;
      json(response, 503, errorBody('api_error', 'internal_error'), {
        'Xinghui-Should-Retry': 'false',
      });
    });
    const error = await client(url)
      .buyers.create(newBuyer)
      .catch((e: unknown) => e);
    expect(calls).toBe(1);
    expect(error).toMatchObject({ status: 503, retryable: false });
  });

  it('retries a code it does not know when the bank says it may', async () => {
    let calls = 0;
    const url = await http((_request, response) => {
      calls += 1;
      if (calls === 1) {
        json(response, 409, errorBody('invalid_request_error', 'ledger_busy'), {
          'Xinghui-Should-Retry': 'true',
        });
      } else json(response, 200, buyer());
    });
    await expect(client(url).buyers.create(newBuyer)).resolves.toEqual(buyer());
    expect(calls).toBe(2);
  });
});
