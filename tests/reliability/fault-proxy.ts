/**
 * A seeded fault-injecting HTTP proxy on 127.0.0.1, between the SDK and a sandbox bank. Each
 * request meets at most one fault, drawn at a seeded rate:
 *
 * - `drop_request`: the connection is closed before anything reaches the bank;
 * - `drop_response`: the bank answers (it committed), the proxy closes the connection instead;
 * - `delay`: the bank's answer is held past the SDK's timeout;
 * - `error_500`: the bank answers (it committed), the client gets a 500 error envelope instead;
 * - `reset`: the request goes on to the bank, and the client's connection is reset (TCP RST)
 *   while the bank works on it.
 *
 * The connection to the bank always runs to its end, as a load balancer's would: the faults are
 * between the client and the proxy.
 */
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { seededRandom } from './seeded-random.js';

export const FAULT_KINDS = [
  'drop_request',
  'drop_response',
  'delay',
  'error_500',
  'reset',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultProxyOptions {
  /** The bank, e.g. `http://127.0.0.1:4400`. */
  target: string;
  seed: number;
  /** The share of requests that meet a fault, 0 to 1. */
  rate: number;
  /** How long `delay` holds an answer, in milliseconds (more than the SDK's timeout). */
  delayMs: number;
}

export interface FaultProxy {
  url: string;
  /** Faults injected so far, by kind. */
  faults: Record<FaultKind, number>;
  /** Requests that went through untouched. */
  passed: number;
  close(): Promise<void>;
}

/** Reads a request's body in full. */
function readBody(message: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    message.on('data', (chunk: Buffer) => chunks.push(chunk));
    message.on('end', () => resolve(Buffer.concat(chunks)));
    message.on('error', reject);
  });
}

/** Sends the request on to the bank and reads its whole answer. */
function forward(
  target: URL,
  incoming: IncomingMessage,
  body: Buffer,
): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const upstream = httpRequest(
      {
        hostname: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: target.host, 'content-length': String(body.length) },
      },
      (answer) => {
        readBody(answer).then(
          (answerBody) =>
            resolve({
              status: answer.statusCode ?? 502,
              headers: answer.headers,
              body: answerBody,
            }),
          reject,
        );
      },
    );
    upstream.on('error', reject);
    upstream.end(body);
  });
}

/** Starts the proxy on a free port of 127.0.0.1. */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const random = seededRandom(options.seed);
  const target = new URL(options.target);
  const faults = Object.fromEntries(FAULT_KINDS.map((kind) => [kind, 0])) as Record<
    FaultKind,
    number
  >;
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const state = { passed: 0 };

  const draw = (): FaultKind | undefined => {
    if (random() >= options.rate) return undefined;
    return FAULT_KINDS[Math.floor(random() * FAULT_KINDS.length)]!;
  };

  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const fault = draw();
    if (fault) faults[fault]++;
    else state.passed++;
    const body = await readBody(incoming);
    if (fault === 'drop_request') {
      incoming.socket.destroy();
      return;
    }
    const answer = forward(target, incoming, body);
    if (fault === 'reset') {
      // Give the request a moment to reach the bank, then cut the client off mid-flight.
      setImmediate(() => incoming.socket.resetAndDestroy());
      await answer.catch(() => undefined);
      return;
    }
    let reply;
    try {
      reply = await answer;
    } catch {
      outgoing.socket?.destroy();
      return;
    }
    if (fault === 'drop_response') {
      incoming.socket.destroy();
      return;
    }
    if (fault === 'error_500') {
      const requestId = `req_proxy${Math.floor(random() * 1e9)}`;
      outgoing.writeHead(500, {
        'Content-Type': 'application/json',
        'Xinghui-Request-Id': requestId,
      });
      outgoing.end(
        JSON.stringify({
          error: {
            type: 'api_error',
            code: 'internal_error',
            message: 'Injected by the fault proxy',
            request_id: requestId,
          },
        }),
      );
      return;
    }
    const send = () => {
      if (outgoing.destroyed) return;
      const headers = { ...reply.headers };
      delete headers['transfer-encoding'];
      headers['content-length'] = String(reply.body.length);
      outgoing.writeHead(reply.status, headers);
      outgoing.end(reply.body);
    };
    if (fault === 'delay') {
      const timer = setTimeout(() => {
        timers.delete(timer);
        send();
      }, options.delayMs);
      timers.add(timer);
      return;
    }
    send();
  };

  const server = createServer((incoming, outgoing) => {
    handle(incoming, outgoing).catch(() => incoming.socket.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    faults,
    get passed() {
      return state.passed;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
