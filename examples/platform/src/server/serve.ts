import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

/** A running platform server. */
export interface RunningPlatform {
  /** `http://127.0.0.1:3000` */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves the platform on loopback only (127.0.0.1 by default): it is a demo for this machine.
 *
 * @param port - 0 picks a free port
 */
export function servePlatform(
  app: Hono,
  options: { port?: number; hostname?: string } = {},
): Promise<RunningPlatform> {
  const hostname = options.hostname ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 3000, hostname }, (info) =>
      resolve({
        url: `http://${hostname}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Browsers keep connections open; without this, close() waits for them to time out.
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      }),
    );
    server.once('error', reject);
  });
}
