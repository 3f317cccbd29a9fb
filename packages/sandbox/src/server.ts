import { serve, type ServerType } from '@hono/node-server';
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
 * one developer's machine, never a network.
 *
 * @param options - `port` 0 picks a free one (default 4400); `hostname` defaults to 127.0.0.1
 */
export function startServer(
  app: Hono<Env>,
  options: { port?: number; hostname?: string } = {},
): Promise<RunningServer> {
  const hostname = options.hostname ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    let server: ServerType | undefined = undefined;
    server = serve({ fetch: app.fetch, port: options.port ?? 4400, hostname }, (info) => {
      resolve({
        url: `http://${hostname}:${info.port}`,
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
