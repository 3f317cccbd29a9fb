// web-test-runner runs the browser tests in Debian's Chromium (see ../shared/TOOLCHAIN.md).
// `npm test` calls scripts/ensure-chromium.sh first, so /usr/bin/chromium exists.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { countsReporter } from './scripts/wtr-counts-reporter.mjs';
import { mswWorkerPlugin } from './tests/browser/msw-worker-plugin.mjs';
import { sandboxPlugin } from './tests/browser/sandbox-plugin.mjs';
import { ssrPagePlugin } from './tests/browser/ssr-page-plugin.mjs';

// Merchants embed our code in pages with a strict Content-Security-Policy, so the tests run
// under one too: no 'unsafe-eval' (code that needs eval/new Function fails here, not in
// production). 'unsafe-inline' is needed by the runner's own inline module script.
const CSP = "script-src 'self' 'unsafe-inline'";

// Chromium inherits this: dates in the bank's timezone, also when run without `npm test`.
process.env.TZ = 'Asia/Shanghai';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // Globs that match nothing are fine (packages/elements does not exist yet).
  files: [
    'tests/browser/**/*.test.ts',
    'packages/*/src/**/*.browser.test.ts',
    'packages/elements/src/**/*.test.ts',
  ],
  // Workspace packages resolve to src/*.ts through their "source" export condition: no build.
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  // esbuild reads this file as-is (it does not follow "extends"), hence the base config.
  // `json`: the sandbox engine (run in the page by @xinghui/mock) imports its default risk rules
  // as a JSON module, whose `with { type: 'json' }` esbuild drops at this target.
  plugins: [
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    // A real sandbox bank for the components to talk to (see the file).
    sandboxPlugin(),
    // msw's service worker, for @xinghui/mock's browser test.
    mswWorkerPlugin(),
    // Server-rendered pages under a stricter policy of their own (see the file).
    ssrPagePlugin(),
  ],
  middleware: [
    async (ctx, next) => {
      await next();
      // A page that sent its own (stricter) policy keeps it.
      if (
        (ctx.response.is('html') || ctx.response.is('js')) &&
        !ctx.response.get('Content-Security-Policy')
      ) {
        ctx.set('Content-Security-Policy', CSP);
      }
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  // One test file at a time: CI has 2 cores.
  concurrency: 1,
  // A file whose tests never report back fails after this (default 120 s); ours take seconds.
  testsFinishTimeout: 60_000,
  // @open-wc/testing loads lit's development build, which says so in every test file.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), countsReporter({ outputFile: '.test-results/browser.json' })],
};
