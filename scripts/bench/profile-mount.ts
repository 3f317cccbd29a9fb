// Where a component's mount spends the main thread, for profiling what `npm run bench:elements`
// measures: `npx tsx --conditions=source scripts/bench/profile-mount.ts [tag] [visits]` opens the
// same page as the bench (the CDN loader and one component, a sandbox on 127.0.0.1) in fresh
// contexts, records a CPU profile of each visit until `xh-ready`, and prints the self time by
// script (the loader, each chunk, the page) and the functions that took the most, summed.
// Reads the build in packages/elements/dist/ (`--dist <dir>` for another); builds nothing.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { SEED } from '@xinghui/sandbox';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { seedTrade, startWorld } from './sandbox-world.js';
import { createCheckoutSession } from '../../packages/sandbox/src/engine/payments/checkout-sessions.js';
import { createWalletSession } from '../../packages/sandbox/src/engine/payments/wallet-sessions.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const flag = (name: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const DIST = flag('--dist') ?? join(root, 'packages/elements/dist');
const [tag = 'xh-pay-button', visits = '5'] = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--') && a !== flag('--dist'));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const world = await startWorld();
const secret = world.seed((ctx) => {
  const { shop, supplier } = seedTrade(ctx, 100_000);
  if (tag === 'xh-credit-wallet') return createWalletSession(ctx, { buyer: shop.id }).client_secret;
  return createCheckoutSession(ctx, {
    buyer: shop.id,
    supplier: supplier.id,
    amount: { amount: 12_900, currency: 'CNY' },
    line_items: [SEED.item(12_900)],
    payment_methods: tag === 'xh-one-click-loan' ? ['credit'] : ['wallet', 'credit'],
  }).client_secret;
});
const server = createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  if (path === '/blank.html' || path === '/page.html') {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(
      path === '/blank.html'
        ? '<!doctype html><title>blank</title>'
        : `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">` +
            `<script type="module" src="/xinghui-elements.js"></script></head><body>` +
            `<${tag} client-secret="${secret}" publishable-key="${world.partner.publishable_key}"` +
            ` api-base="${world.server.url}"></${tag}></body></html>`,
    );
    return;
  }
  const file = normalize(join(DIST, path));
  if (!file.startsWith(DIST)) return void response.writeHead(404).end();
  try {
    const body = await readFile(file);
    const type = extname(file) === '.js' ? 'text/javascript' : 'application/json';
    response.writeHead(200, { 'Content-Type': type }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

const byScript = new Map<string, number>();
const byFunction = new Map<string, number>();
const bySource = new Map<string, number>();
const maps = new Map<string, SourceMapConsumer>();
/** The source file (and function) a built script's position comes from, by its source map. */
async function sourceOf(url: string, line: number, column: number): Promise<string | undefined> {
  const path = new URL(url).pathname;
  if (!maps.has(path)) {
    try {
      const raw = JSON.parse(await readFile(join(DIST, `${path}.map`), 'utf8')) as RawSourceMap;
      maps.set(path, new SourceMapConsumer(raw));
    } catch {
      return undefined;
    }
  }
  const found = maps.get(path)!.originalPositionFor({ line: line + 1, column });
  return found.source ? found.source.replace(/^(\.\.\/)+/, '') : undefined;
}
try {
  for (let i = 0; i < Number(visits); i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() =>
      document.addEventListener(
        'xh-ready',
        () => {
          (window as unknown as { __ready?: boolean }).__ready = true;
        },
        { capture: true, once: true },
      ),
    );
    await page.goto(`${origin}/blank.html`); // same site: the profiler survives the navigation
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(`${origin}/page.html`);
    await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    for (const [index, id] of profile.samples.entries()) {
      const { functionName, url, lineNumber, columnNumber } = nodes.get(id)!.callFrame;
      const ms = (profile.timeDeltas[index] ?? 0) / 1000 / Number(visits);
      if (functionName === '(idle)' || (functionName === '(program)' && !url)) {
        byScript.set(functionName, (byScript.get(functionName) ?? 0) + ms);
        continue;
      }
      const source = url.startsWith(origin)
        ? await sourceOf(url, lineNumber, columnNumber)
        : undefined;
      if (source) bySource.set(source, (bySource.get(source) ?? 0) + ms);
      const script = url ? url.replace(origin, '') : `(${functionName || 'native'})`;
      byScript.set(script, (byScript.get(script) ?? 0) + ms);
      const key = `${functionName || '(anonymous)'} ${script}:${lineNumber + 1}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    }
    await context.close();
  }
  const top = (map: Map<string, number>, count: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
  console.log(`<${tag}>: self time per visit (mean of ${visits}), by script`);
  for (const [name, ms] of top(byScript, 15))
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
  console.log('\nby source file (source maps)');
  for (const [name, ms] of top(bySource, 30))
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
  console.log('\nby function');
  for (const [name, ms] of top(byFunction, 30))
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
} finally {
  await browser.close();
  await new Promise((resolve) => server.close(resolve));
  await world.close();
}
