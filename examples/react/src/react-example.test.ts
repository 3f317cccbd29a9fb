// The React example end to end, the way a partner runs it: the elements' built dist/, the app
// type-checked and bundled by vite, a sandbox bank and the example's backend on 127.0.0.1, and
// Debian's Chromium paying the order with the one-time code.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';
import { ensureBuilt } from '../../../scripts/ensure-built.mjs';
import { payInBrowser } from './server/pay-in-browser.js';
import { serveExample, type RunningExample } from './server/serve-example.js';

const example = fileURLToPath(new URL('..', import.meta.url));
let running: RunningExample;
let browser: Browser;

beforeAll(async () => {
  ensureBuilt();
  running = await serveExample(example);
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

it('type-checks against the built @xinghui/elements/react JSX types', () => {
  const tsc = spawnSync(
    process.execPath,
    [fileURLToPath(import.meta.resolve('typescript/bin/tsc')), '-p', example],
    {
      encoding: 'utf8',
    },
  );
  expect(tsc.stdout + tsc.stderr).toBe('');
  expect(tsc.status).toBe(0);
}, 180_000);

it('pays the order with the one-time code and shows what the typed xh-payment-succeeded said', async () => {
  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const sessionId = await payInBrowser(page, running.url, running.xinghui);

  const session = await running.xinghui.checkoutSessions.retrieve(sessionId);
  expect(session.status).toBe('complete');
  expect(session.payment).toMatch(/^pay_/);
  const paid = page.locator('[data-paid]');
  await expect(paid.getAttribute('data-paid')).resolves.toBe(session.payment);
  await expect(paid.textContent()).resolves.toContain('已付款 ¥128.00');
  // The wallet beside it loaded its own session from the same backend.
  await page.locator('xh-credit-wallet[state="ready"]').waitFor();
  expect(errors).toEqual([]);
}, 120_000);
