// The consumer test (`npm run test:consumer`, a step of `npm test`): the packed packages, installed
// into a project outside the workspace, used as a partner would. No "source" condition here:
// everything resolves the way it does for a registry user. Run `npm run build` first.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/consumer/**/*.test.ts'],
    // One temp project, installed once, shared by the file's tests in order.
    fileParallelism: false,
    env: { TZ: 'Asia/Shanghai' },
  },
});
