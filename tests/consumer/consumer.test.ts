// What a partner installs, used the way a partner uses it. Every public package is packed with
// `npm pack` and installed from its tarball into a fresh project in the OS temp folder: no
// workspace links, no "source" condition, only what the tarballs hold. There:
// - a consumer .ts file type-checks with skipLibCheck false under node16 and bundler;
// - the server SDK talks to a sandbox started from the packed `xinghui-sandbox` bin;
// - @xinghui/mock answers the SDK inside msw's setupServer, with no bank running;
// - every @xinghui/elements entry imports in plain Node, and its `ssr` entry renders a page;
// - a merchant page bundled by esbuild from the ESM entries pays in Chromium;
// - both CDN files load from plain HTML pages in Chromium, as a pasted tag.
// Run `npm run build` first (`npm run test:consumer` does).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { publicPackageDirs } from '../../scripts/rollup.config.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = fileURLToPath(new URL('./fixture', import.meta.url));
const readJson = (file: string) =>
  JSON.parse(readFileSync(file, 'utf8')) as {
    name: string;
    version: string;
    [key: string]: unknown;
  };

let project = '';
let bank: ChildProcess | undefined;
let site: Server | undefined;
let browser: Browser | undefined;
let ready: { url: string; secret_key: string; publishable_key: string };
let sessions: { id: string; client_secret: string }[] = [];
let siteUrl = '';

/** Runs a command in the temp project; throws with its output when it fails. */
function run(command: string, args: string[], cwd = project): string {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

/** The workspace's installed version of a package, so the temp project reuses the npm cache. */
const installed = (name: string) =>
  readJson(join(root, 'node_modules', name, 'package.json')).version as string;

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'xinghui-consumer-'));
  const tarballs = join(project, 'tarballs');
  mkdirSync(tarballs);
  const specs: string[] = [];
  for (const dir of publicPackageDirs()) {
    const [packed] = JSON.parse(
      run('npm', ['pack', '--json', '--pack-destination', tarballs], dir),
    ) as { filename: string }[];
    specs.push(join(tarballs, packed!.filename));
  }
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'partner-app', private: true, type: 'module' }),
  );
  // --ignore-scripts: better-sqlite3 would compile its native module again (minutes on 2 cores);
  // the workspace's build of the same version is copied in below instead.
  run('npm', [
    'install',
    '--prefer-offline',
    '--ignore-scripts',
    '--no-audit',
    '--no-fund',
    '--no-package-lock',
    ...specs,
    `@types/node@${installed('@types/node')}`,
    // What a React or a Vue app brings, for @xinghui/elements/react and /vue (optional peers).
    `@types/react@${installed('@types/react')}`,
    `vue@${installed('vue')}`,
    // What a partner testing with @xinghui/mock brings (its peer).
    `msw@${installed('msw')}`,
    // What a partner rendering on the server brings, for @xinghui/elements/ssr (optional peer).
    `@lit-labs/ssr@${installed('@lit-labs/ssr')}`,
  ]);
  const sqlite = 'node_modules/better-sqlite3';
  expect(installed('better-sqlite3')).toBe(readJson(join(project, sqlite, 'package.json')).version);
  mkdirSync(join(project, sqlite, 'build/Release'), { recursive: true });
  copyFileSync(
    join(root, sqlite, 'build/Release/better_sqlite3.node'),
    join(project, sqlite, 'build/Release/better_sqlite3.node'),
  );
  cpSync(fixture, project, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  site?.closeAllConnections();
  await new Promise((resolve) => (site ? site.close(resolve) : resolve(undefined)));
  if (bank && bank.exitCode === null) {
    bank.kill('SIGTERM');
    await new Promise((resolve) => bank!.once('exit', resolve));
  }
  if (project) rmSync(project, { recursive: true, force: true });
}, 60_000);

describe('the installed packages', { timeout: 120_000 }, () => {
  it('hold no workspace link: every @xinghui package is a real folder from its tarball', () => {
    for (const dir of publicPackageDirs()) {
      const { name, version } = readJson(join(dir, 'package.json'));
      const copy = join(project, 'node_modules', name);
      expect(readJson(join(copy, 'package.json')).version).toBe(version);
      expect(spawnSync('test', ['-L', copy]).status, `${name} is a symlink`).not.toBe(0);
    }
  });

  it('ship every file their package.json and custom-elements manifest name', () => {
    const elements = join(project, 'node_modules/@xinghui/elements');
    const manifest = readJson(join(elements, 'dist/custom-elements.json'));
    const paths = new Set<string>();
    JSON.stringify(manifest, (key, value: unknown) => {
      if ((key === 'path' || key === 'module') && typeof value === 'string') paths.add(value);
      return value;
    });
    expect(paths.size).toBeGreaterThan(10);
    for (const path of paths) expect(existsSync(join(elements, path)), path).toBe(true);
    for (const file of [
      'dist/xinghui-elements.js',
      'dist/xinghui-elements.classic.js',
      'LICENSE',
    ]) {
      expect(existsSync(join(elements, file)), file).toBe(true);
    }
  });

  it.each([
    ['node16', { module: 'node16', moduleResolution: 'node16' }],
    ['bundler', { module: 'preserve', moduleResolution: 'bundler' }],
  ])(
    'type-check a consumer file under moduleResolution %s with skipLibCheck false',
    (name, options) => {
      const tsconfig = `tsconfig.${name}.json`;
      writeFileSync(
        join(project, tsconfig),
        JSON.stringify({
          compilerOptions: {
            ...options,
            target: 'es2022',
            lib: ['es2023', 'dom', 'dom.iterable'],
            strict: true,
            skipLibCheck: false,
            noEmit: true,
            types: ['node'],
          },
          files: ['consumer.ts'],
        }),
      );
      run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', tsconfig]);
    },
  );

  it('run the server SDK against a sandbox started from the packed xinghui-sandbox bin', async () => {
    bank = spawn(
      join(project, 'node_modules/.bin/xinghui-sandbox'),
      ['--memory', '--port', '0', '--json'],
      {
        cwd: project,
        stdio: ['ignore', 'pipe', 'ignore'], // its request log (stderr with --json) is noise here,
      },
    );
    ready = await new Promise((resolve, reject) => {
      let out = '';
      bank!.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]!));
      });
      bank!.once('exit', (code) => reject(new Error(`xinghui-sandbox exited ${code}: ${out}`)));
    });
    expect(new URL(ready.url).hostname).toBe('127.0.0.1');
    const made = JSON.parse(
      run(process.execPath, ['server-sdk.mjs', ready.url, ready.secret_key]),
    ) as { sessions: typeof sessions };
    sessions = made.sessions;
    expect(sessions).toHaveLength(3);
    expect(sessions[0]!.client_secret).toMatch(/^cs_\w+_secret_\w+$/);
  });

  it('run @xinghui/mock in Node: msw setupServer, the SDK paying through the engine in-process', () => {
    const result = JSON.parse(run(process.execPath, ['mock-node.mjs'])) as Record<string, unknown>;
    expect(result).toMatchObject({ status: 'complete', wallet: 100_000 - 25_800, line: 2_000_000 });
    expect(result.overdue).toEqual([result.triggered]);
  });

  it.each([
    '@xinghui/elements',
    '@xinghui/elements/define/pay-button.js',
    '@xinghui/elements/define/one-click-loan.js',
    '@xinghui/elements/define/credit-wallet.js',
    '@xinghui/elements/define/provider.js',
    '@xinghui/elements/xinghui-elements.js',
    '@xinghui/elements/ssr',
  ])('import %s in plain Node without throwing', (entry) => {
    run(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(entry)})`]);
  });

  it('render the components on the server with @xinghui/elements/ssr and a CSP nonce', () => {
    const { nonce, body } = JSON.parse(run(process.execPath, ['server-render.mjs'])) as {
      nonce: string;
      body: string;
    };
    expect(body.match(/<template shadowroot/g)).toHaveLength(4);
    expect(body.match(/<style[^>]*>/g)).toEqual(Array(4).fill(`<style nonce="${nonce}">`));
    expect(body.match(/state="loading"/g)).toHaveLength(3);
    expect(body).toContain('正在加载付款信息…');
    expect(body).toContain('Loading your credit…');
  });

  it('bundle a merchant page with esbuild from the ESM entries, and pay through it in Chromium', async () => {
    await build({
      absWorkingDir: project,
      entryPoints: ['merchant-page.js'],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      outfile: 'site/merchant-page.js',
      logLevel: 'silent',
    });
    writeFileSync(
      join(project, 'merchant.html'),
      page('<script type="module" src="site/merchant-page.js"></script>'),
    );
    siteUrl = await serveProject();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

    const tab = await open('merchant.html', sessions[0]!);
    await pay(tab, sessions[0]!);
    const paymentId = await tab.locator('body[data-paid]').getAttribute('data-paid');
    const payment = JSON.parse(
      run(process.execPath, ['check-payment.mjs', ready.url, ready.secret_key, paymentId!]),
    );
    expect(payment).toMatchObject({
      id: paymentId,
      status: 'succeeded',
      amount: { amount: 25_800 },
    });
  });

  it.each([
    [
      '<script type="module" src>',
      '<script type="module" src="node_modules/@xinghui/elements/dist/xinghui-elements.js"></script><script type="module" src="module-setup.js"></script>',
      1,
    ],
    [
      'plain <script src> (the classic file)',
      '<script src="node_modules/@xinghui/elements/dist/xinghui-elements.classic.js"></script><script src="classic-setup.js" defer></script>',
      2,
    ],
  ])('load the CDN file from a plain HTML page: %s', async (_, tags, n) => {
    const file = `cdn-${n}.html`;
    writeFileSync(join(project, file), page(`${tags}<xh-pay-button></xh-pay-button>`));
    const tab = await open(file, sessions[n]!);
    await pay(tab, sessions[n]!);
  });

  it('the CDN loader loads only the chunks of the tags on the page, and tags added later', async () => {
    writeFileSync(
      join(project, 'cdn-lazy.html'),
      page(
        '<script type="module" src="node_modules/@xinghui/elements/dist/xinghui-elements.js"></script><xh-pay-button></xh-pay-button>',
      ),
    );
    const tab = await browser!.newPage();
    const chunks: string[] = [];
    tab.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.includes('/dist/cdn/')) chunks.push(path.slice(path.lastIndexOf('/') + 1));
    });
    await tab.goto(`${siteUrl}/cdn-lazy.html`);
    await tab.waitForFunction(() => customElements.get('xh-pay-button') !== undefined);
    expect(chunks.some((name) => name.startsWith('pay-button-'))).toBe(true);
    expect(chunks.some((name) => /^(one-click-loan|credit-wallet)-/.test(name))).toBe(false);
    expect(await tab.evaluate(() => customElements.get('xh-credit-wallet'))).toBeUndefined();
    await tab.evaluate(() => document.body.append(document.createElement('xh-credit-wallet')));
    await tab.waitForFunction(() => customElements.get('xh-credit-wallet') !== undefined);
    expect(chunks.some((name) => name.startsWith('credit-wallet-'))).toBe(true);
    await tab.close();
  });
});

/** A page under a strict CSP (no inline script, no eval), as the components promise to work in. */
function page(body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self' http://127.0.0.1:*">
<title>partner</title></head><body>${body}</body></html>`;
}

/** Serves the temp project's files on 127.0.0.1 (a free port), as the merchant's site. */
async function serveProject(): Promise<string> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.json': 'application/json',
    '.map': 'application/json',
  };
  site = createServer((request, response) => {
    const file = join(project, decodeURIComponent(new URL(request.url!, 'http://x').pathname));
    // The browser asks for a favicon on its own: no icon, and no 404 in the console either.
    if (request.url === '/favicon.ico') return void response.writeHead(204).end();
    if (!file.startsWith(project) || !existsSync(file)) return void response.writeHead(404).end();
    response
      .writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => site!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
}

/** Opens one of the project's pages for a session; fails the test on any page error. */
async function open(file: string, session: { client_secret: string }): Promise<Page> {
  const tab = await browser!.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const query = new URLSearchParams({
    pk: ready.publishable_key,
    bank: ready.url,
    secret: session.client_secret,
  });
  await tab.goto(`${siteUrl}/${file}?${query}`);
  try {
    await tab.locator('xh-pay-button[state="ready"]').waitFor({ timeout: 20_000 });
  } catch (error) {
    throw new Error(
      `${file} never showed a ready button: ${errors.join('\n') || (error as Error).message}`,
    );
  }
  expect(errors).toEqual([]);
  return tab;
}

/** The shop owner's steps: pay, read the code the bank "texted" (sandbox), confirm. */
async function pay(tab: Page, session: { id: string }): Promise<void> {
  const button = tab.locator('xh-pay-button');
  await expect(button.locator('[part="amount"]').textContent()).resolves.toContain('258.00');
  await button.locator('[part="pay"]').click();
  await tab.locator('xh-pay-button[state="code"]').waitFor();
  const response = await fetch(
    `${ready.url}/v1/sandbox/verification_codes?checkout_session=${session.id}`,
    {
      headers: { Authorization: `Bearer ${ready.secret_key}` },
    },
  );
  const { code } = (await response.json()) as { code: string };
  await button.locator('[part="code-input"]').fill(code);
  await button.locator('[part="confirm"]').click();
  await tab.locator('xh-pay-button[state="succeeded"]').waitFor();
}
