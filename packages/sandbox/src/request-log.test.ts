/**
 * The request log (issue 18): every API call the sandbox answered, listable with the secret
 * key, so a partner can find the call behind an error. It names the kind of credential a call
 * used and never the key or client secret.
 */
import {
  IDEMPOTENCY_KEY_HEADER,
  REQUEST_ID_HEADER,
  type List,
  type SandboxRequest,
} from '@xinghui/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from './sandbox.js';
import {
  SHOP,
  caller,
  creditCodeOf,
  expectError,
  newKey,
  world,
  type App,
} from './testing/harness.js';
import { flushRequestLog, REQUEST_LOG_RETENTION } from './http/request-log.js';
import type { Store } from './store/store.js';

const LOG = '/v1/sandbox/requests';

let sandbox: Sandbox;
let app: App;
beforeEach(() => {
  sandbox = createSandbox({ rateLimits: false });
  app = sandbox.app;
});
afterEach(() => sandbox.close());

describe('the request log', () => {
  it('shows an error call with its request id, status and code', async () => {
    const w = await world(app, { checkLedger: false });
    const refused = await w.server.post('/v1/buyers', { business_name: '' });
    const { request_id } = expectError(refused, 'parameter_invalid', 'business_name');

    const log = await w.server.get<List<SandboxRequest>>(`${LOG}?status=4xx`);
    expect(log.status, log.text).toBe(200);
    expect(log.body.data[0]).toMatchObject({
      id: request_id,
      object: 'sandbox_request',
      partner: w.partner.id,
      method: 'POST',
      path: '/v1/buyers',
      status: 400,
      error_code: 'parameter_invalid',
      credential: 'secret_key',
      replayed: false,
    });
    const one = await w.server.get<SandboxRequest>(`${LOG}/${request_id}`);
    expect(one.body).toEqual(log.body.data[0]);
    // Only 4xx calls: the successful ones of world() are left out.
    expect(log.body.data.every((call) => call.status >= 400 && call.status < 500)).toBe(true);
  });

  it('lists every call newest first, filtered by path and exact status, page by page', async () => {
    const w = await world(app, { checkLedger: false });
    const all = await w.server.get<List<SandboxRequest>>(`${LOG}?limit=100`);
    const paths = all.body.data.map((call) => `${call.method} ${call.path}`);
    // world(): partner, shop, supplier, top-up, session; newest first.
    expect(paths.slice(0, 4)).toEqual([
      'POST /v1/checkout_sessions',
      `POST /v1/wallets/${w.shop.wallet}/top_ups`,
      'POST /v1/suppliers',
      'POST /v1/buyers',
    ]);
    expect(paths.at(-1)).toBe('POST /v1/sandbox/partners');
    expect(all.body.data[0]!.idempotency_key).toMatch(/^test-/);

    const buyers = await w.server.get<List<SandboxRequest>>(`${LOG}?path=/v1/buyers&status=200`);
    expect(buyers.body.data.map((call) => call.path)).toEqual(['/v1/buyers']);

    const first = await w.server.get<List<SandboxRequest>>(`${LOG}?limit=2`);
    expect(first.body.has_more).toBe(true);
    const next = await w.server.get<List<SandboxRequest>>(
      `${LOG}?limit=2&starting_after=${first.body.data[1]!.id}`,
    );
    expect(next.body.data.map((call) => call.id)).toEqual(
      all.body.data.slice(2, 4).map((call) => call.id),
    );
  });

  it('marks a replayed call, under the key it replayed', async () => {
    const w = await world(app, { checkLedger: false });
    const key = newKey();
    const first = await w.server.post(
      '/v1/buyers',
      { ...SHOP, phone: '13900139000' },
      {
        [IDEMPOTENCY_KEY_HEADER]: key,
      },
    );
    const again = await w.server.post(
      '/v1/buyers',
      { ...SHOP, phone: '13900139000' },
      {
        [IDEMPOTENCY_KEY_HEADER]: key,
      },
    );
    expect(again.text).toBe(first.text);
    const log = await w.server.get<List<SandboxRequest>>(`${LOG}?limit=2`);
    const [replay, original] = log.body.data;
    expect(replay).toMatchObject({
      id: again.headers.get(REQUEST_ID_HEADER),
      idempotency_key: key,
      replayed: true,
      status: first.status,
    });
    expect(original).toMatchObject({
      id: first.headers.get(REQUEST_ID_HEADER),
      idempotency_key: key,
      replayed: false,
    });
  });

  it('names the kind of credential and never holds a key or a client secret', async () => {
    const w = await world(app, { checkLedger: false });
    await w.page.get('/v1/client/checkout_session');
    await w.page.post('/v1/client/checkout_session/verification_codes', {});
    const publishableOnly = caller(app, w.partner.publishable_key);
    expectError(await publishableOnly.get('/v1/client/checkout_session'), 'client_secret_invalid');
    const log = await w.server.get<List<SandboxRequest>>(`${LOG}?limit=100`);
    expect(log.body.data.slice(0, 3).map((call) => call.credential)).toEqual([
      'publishable_key',
      'publishable_key+checkout_session',
      'publishable_key+checkout_session',
    ]);
    expect(log.body.data.at(-1)!.credential).toBe('none'); // creating the partner

    const stored = JSON.stringify([...sandbox.bank.store.scan('request_log')]);
    for (const secret of [
      w.partner.secret_key,
      w.partner.publishable_key,
      w.session.client_secret,
      w.session.client_secret.split('_secret_')[1]!,
    ]) {
      expect(stored).not.toContain(secret);
      expect(log.text).not.toContain(secret);
    }
  });

  it("is the partner's own: another partner sees none of it, nor any call of it by id", async () => {
    const a = await world(app, { checkLedger: false });
    const b = await world(app, { checkLedger: false });
    const refused = expectError(await a.server.post('/v1/buyers', {}), 'parameter_missing');
    const log = await b.server.get<List<SandboxRequest>>(`${LOG}?limit=100`);
    expect(log.body.data.every((call) => call.partner === b.partner.id)).toBe(true);
    expectError(await b.server.get(`${LOG}/${refused.request_id}`), 'resource_missing', 'id');
  });

  it('refuses bad filters clearly, and a page key or no key at all', async () => {
    const w = await world(app, { checkLedger: false });
    expectError(await w.server.get(`${LOG}?status=abc`), 'parameter_invalid', 'status');
    expectError(await w.server.get(`${LOG}?path=buyers`), 'parameter_invalid', 'path');
    expectError(await w.page.get(LOG), 'secret_key_required');
    expectError(await caller(app, undefined).get(LOG), 'api_key_missing');
  });

  it('keeps the last 10,000 calls per partner, dropping the oldest', async () => {
    const w = await world(app, { checkLedger: false });
    const store = sandbox.bank.store;
    await afterLogWrites(store);
    const old = store.find<SandboxRequest>('request_log', { where: { partner: w.partner.id } });
    // A full log's worth of older calls, written straight to the store.
    store.transaction(() => {
      for (let i = 0; i < REQUEST_LOG_RETENTION; i++) {
        store.insert('request_log', { ...old[0]!, id: `req_old${String(i).padStart(8, '0')}` });
      }
    });
    for (let i = 0; i < 100; i++) await w.server.get('/v1/balance');
    await afterLogWrites(store);
    const kept = store.find<SandboxRequest>('request_log', { where: { partner: w.partner.id } });
    expect(kept.length).toBeLessThanOrEqual(REQUEST_LOG_RETENTION + 100);
    expect(kept.length).toBeGreaterThanOrEqual(REQUEST_LOG_RETENTION);
    // The newest calls stay; the oldest went first.
    expect(kept[0]!.path).toBe('/v1/balance');
    expect(kept.some((call) => call.id === old.at(-1)!.id)).toBe(false);
    expect(kept.some((call) => call.id === 'req_old00000000')).toBe(false);

    // Once counted, later prunings drop just the oldest, and the bound holds.
    for (let i = 0; i < 250; i++) await w.server.get('/v1/balance');
    await afterLogWrites(store);
    const later = store.find<SandboxRequest>('request_log', { where: { partner: w.partner.id } });
    expect(later.length).toBeLessThanOrEqual(REQUEST_LOG_RETENTION + 100);
    expect(later.length).toBeGreaterThanOrEqual(REQUEST_LOG_RETENTION);
    const survivors = new Set(later.map((call) => call.id));
    // What stays is the newest: every row kept is newer than every row dropped.
    const dropped = kept.filter((call) => !survivors.has(call.id));
    expect(dropped.length).toBeGreaterThan(0);
    expect(kept.slice(0, kept.length - dropped.length).every((c) => survivors.has(c.id))).toBe(
      true,
    );
  });

  it('keeps the calls waiting to be written when a read of the log is refused', async () => {
    const w = await world(app, { checkLedger: false });
    const created = await w.server.post('/v1/buyers', { business_name: '' });
    const { request_id } = expectError(created, 'parameter_invalid', 'business_name');
    // Refused inside its transaction: the rows written first must not roll back with it.
    expectError(await w.server.get(`${LOG}/req_none`), 'resource_missing', 'id');
    const one = await w.server.get<SandboxRequest>(`${LOG}/${request_id}`);
    expect(one.status, one.text).toBe(200);
  });

  it('a failure to record is logged and the answer stands', async () => {
    const lines: { msg: string }[] = [];
    const logged = createSandbox({ rateLimits: false, log: (line) => void lines.push(line) });
    try {
      const w = await world(logged.app, { checkLedger: false });
      const store = logged.bank.store;
      const insert = store.insert.bind(store);
      store.insert = (table, row) => {
        if (table === 'request_log') throw new Error('disk full');
        insert(table, row);
      };
      const made = await w.server.post('/v1/buyers', {
        ...SHOP,
        phone: '13700137000',
        credit_code: creditCodeOf(7),
      });
      expect(made.status, made.text).toBe(200);
      await afterLogWrites(store);
      expect(lines.some((line) => line.msg === 'request log not written')).toBe(true);
    } finally {
      logged.close();
    }
  });
});

/** The log is written in batches (see request-log.ts): let calls finish recording, then write. */
async function afterLogWrites(store: Store): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  flushRequestLog(store);
}
