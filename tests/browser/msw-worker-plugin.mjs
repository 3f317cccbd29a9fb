// Serves msw's service worker at /mockServiceWorker.js, straight from the installed msw: what
// `npx msw init <public dir> --no-save` copies into a partner's app, here never a stale copy
// (the worker checks that it matches the msw the page runs). At the root, so its scope is the
// whole origin, as in an app.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function mswWorkerPlugin() {
  const file = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js');
  return {
    name: 'msw-worker',
    serve(context) {
      if (context.path === '/mockServiceWorker.js') {
        return { body: readFileSync(file, 'utf8'), type: 'js' };
      }
      return undefined;
    },
  };
}
