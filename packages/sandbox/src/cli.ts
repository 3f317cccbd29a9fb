#!/usr/bin/env node
/**
 * `xinghui-sandbox`: the sandbox bank on your machine.
 *
 *   xinghui-sandbox [--port 4400] [--db .data/sandbox.db | --memory] [--json] [--no-rate-limits] [--verify-ledger]
 *   xinghui-sandbox <tool> …   (trigger, events, webhooks, keys, clock: see cli/run.ts)
 *                   [--rules rules.json]
 *
 * A mistake the user can fix (a bad flag, a taken port, an unreadable file) is one line on
 * stderr and exit 1, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyLedger } from './engine/ledger/ledger.js';
import { createPartner } from './engine/core/partners.js';
import type { ApiKeyRecord, PartnerRecord } from './engine/core/records.js';
import { isTool, runTool, TOOLS_HELP } from './cli/run.js';
import { keysFileBeside, writeKeysFile } from './cli/keys-file.js';
import { dashboardFiles } from './dashboard/files.js';
import { jsonLogger } from './logger.js';
import { createSandbox } from './sandbox.js';
import { compileRuleSet } from './risk/compile.js';
import { RuleSetError, type RiskEngine } from './risk/index.js';
import { startServer, type RunningServer } from './server.js';
import { MemoryStore } from './store/memory-store.js';
import { RecordFormatError, SqliteStore } from './store/sqlite-store.js';
import type { Store } from './store/store.js';

const HELP = `xinghui-sandbox: the Xinghui sandbox bank

  --port <n>         port on 127.0.0.1 (default 4400; 0 picks a free one)
  --host <address>   address to bind (default 127.0.0.1; the sandbox is for your machine only)
  --db <file>        SQLite file (default .data/sandbox.db)
  --memory           keep everything in memory instead (gone when it stops)
  --json             print one JSON line when ready (url, partner, keys) and send the log to stderr
  --no-rate-limits   serve every request however fast it comes (load tests; default: limited)
  --verify-ledger    recompute every balance from the ledger, print the report, and exit
  --keys-file <file> where to write the address and test partner's keys for the tools
                     (default: sandbox.keys.json beside --db; none with --memory unless given)
  --rules <file>     decide credit with this risk rule set (JSON, see docs/risk.md) instead of the shipped one
  --help             this text

${TOOLS_HELP}`;

/** How often the CLI checks that whoever started it is still there (see `watchParent`). */
const PARENT_CHECK_MS = 500;

/** One line on stderr and exit 1: what went wrong and what to do, no stack trace. */
function fail(message: string): never {
  console.error(`xinghui-sandbox: ${message}`);
  process.exit(1);
}

function readFlags() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string', default: '4400' },
        host: { type: 'string', default: '127.0.0.1' },
        db: { type: 'string', default: '.data/sandbox.db' },
        memory: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        'verify-ledger': { type: 'boolean', default: false },
        'no-rate-limits': { type: 'boolean', default: false },
        'keys-file': { type: 'string' },
        rules: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    // node:util's messages name the flag ("Unknown option '--prot'"); the hint says where to look.
    fail(`${(error as Error).message}. See xinghui-sandbox --help.`);
  }
}

// `xinghui-sandbox trigger …` and the other tools talk to a running sandbox: no server here.
if (isTool(process.argv[2])) process.exit(await runTool(process.argv.slice(2)));

const values = readFlags();

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

/** `--port` as a port number, or exit 1: `Number('44OO')` would be NaN and `Number('')` 0. */
function readPort(text: string): number {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 0 && port <= 65_535)) {
    fail(`--port must be a whole number from 0 to 65535 (0 picks a free port), got "${text}".`);
  }
  return port;
}

const port = readPort(values.port);

/** `--rules FILE` compiled, or exit 1 naming the file and every problem in it. */
function readRules(file: string): RiskEngine {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`--rules: cannot read "${file}" as JSON (${(error as Error).message}).`);
  }
  try {
    return compileRuleSet(json);
  } catch (error) {
    if (error instanceof RuleSetError) fail(`--rules "${file}": ${error.message}`);
    throw error;
  }
}

// Before the store opens, so a rule set that does not load changes nothing.
const rules = values.rules === undefined ? undefined : readRules(values.rules);

/** The SQLite store, or a clear message and exit 1 for a file this version cannot read. */
function openSqlite(file: string): Store {
  try {
    return new SqliteStore(file);
  } catch (error) {
    if (error instanceof RecordFormatError) fail(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_NOTADB') {
      fail(`cannot open "${file}" as a SQLite file (${(error as Error).message}).`);
    }
    throw error;
  }
}

const store: Store = values.memory ? new MemoryStore() : openSqlite(values.db);

if (values['verify-ledger']) {
  const report = verifyLedger(store);
  console.log(JSON.stringify(report, null, 2));
  store.close();
  process.exit(report.ok ? 0 : 1);
}

/** The partner made on first start, so `npm start` has keys to print. */
function defaultPartner(): { partner: PartnerRecord; keys: ApiKeyRecord[] } {
  let [partner] = store.scan<PartnerRecord>('partners');
  if (!partner) {
    createPartner(store, { name: 'Default test partner' });
    [partner] = store.scan<PartnerRecord>('partners');
  }
  const keys = store.find<ApiKeyRecord>('api_keys', { where: { partner: partner!.id } });
  return { partner: partner!, keys };
}

/** Why the server could not listen, as the one line the user reads. */
function listenFailure(error: NodeJS.ErrnoException): string {
  const where = `${values.host}:${port}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return `port ${port} on ${values.host} is already in use (another sandbox?). Stop it, or pick another port with --port <n> (--port 0 picks a free one).`;
    case 'EACCES':
      return `not allowed to listen on ${where}: ports below 1024 need privileges. Pick another with --port <n>.`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `cannot listen on ${where}: "${values.host}" is not an address of this machine.`;
    default:
      return `cannot listen on ${where}: ${error.message}`;
  }
}

// With --json, stdout carries exactly the one ready line, so the log (JSON lines too) goes to stderr.
const log = values.json ? process.stderr : process.stdout;
const sandbox = createSandbox({
  store,
  log: jsonLogger((line) => log.write(line)),
  dashboard: dashboardFiles(),
  ...(values['no-rate-limits'] ? { rateLimits: false } : {}),
  ...(rules ? { rules } : {}),
});

let server: RunningServer;
try {
  server = await startServer(sandbox.app, { port, hostname: values.host });
} catch (error) {
  sandbox.close();
  fail(listenFailure(error as NodeJS.ErrnoException));
}

const { partner, keys } = defaultPartner();
// The keys printed (and written to the keys file) are committed first: a crash cannot lose them.
await store.committed();
// A rolled key (one with an end) is never the one to print: the current key is.
const key = (kind: ApiKeyRecord['kind']) =>
  keys.find((k) => k.kind === kind && k.expires_at === undefined)?.id;

// The tools read this file, so nobody copies a key by hand (see cli/keys-file.ts).
const keysFile = values['keys-file'] ?? (values.memory ? undefined : keysFileBeside(values.db));
if (keysFile) {
  writeKeysFile(keysFile, {
    url: server.url,
    partner: partner.id,
    secret_key: key('secret')!,
    publishable_key: key('publishable')!,
  });
}

if (values.json) {
  console.log(
    JSON.stringify({
      url: server.url,
      store: values.memory ? 'memory' : values.db,
      partner: { id: partner.id, name: partner.name, allowed_origins: partner.allowed_origins },
      secret_key: key('secret'),
      publishable_key: key('publishable'),
    }),
  );
} else {
  console.log(`
  Xinghui sandbox bank listening on ${server.url}
  store:            ${values.memory ? 'memory' : values.db}
  partner:          ${partner.id}
  secret key:       ${key('secret')}   (your server only)
  publishable key:  ${key('publishable')}   (pages, from ${partner.allowed_origins.join(', ')})
  dashboard:        ${server.url}/dashboard (sign in with the secret key)
  one-time codes:   printed below as "sms.sent", or GET ${server.url}/v1/sandbox/verification_codes?checkout_session=cs_…
  keys file:        ${keysFile ?? 'none (--memory)'}   (read by xinghui-sandbox trigger, events, …)
`);
}

let stopping = false;
/** Closes the server, the webhook timers and the store, then exits 0; a second call forces it. */
function stop(): void {
  if (stopping) process.exit(0); // a second Ctrl-C while closing: do not make the user wait
  stopping = true;
  void server.close().finally(() => {
    sandbox.close();
    process.exit(0);
  });
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);

/**
 * Stops when whoever started the CLI is gone. `npx xinghui-sandbox` (or a test runner, or a
 * script) runs this process as a child; if that parent is killed outright (SIGKILL, a crash) no
 * signal reaches this process, which would keep the port and the SQLite file forever. The
 * kernel hands an orphan to another parent, so a changed `ppid` means ours has gone.
 */
function watchParent(): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) stop();
  }, PARENT_CHECK_MS);
  timer.unref(); // never what keeps the process alive
}

watchParent();
