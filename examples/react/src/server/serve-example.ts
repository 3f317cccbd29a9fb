import { serve } from '@hono/node-server';
import { createSandbox, MemoryStore } from '@xinghui/sandbox';
import { startServer } from '@xinghui/sandbox/node';
import { Xinghui, createSandboxPartner } from '@xinghui/sdk/server';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'vite';
import { createBackend } from './backend.js';

/** A running example: the app's URL, the bank (with the secret key, for checks) and a stop. */
export interface RunningExample {
  url: string;
  bankUrl: string;
  xinghui: Xinghui;
  close(): Promise<void>;
}

/**
 * Builds a vite app (`appRoot`: the React or the Vue example), starts a sandbox bank in memory
 * and the backend that serves the app and creates its sessions, all on 127.0.0.1.
 *
 * @param port - 0 picks a free port
 */
export async function serveExample(appRoot: string, port = 0): Promise<RunningExample> {
  await build({ root: appRoot, logLevel: 'warn' });
  const sandbox = createSandbox({ store: new MemoryStore() });
  const bank = await startServer(sandbox.app, { port: 0 });
  const partner = await createSandboxPartner({ baseUrl: bank.url, secret_key_release: true });
  const backend = await createBackend({
    bankUrl: bank.url,
    secretKey: partner.secret_key,
    publishableKey: partner.publishable_key,
    appDir: join(appRoot, 'dist'),
  });
  const site = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const server = serve({ fetch: backend.fetch, port, hostname: '127.0.0.1' }, () =>
      resolve(server),
    );
    server.once('error', reject);
  });
  return {
    url: `http://127.0.0.1:${(site.address() as AddressInfo).port}`,
    bankUrl: bank.url,
    xinghui: new Xinghui({ secretKey: partner.secret_key, baseUrl: bank.url }),
    async close() {
      await new Promise<void>((resolve) => {
        site.close(() => resolve());
        // Browsers keep connections open; without this, close() waits for them to time out.
        (site as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await bank.close();
      sandbox.close();
    },
  };
}
