import { serve, type HttpBindings, type Http2Bindings, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Env } from './http/env.js';

/** A running HTTP server. */
export interface RunningServer {
  /** `http://127.0.0.1:4400` */
  url: string;
  port: number;
  /** Stops accepting connections and resolves once the server has closed. */
  close(): Promise<void>;
}

/**
 * Serves the bank's app over HTTP on loopback only (127.0.0.1 by default): the sandbox is for
 * one developer's machine, never a network. The app answers to the address it is bound to as
 * well as to `localhost`, `127.0.0.1` and `[::1]` (any other `Host` is refused).
 *
 * @param options - `port` 0 picks a free one (default 4400); `hostname` defaults to 127.0.0.1
 * @example
 * ```ts
 * const server = await startServer(createSandbox().app, { port: 0 });
 * console.log(server.url); // http://127.0.0.1:54321
 * await server.close();
 * ```
 */
export function startServer(
  app: Hono<Env>,
  options: { port?: number; hostname?: string } = {},
): Promise<RunningServer> {
  const hostname = options.hostname ?? '127.0.0.1';
  const serverHost = hostname.includes(':') ? `[${hostname}]` : hostname;
  const fetch = (request: Request, bindings: HttpBindings | Http2Bindings) =>
    app.fetch(request, {
      serverHost,
      remoteAddress: bindings.incoming.socket.remoteAddress,
      bodyStream: bindings.incoming,
    } satisfies Env['Bindings']);
  return new Promise((resolve, reject) => {
    let server: ServerType | undefined = undefined;
    server = serve({ fetch, port: options.port ?? 4400, hostname }, (info) => {
      resolve({
        url: `http://${serverHost}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server!.close((error) => (error ? fail(error) : done()));
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.once('error', reject);
  });
}
