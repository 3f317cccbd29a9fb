// `npm run reliability`'s long tests (scripts/reliability.mjs runs them): the fault-injecting
// proxy and SIGKILL under load. Not part of `npm test`, whose config (the root one) does not
// include this folder. Workspace packages resolve through their "source" condition, as there.
import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  test: {
    environment: 'node',
    include: ['tests/reliability/**/*.test.ts'],
    // One test at a time: each one loads the machine on purpose.
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 60_000,
    env: { TZ: 'Asia/Shanghai' },
  },
});
