import { readdirSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DashboardAssets, DashboardFile } from './assets.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * The dashboard's pages as shipped in the package (`packages/sandbox/dashboard/`), read once:
 * what `xinghui-sandbox` serves at `/dashboard`. Pass it to `createSandbox({ dashboard })`.
 *
 * @param dir - the folder of the pages (default: the package's own)
 * @example
 * ```ts
 * const sandbox = createSandbox({ dashboard: dashboardFiles() });
 * const server = await startServer(sandbox.app, { port: 0 });
 * console.log(`${server.url}/dashboard`);
 * ```
 */
export function dashboardFiles(
  dir: string = fileURLToPath(new URL('../../dashboard/', import.meta.url)),
): DashboardAssets {
  const files = new Map<string, DashboardFile>();
  for (const name of readdirSync(dir)) {
    const type = TYPES[extname(name)];
    if (type) files.set(name, { body: readFileSync(`${dir}/${name}`, 'utf8'), type });
  }
  return { read: (name) => files.get(name) };
}
