// Vitest runs the Node-side tests. Browser tests live elsewhere (web-test-runner.config.mjs).
import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Resolve workspace packages through their "source" export condition (src/*.ts), so tests need
  // no build. Node-environment tests resolve with Vite's server ("ssr") conditions, hence `ssr`.
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  test: {
    environment: 'node',
    include: [
      'packages/*/src/**/*.test.ts',
      'examples/*/src/**/*.test.ts',
      'tests/node/**/*.test.ts',
      // Chromium driven by playwright-core, against in-process servers (see tests/e2e).
      'tests/e2e/**/*.test.ts',
    ],
    exclude: [
      '**/node_modules/**',
      // *.browser.test.ts and everything in packages/elements run in Chromium (web-test-runner).
      '**/*.browser.test.ts',
      'packages/elements/**',
    ],
    // Type tests (`*.test-d.ts`): vitest runs tsc over them and reports each `it` as a test, so
    // a type that drifts from the contract fails `npm test` like any other test.
    typecheck: {
      enabled: true,
      include: ['packages/*/src/**/*.test-d.ts'],
      tsconfig: './packages/sdk/tsconfig.json',
    },
    // Every find the sandbox bank makes must be served by an index (see the file).
    setupFiles: ['packages/sandbox/src/testing/index-guard.ts'],
    // Dates in the bank's timezone, the same as `npm test` sets for every child process.
    env: { TZ: 'Asia/Shanghai' },
  },
});
