#!/usr/bin/env node
/**
 * `xinghui-sandbox`: the sandbox bank on your machine.
 *
 *   xinghui-sandbox [--port 4400] [--db .data/sandbox.db | --memory] [--no-rate-limits] [--verify-ledger]
 */
import { parseArgs } from 'node:util';
import { verifyLedger } from './engine/ledger/ledger.js';
import { createPartner } from './engine/core/partners.js';
import type { ApiKeyRecord, PartnerRecord } from './engine/core/records.js';
import { jsonLogger } from './logger.js';
import { createSandbox } from './sandbox.js';
import { startServer } from './server.js';
import { MemoryStore } from './store/memory-store.js';
import { RecordFormatError, SqliteStore } from './store/sqlite-store.js';
import type { Store } from './store/store.js';

const HELP = `xinghui-sandbox: the Xinghui sandbox bank

  --port <n>         port on 127.0.0.1 (default 4400; 0 picks a free one)
  --host <address>   address to bind (default 127.0.0.1; the sandbox is for your machine only)
  --db <file>        SQLite file (default .data/sandbox.db)
  --memory           keep everything in memory instead (gone when it stops)
  --no-rate-limits   serve every request however fast it comes (load tests; default: limited)
  --verify-ledger    recompute every balance from the ledger, print the report, and exit
  --help             this text`;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4400' },
    host: { type: 'string', default: '127.0.0.1' },
    db: { type: 'string', default: '.data/sandbox.db' },
    memory: { type: 'boolean', default: false },
    'verify-ledger': { type: 'boolean', default: false },
    'no-rate-limits': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const store: Store = values.memory ? new MemoryStore() : openSqlite(values.db);

/** The SQLite store, or a clear message and exit 1 for a file this version cannot read. */
function openSqlite(file: string): Store {
  try {
    return new SqliteStore(file);
  } catch (error) {
    if (!(error instanceof RecordFormatError)) throw error;
    console.error(`xinghui-sandbox: ${error.message}`);
    process.exit(1);
  }
}

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

const sandbox = createSandbox({
  store,
  log: jsonLogger((line) => process.stdout.write(line)),
  ...(values['no-rate-limits'] ? { rateLimits: false } : {}),
});
const server = await startServer(sandbox.app, {
  port: Number(values.port),
  hostname: values.host,
});
const { partner, keys } = defaultPartner();
const key = (kind: ApiKeyRecord['kind']) => keys.find((k) => k.kind === kind)?.id;

console.log(`
  Xinghui sandbox bank listening on ${server.url}
  store:            ${values.memory ? 'memory' : values.db}
  partner:          ${partner.id}
  secret key:       ${key('secret')}   (your server only)
  publishable key:  ${key('publishable')}   (pages, from ${partner.allowed_origins.join(', ')})
  one-time codes:   printed below as "sms.sent", or GET ${server.url}/v1/sandbox/verification_codes?checkout_session=cs_…
`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().finally(() => {
      sandbox.close();
      process.exit(0);
    });
  });
}
