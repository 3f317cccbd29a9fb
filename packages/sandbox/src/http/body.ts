import type { Context } from 'hono';
import { ApiError } from '../engine/core/api-error.js';
import type { Env } from './env.js';

/** The largest request body the bank reads: far above any real request (a few KB at most). */
export const MAX_BODY_BYTES = 64 * 1024;

/** The client closed its connection before its body arrived: nobody is left to answer. */
export class ClientDisconnectedError extends Error {
  constructor(cause: unknown) {
    super('The client closed the connection before sending its whole body', { cause });
    this.name = 'ClientDisconnectedError';
  }
}

/** The refusal of a body over the limit, told by its `Content-Length` or by counting. */
export function bodyTooLarge(limit: number): ApiError {
  return new ApiError(
    'body_too_large',
    `The request body is larger than ${limit} bytes, the most this bank reads`,
  );
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Reads a request body as UTF-8 text, counting bytes as they stream in: a body past `limit`
 * is refused as soon as it crosses it, whatever its `Content-Length` claimed, and is never
 * held whole in memory.
 *
 * @throws ApiError `body_too_large` past the limit, `body_invalid` for bytes that are not UTF-8
 * @throws ClientDisconnectedError when the client went away before the body ended
 */
export async function readBody(
  c: Context<Env>,
  limit = c.get('maxBodyBytes') ?? MAX_BODY_BYTES,
): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const take = (chunk: Uint8Array): boolean => {
    size += chunk.byteLength;
    chunks.push(chunk);
    return size <= limit;
  };
  // Over a server, its own request stream; in process (`app.request`, msw), the web Request's.
  const node = c.env?.bodyStream;
  if (node) await readNodeStream(node, take);
  else if (c.req.raw.body) await readWebStream(c.req.raw.body, take);
  if (size > limit) throw bodyTooLarge(limit);
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ApiError('body_invalid', 'The request body is not valid UTF-8');
  }
}

/**
 * Feeds `take` each chunk until it says stop; leaving the loop early destroys the stream (the
 * rest of a body past the limit is never read).
 */
async function readNodeStream(
  stream: AsyncIterable<Uint8Array>,
  take: (chunk: Uint8Array) => boolean,
): Promise<void> {
  try {
    for await (const chunk of stream) if (!take(chunk)) return;
  } catch (error) {
    throw new ClientDisconnectedError(error);
  }
}

/** The same through a web stream's reader (not every browser iterates streams with `for await`). */
async function readWebStream(
  stream: ReadableStream<Uint8Array>,
  take: (chunk: Uint8Array) => boolean,
): Promise<void> {
  const reader = stream.getReader();
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      throw new ClientDisconnectedError(error);
    }
    if (chunk.done) return;
    if (!take(chunk.value)) {
      void reader.cancel().catch(() => undefined);
      return;
    }
  }
}
