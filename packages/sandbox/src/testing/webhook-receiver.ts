/**
 * A partner's webhook endpoint for tests (not shipped): a node:http server on 127.0.0.1 that
 * records every delivery and answers as the test says.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Delivery {
  headers: IncomingHttpHeaders;
  /** The raw body, exactly as sent. */
  body: string;
}

export interface Receiver {
  /** `http://127.0.0.1:<port>/webhooks` */
  url: string;
  received: Delivery[];
  close(): Promise<void>;
}

/**
 * Starts a receiver. `answer` gets the delivery's number (1 for the first) and returns the
 * status to answer with, after `delayMs` if it says so.
 */
export async function startReceiver(
  answer: (n: number, delivery: Delivery) => number | { status: number; delayMs: number } = () =>
    204,
): Promise<Receiver> {
  const received: Delivery[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const delivery = { headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(delivery);
      const reply = answer(received.length, delivery);
      const { status, delayMs } = typeof reply === 'number' ? { status: reply, delayMs: 0 } : reply;
      setTimeout(() => {
        response.statusCode = status;
        response.end();
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
