// `npm start`: the demo. Builds the packages, starts the sandbox bank (on SQLite, .data/) and the
// demo platform (examples/platform) as two child processes on 127.0.0.1, prints where to go,
// and stops both on Ctrl-C. Needs no browser: open the printed address in yours.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const DATA = join(root, '.data');
const KEYS_FILE = join(DATA, 'platform.json');
const ELEMENTS = join(root, 'packages/elements/dist/xinghui-elements.js');
const HOST = '127.0.0.1';

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  console.error(`\n✘ npm start: ${message}`);
  process.exit(1);
}

// 1. Build. Always: it takes seconds, and a stale bundle is a confusing demo.
console.log('▶ npm run build');
const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
if (build.status !== 0) {
  process.stdout.write(build.stdout ?? '');
  process.stderr.write(build.stderr ?? '');
  fail('the build failed (its output is above)');
}
if (!existsSync(ELEMENTS)) fail(`the build did not write ${ELEMENTS}`);

// 2. Ports: the usual ones, or free ones when those are taken.
const bankPort = await pickPort(Number(process.env.SANDBOX_PORT ?? 4400), 'sandbox bank');
const platformPort = await pickPort(Number(process.env.PORT ?? 3000), 'demo platform');

/** @type {import('node:child_process').ChildProcess[]} */
const children = [];
let stopping = false;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => void stop(0));
}
// If this process ends some other way, take the children with it.
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

// 3. The sandbox bank. Its full log goes to .data/sandbox.log; only the one-time codes it
// "texts" are shown here, since that is what someone trying the demo needs.
mkdirSync(DATA, { recursive: true });
const bankLog = createWriteStream(join(DATA, 'sandbox.log'), { flags: 'a' });
const bank = startChild('sandbox bank', [
  'packages/sandbox/dist/cli.js',
  '--port',
  String(bankPort),
  '--host',
  HOST,
  '--db',
  '.data/sandbox.db',
]);
const bankReady = waitForLine(bank, /listening on (\S+)/, (line) => {
  bankLog.write(`${line}\n`);
  const entry = parseJson(line);
  if (typeof entry?.msg === 'string' && entry.msg.startsWith('sms.sent')) {
    console.log(
      `  [sandbox] sms.sent to ${entry.phone}: one-time code ${entry.code} (${entry.session})`,
    );
  }
});

try {
  const bankUrl = (await bankReady)[1] ?? `http://${HOST}:${bankPort}`;

  // 4. The platform's keys: the partner made on the first run, kept in .data/platform.json.
  const keys = await partnerKeys(bankUrl);

  // 5. The platform, configured the way a partner's backend is: through its environment.
  const platform = startChild('demo platform', ['examples/platform/dist/main.js'], {
    XINGHUI_BANK_URL: bankUrl,
    XINGHUI_SECRET_KEY: keys.secret_key,
    XINGHUI_PUBLISHABLE_KEY: keys.publishable_key,
    XINGHUI_ELEMENTS_FILE: ELEMENTS,
    PORT: String(platformPort),
    HOST,
  });
  const platformUrl = (
    await waitForLine(platform, /platform listening on (\S+)/, (line) => {
      console.log(`  [platform] ${line}`);
    })
  )[1];

  const shops = /** @type {{ data: { businessName: string, walletBalanceText: string }[] }} */ (
    await (await fetch(`${platformUrl}/api/shops`)).json()
  ).data;
  const [rich, poor, fresh] = shops;
  console.log(`
────────────────────────────────────────────────────────────────────────
  安心母婴用品批发 · the Xinghui demo is running

  Open       ${platformUrl}
  Log in as  ${rich?.businessName} (wallet ${rich?.walletBalanceText}, a credit line) to pay,
             ${poor?.businessName} (wallet ${poor?.walletBalanceText}) to see 余额不足,
             or ${fresh?.businessName} (wallet ${fresh?.walletBalanceText}, no line yet) to enrol
             for credit at the checkout, pay on it, and repay on 我的额度 (my credit).
  The code   the checkout and credit pages show the one-time code in their yellow
             "沙箱专用 · Sandbox only" panel. It is also printed below as sms.sent,
             and readable at GET ${bankUrl}/v1/sandbox/verification_codes?checkout_session=cs_…
             with the secret key in .data/platform.json.
  Bank       ${bankUrl} · SQLite .data/sandbox.db · log .data/sandbox.log

  Ctrl-C stops both.
────────────────────────────────────────────────────────────────────────
`);
} catch (error) {
  console.error(`\n✘ npm start: ${error instanceof Error ? error.message : String(error)}`);
  await stop(1);
}

/**
 * Starts `node <args>` in the repo root. Each child gets its own process group, so Ctrl-C
 * reaches only this script, which then stops each child once, in order.
 * @param {string} name
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 */
function startChild(name, args, env = {}) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.push(child);
  createInterface({ input: /** @type {NodeJS.ReadableStream} */ (child.stderr) }).on(
    'line',
    (line) => console.error(`  [${name}] ${line}`),
  );
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`\n✘ the ${name} stopped (${signal ?? `exit code ${code}`})`);
    void stop(1);
  });
  return child;
}

/**
 * Resolves with the first stdout line matching `pattern`; every line also goes to `onLine`.
 * Rejects when the child exits first or takes longer than 30 s.
 * @param {import('node:child_process').ChildProcess} child
 * @param {RegExp} pattern
 * @param {(line: string) => void} onLine
 * @returns {Promise<RegExpMatchArray>}
 */
function waitForLine(child, pattern, onLine) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${pattern.source}" within 30 s`)), 30_000);
    child.once('exit', () => reject(new Error('a child process exited while starting')));
    createInterface({ input: /** @type {NodeJS.ReadableStream} */ (child.stdout) }).on(
      'line',
      (line) => {
        onLine(line);
        const match = pattern.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(match);
        }
      },
    );
  });
}

/**
 * The partner's keys from .data/platform.json, or a new sandbox partner's when there are none
 * or the bank no longer knows them (its database was deleted).
 * @param {string} bankUrl
 * @returns {Promise<{ partner: string, secret_key: string, publishable_key: string }>}
 */
async function partnerKeys(bankUrl) {
  // Imported only now: on a fresh clone the SDK's dist/ exists only after the build above.
  const { Xinghui, createSandboxPartner, isXinghuiError } = await import('@xinghui/sdk/server');
  if (existsSync(KEYS_FILE)) {
    const saved = JSON.parse(readFileSync(KEYS_FILE, 'utf8'));
    try {
      await new Xinghui({ secretKey: saved.secret_key, baseUrl: bankUrl }).sandbox.retrieveClock();
      return saved;
    } catch (error) {
      if (!isXinghuiError(error) || error.status !== 401) throw error;
    }
  }
  const partner = await createSandboxPartner({
    baseUrl: bankUrl,
    name: '安心母婴批发平台 (demo)',
    // Until the orders page confirms receipt with the shop's own code (see docs/escrow.md).
    secret_key_release: true,
  });
  const keys = {
    partner: partner.id,
    secret_key: partner.secret_key,
    publishable_key: partner.publishable_key,
  };
  // Owner-only: it holds the secret key.
  writeFileSync(KEYS_FILE, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  return keys;
}

/**
 * `preferred` when it is free on 127.0.0.1, else any free port (said so on the console).
 * @param {number} preferred
 * @param {string} what
 * @returns {Promise<number>}
 */
async function pickPort(preferred, what) {
  const tryListen = (/** @type {number} */ port) =>
    new Promise((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(undefined));
      server.listen(port, HOST, () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' ? address?.port : undefined));
      });
    });
  const port = (await tryListen(preferred)) ?? (await tryListen(0));
  if (typeof port !== 'number') fail(`no free port on ${HOST} for the ${what}`);
  if (port !== preferred) console.log(`  port ${preferred} is busy: the ${what} uses ${port}`);
  return port;
}

/** @param {string} line */
function parseJson(line) {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/**
 * Stops both children (SIGTERM, then SIGKILL after 5 s) and exits with `code`.
 * @param {number} code
 */
async function stop(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping the demo…');
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
          const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve(undefined);
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  bankLog.end();
  process.exit(code);
}
