/**
 * Runs the demo platform as its own process, the way a partner runs its backend: the bank's
 * URL and keys come from the environment, never from a file in the repository.
 *
 *   XINGHUI_BANK_URL=http://127.0.0.1:4400 XINGHUI_SECRET_KEY=sk_test_… \
 *   XINGHUI_PUBLISHABLE_KEY=pk_test_… XINGHUI_ELEMENTS_FILE=…/xinghui-elements.js \
 *   PORT=3000 node examples/platform/dist/main.js
 *
 * `npm start` (scripts/start.mjs) sets all of these.
 */
import { createPlatform } from './app.js';
import { servePlatform } from './serve.js';

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set (npm start sets it; see examples/platform/README.md)`);
    process.exit(1);
  }
  return value;
}

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '127.0.0.1';
const platform = createPlatform({
  bankUrl: required('XINGHUI_BANK_URL'),
  secretKey: required('XINGHUI_SECRET_KEY'),
  publishableKey: required('XINGHUI_PUBLISHABLE_KEY'),
  elementsFile: required('XINGHUI_ELEMENTS_FILE'),
  // Where the bank sends webhooks: this server, unless it sits behind another address.
  publicUrl: process.env.PUBLIC_URL ?? `http://${hostname}:${port}`,
});
await platform.seed();
const server = await servePlatform(platform.app, {
  port,
  hostname,
});
console.log(`platform listening on ${server.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().finally(() => process.exit(0));
  });
}
