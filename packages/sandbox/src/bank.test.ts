/**
 * The bank's behaviour through its HTTP API, on both stores: one suite, run once on a memory
 * store and once on a SQLite file. Every call goes through `app.request`; every reply is checked
 * against the contract by the harness; after every call the partner's ledger is recomputed
 * (`GET /v1/sandbox/ledger/verify` must say ok), and after every test the whole bank's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  API_VERSION,
  API_VERSION_HEADER,
  CLIENT_SECRET_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAY_HEADER,
  REQUEST_ID_HEADER,
  randomToken,
  type Buyer,
  type CheckoutSession,
  type ClientCheckoutSession,
  type ErrorCode,
  type Event,
  type List,
  type Payment,
  type Refund,
  type SandboxVerificationCode,
  type Supplier,
  type TestClock,
  type VerificationCode,
  type Wallet,
  type WalletTransaction,
} from '@xinghui/contract';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyLedger } from './engine/ledger/ledger.js';
import { jsonLogger } from './logger.js';
import { createSandbox, type Sandbox } from './sandbox.js';
import { MemoryStore } from './store/memory-store.js';
import { SqliteStore } from './store/sqlite-store.js';
import type { FindOptions, Row, Store, Table } from './store/store.js';
import {
  SHOP,
  SUPPLIER,
  caller,
  cny,
  codeFor,
  ledgerCheck,
  newKey,
  newPartner,
  readReply,
  sessionParams,
  verifyLedgerOk,
  world,
  wrongCode,
  type App,
  type Caller,
  type HeaderOverrides,
  type World,
  expectError,
  creditCodeOf,
} from './testing/harness.js';

const dir = mkdtempSync(join(tmpdir(), 'xinghui-bank-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const STORES = [
  { name: 'a memory store', make: (): Store => new MemoryStore() },
  {
    name: 'a SQLite file',
    make: (): Store => new SqliteStore(join(dir, `bank-${randomToken(10)}.db`)),
  },
];

const CLIENT_SESSION = '/v1/client/checkout_session';
const CODES = '/v1/client/checkout_session/verification_codes';
const CONFIRM = '/v1/client/checkout_session/confirm';

/** A second shop, so a request differs from SHOP. */
const SHOP_2 = {
  business_name: '萌宠之家',
  credit_code: '91110108551385082Q',
  owner_name: '赵大伟',
  phone: '13700137000',
  industry: 'pets',
};

/** Asserts a reply is the error `code` (the harness has already checked the envelope). */

function confirm(page: Caller, code: string, headers?: HeaderOverrides) {
  return page.post<ClientCheckoutSession>(
    CONFIRM,
    { payment_method: 'wallet', verification_code: code },
    headers,
  );
}

async function advance(server: Caller, seconds: number): Promise<TestClock> {
  const reply = await server.post<TestClock>('/v1/test_clocks/advance', { seconds });
  expect(reply.status, reply.text).toBe(200);
  return reply.body;
}

async function list<T>(server: Caller, path: string): Promise<T[]> {
  const reply = await server.get<List<T>>(path);
  expect(reply.status, reply.text).toBe(200);
  return reply.body.data;
}

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

/**
 * Everything of a world's partner that money or an API call could change: balances, the
 * session, and every object of every list (ids, and what can change on them).
 */
async function state(w: World) {
  const { server } = w;
  const wallet = (await server.get<Wallet>(`/v1/wallets/${w.shop.wallet}`)).body;
  const supplier = (await server.get<Supplier>(`/v1/suppliers/${w.supplier.id}`)).body;
  const session = (await server.get<CheckoutSession>(`/v1/checkout_sessions/${w.session.id}`)).body;
  return {
    wallet: wallet.balance.amount,
    settlement: supplier.settlement_account.balance.amount,
    session: { status: session.status, payment: session.payment },
    buyers: ids(await list<Buyer>(server, '/v1/buyers?limit=100')),
    suppliers: ids(await list<Supplier>(server, '/v1/suppliers?limit=100')),
    sessions: (await list<CheckoutSession>(server, '/v1/checkout_sessions?limit=100')).map((s) => [
      s.id,
      s.status,
      s.payment,
    ]),
    payments: (await list<Payment>(server, '/v1/payments?limit=100')).map((p) => [
      p.id,
      p.amount_refunded.amount,
    ]),
    events: ids(await list<Event>(server, '/v1/events?limit=100')),
    transactions: ids(
      await list<WalletTransaction>(server, `/v1/wallets/${w.shop.wallet}/transactions?limit=100`),
    ),
  };
}

/** Requests a code from the page and reads it from the sandbox's "phone". */
async function sendCode(w: World, page: Caller = w.page, sessionId = w.session.id) {
  const reply = await page.post<VerificationCode>(CODES);
  expect(reply.status, reply.text).toBe(200);
  return codeFor(w.server, sessionId);
}

/** Pays the world's session; returns the payment. */
async function pay(w: World): Promise<Payment> {
  const code = await sendCode(w);
  const paid = await confirm(w.page, code);
  expect(paid.status, paid.text).toBe(200);
  return (await w.server.get<Payment>(`/v1/payments/${paid.body.payment}`)).body;
}

describe.each(STORES)('the bank on $name', ({ make }) => {
  let sandbox: Sandbox;
  let app: App;
  const logLines: string[] = [];

  beforeAll(() => {
    sandbox = createSandbox({ store: make(), log: jsonLogger((line) => logLines.push(line)) });
    app = sandbox.app;
  });
  afterAll(() => sandbox.close());
  beforeEach(() => {
    logLines.length = 0;
  });
  afterEach(() => {
    // Every partner's ledger, not only the one each test checked call by call.
    const report = verifyLedger(sandbox.bank.store);
    expect(report, JSON.stringify(report)).toMatchObject({ ok: true });
  });

  describe('the walking skeleton', () => {
    it('tops up, opens a session, sends a code and pays the supplier from the wallet', async () => {
      const w = await world(app, { topUp: 0 });
      const { server } = w;
      const supplierBefore = (await server.get<Supplier>(`/v1/suppliers/${w.supplier.id}`)).body;

      const topUp = await server.post<WalletTransaction>(`/v1/wallets/${w.shop.wallet}/top_ups`, {
        amount: cny(100_000),
      });
      expect(topUp.status, topUp.text).toBe(200);
      expect(topUp.body).toMatchObject({
        wallet: w.shop.wallet,
        type: 'top_up',
        amount: cny(100_000),
        balance_after: cny(100_000),
        source: null,
      });

      const created = await server.post<CheckoutSession>(
        '/v1/checkout_sessions',
        sessionParams(w.shop.id, w.supplier.id, 25_800, { description: '订单 SO-1001' }),
      );
      expect(created.status, created.text).toBe(200);
      const session = created.body;
      expect(session).toMatchObject({
        status: 'open',
        buyer: w.shop.id,
        supplier: w.supplier.id,
        amount: cny(25_800),
        payment: null,
        payment_methods: ['wallet'],
      });
      expect(session.client_secret.startsWith(`${session.id}_secret_`)).toBe(true);
      const page = w.pageOf(session);

      const read = await page.get<ClientCheckoutSession>(CLIENT_SESSION);
      expect(read.status, read.text).toBe(200);
      expect(read.body).toMatchObject({
        id: session.id,
        status: 'open',
        amount: cny(25_800),
        description: '订单 SO-1001',
        buyer: { id: w.shop.id, business_name: SHOP.business_name, phone_masked: '138****8000' },
        supplier: { id: w.supplier.id, business_name: SUPPLIER.business_name },
        wallet: { balance: cny(100_000) },
        payment: null,
      });
      // The page sees what it shows, nothing more: no phone, no credit code, no secret.
      expect(read.text).not.toContain(SHOP.phone);
      expect(read.text).not.toContain(SHOP.credit_code);
      expect(read.text).not.toContain(session.client_secret);

      const clock = (await server.get<TestClock>('/v1/test_clocks/current')).body;
      const sent = await page.post<VerificationCode>(CODES);
      expect(sent.status, sent.text).toBe(200);
      expect(sent.body).toMatchObject({ phone_masked: '138****8000', attempts_remaining: 5 });
      expect(sent.body.expires_at - clock.now).toBeGreaterThanOrEqual(300);
      expect(sent.body.expires_at - clock.now).toBeLessThanOrEqual(302);
      expect(sent.body.resend_available_at - clock.now).toBeGreaterThanOrEqual(60);
      expect(sent.body.resend_available_at - clock.now).toBeLessThanOrEqual(62);
      const code = await codeFor(server, session.id);
      expect(code).toMatch(/^\d{6}$/);
      // The code goes to the phone, never to the page.
      expect(sent.text).not.toContain(code);
      expect(sent.text).not.toContain(SHOP.phone);

      const key = newKey();
      const confirmed = await confirm(page, code, { [IDEMPOTENCY_KEY_HEADER]: key });
      expect(confirmed.status, confirmed.text).toBe(200);
      expect(confirmed.body).toMatchObject({
        id: session.id,
        status: 'complete',
        wallet: { balance: cny(74_200) },
      });
      const paymentId = confirmed.body.payment!;
      expect(paymentId).toMatch(/^pay_/);
      const requestId = confirmed.headers.get(REQUEST_ID_HEADER);

      const supplierAfter = (await server.get<Supplier>(`/v1/suppliers/${w.supplier.id}`)).body;
      expect(
        supplierAfter.settlement_account.balance.amount -
          supplierBefore.settlement_account.balance.amount,
      ).toBe(25_800);
      const wallet = (await server.get<Wallet>(`/v1/wallets/${w.shop.wallet}`)).body;
      expect(wallet).toMatchObject({ buyer: w.shop.id, balance: cny(74_200), status: 'active' });

      const transactions = await list<WalletTransaction>(
        server,
        `/v1/wallets/${w.shop.wallet}/transactions`,
      );
      expect(transactions).toMatchObject([
        {
          type: 'payment',
          amount: cny(-25_800),
          balance_after: cny(74_200),
          source: paymentId,
          wallet: w.shop.wallet,
        },
        { type: 'top_up', amount: cny(100_000), balance_after: cny(100_000), source: null },
      ]);

      const payment = await server.get<Payment>(`/v1/payments/${paymentId}`);
      expect(payment.status).toBe(200);
      expect(payment.body).toEqual({
        id: paymentId,
        object: 'payment',
        status: 'succeeded',
        method: 'wallet',
        amount: cny(25_800),
        amount_refunded: cny(0),
        buyer: w.shop.id,
        supplier: w.supplier.id,
        checkout_session: session.id,
        failure_code: null,
        escrow: null,
        created: payment.body.created,
      });
      const completed = (await server.get<CheckoutSession>(`/v1/checkout_sessions/${session.id}`))
        .body;
      expect(completed).toMatchObject({ status: 'complete', payment: paymentId });

      const events = await list<Event>(server, '/v1/events');
      const succeeded = events.filter((event) => event.type === 'payment.succeeded');
      const completedEvents = events.filter((event) => event.type === 'checkout_session.completed');
      expect(succeeded).toHaveLength(1);
      expect(completedEvents).toHaveLength(1);
      expect(succeeded[0]!.data.object).toEqual(payment.body);
      expect(completedEvents[0]!.data.object).toEqual(completed);
      for (const event of [...succeeded, ...completedEvents]) {
        expect(event.request).toEqual({ id: requestId, idempotency_key: key });
        expect((await server.get<Event>(`/v1/events/${event.id}`)).body).toEqual(event);
      }
      // Newest first: the session completed after its payment succeeded.
      expect(events.indexOf(completedEvents[0]!)).toBeLessThan(events.indexOf(succeeded[0]!));
      expect(ids(await list<Event>(server, '/v1/events?type=payment.succeeded'))).toEqual(
        ids(succeeded),
      );

      expect(ids(await list<Payment>(server, `/v1/payments?supplier=${w.supplier.id}`))).toEqual([
        paymentId,
      ]);
      expect(ids(await list<Payment>(server, `/v1/payments?buyer=${w.shop.id}`))).toEqual([
        paymentId,
      ]);
      const other = (await server.post<Supplier>('/v1/suppliers', SUPPLIER)).body;
      expect(await list<Payment>(server, `/v1/payments?supplier=${other.id}`)).toEqual([]);
      expect(
        (
          await server.get<SandboxVerificationCode>(
            `/v1/sandbox/verification_codes?checkout_session=${session.id}`,
          )
        ).body.status,
      ).toBe('used');
    });
  });

  describe('idempotency', () => {
    it('replays a POST byte for byte, whatever the key order or whitespace, and creates nothing', async () => {
      const w = await world(app);
      const before = await state(w);
      const key = newKey();
      const params = sessionParams(w.shop.id, w.supplier.id, 1_234, {
        metadata: { order: 'SO-7', channel: 'app' },
      });
      const first = await w.server.post<CheckoutSession>('/v1/checkout_sessions', params, {
        [IDEMPOTENCY_KEY_HEADER]: key,
      });
      expect(first.status, first.text).toBe(200);
      expect(first.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBeNull();
      const after = await state(w);
      expect(after.sessions).toHaveLength(before.sessions.length + 1);

      const reversed = (value: unknown): unknown =>
        Array.isArray(value)
          ? value.map(reversed)
          : value && typeof value === 'object'
            ? Object.fromEntries(
                Object.entries(value)
                  .reverse()
                  .map(([k, v]) => [k, reversed(v)]),
              )
            : value;
      for (const body of [
        JSON.stringify(params),
        `\n  ${JSON.stringify(reversed(params), null, 4)}\n\n`,
      ]) {
        const replay = await w.server.post('/v1/checkout_sessions', body, {
          [IDEMPOTENCY_KEY_HEADER]: key,
        });
        expect(replay.status).toBe(200);
        expect(replay.text).toBe(first.text);
        expect(replay.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBe('true');
      }
      expect(await state(w)).toEqual(after);
    });

    it('refuses the same key for a different request (422) and changes nothing', async () => {
      const w = await world(app);
      const key = newKey();
      const first = await w.server.post<Buyer>('/v1/buyers', SHOP_2, {
        [IDEMPOTENCY_KEY_HEADER]: key,
      });
      expect(first.status).toBe(200);
      const before = await state(w);
      const changedBody = await w.server.post(
        '/v1/buyers',
        { ...SHOP_2, owner_name: '赵小伟' },
        { [IDEMPOTENCY_KEY_HEADER]: key },
      );
      expectError(changedBody, 'idempotency_key_reused');
      const otherPath = await w.server.post('/v1/suppliers', SUPPLIER, {
        [IDEMPOTENCY_KEY_HEADER]: key,
      });
      expectError(otherPath, 'idempotency_key_reused');
      expect(await state(w)).toEqual(before);
      // The first response is still what the key holds.
      const replay = await w.server.post('/v1/buyers', SHOP_2, { [IDEMPOTENCY_KEY_HEADER]: key });
      expect(replay.text).toBe(first.text);
    });

    it('scopes keys per partner', async () => {
      const a = await world(app);
      const b = await world(app);
      const key = newKey();
      const fromA = await a.server.post<Buyer>('/v1/buyers', SHOP_2, {
        [IDEMPOTENCY_KEY_HEADER]: key,
      });
      const aAfter = await state(a);
      const fromB = await b.server.post<Buyer>('/v1/buyers', SHOP_2, {
        [IDEMPOTENCY_KEY_HEADER]: key,
      });
      expect(fromB.status).toBe(200);
      expect(fromB.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBeNull();
      expect(fromB.body.id).not.toBe(fromA.body.id);
      expect(ids(await list<Buyer>(b.server, '/v1/buyers'))).toEqual([fromB.body.id, b.shop.id]);
      // B's use of the key neither replays nor disturbs A's.
      const differentForB = await b.server.post('/v1/buyers', SHOP, {
        [IDEMPOTENCY_KEY_HEADER]: key,
      });
      expectError(differentForB, 'idempotency_key_reused');
      expect(await state(a)).toEqual(aAfter);
      expect(
        (await a.server.post('/v1/buyers', SHOP_2, { [IDEMPOTENCY_KEY_HEADER]: key })).text,
      ).toBe(fromA.text);
    });

    it('replays a refusal as the same refusal, even once the refusal no longer holds', async () => {
      const w = await world(app, { topUp: 10_000 });
      const code = await sendCode(w);
      const key = newKey();
      const refused = await confirm(w.page, code, { [IDEMPOTENCY_KEY_HEADER]: key });
      expectError(refused, 'insufficient_balance');
      await w.server.post(`/v1/wallets/${w.shop.wallet}/top_ups`, { amount: cny(20_000) });
      const before = await state(w);
      const replay = await confirm(w.page, code, { [IDEMPOTENCY_KEY_HEADER]: key });
      expect(replay.status).toBe(402);
      expect(replay.text).toBe(refused.text);
      expect(replay.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBe('true');
      expect(await state(w)).toEqual(before);
      // A new request (a new key) is a new attempt, and the code is still good.
      expect((await confirm(w.page, code)).status).toBe(200);
    });

    it('does not burn a key on a malformed body: the corrected request then runs', async () => {
      const w = await world(app);
      const before = await state(w);
      const key = newKey();
      expectError(
        await w.server.post(
          '/v1/buyers',
          { ...SHOP_2, phone: '12345' },
          { [IDEMPOTENCY_KEY_HEADER]: key },
        ),
        'parameter_invalid',
        'phone',
      );
      expectError(
        await w.server.post('/v1/buyers', '{"business_name": ', { [IDEMPOTENCY_KEY_HEADER]: key }),
        'body_invalid',
      );
      expect(await state(w)).toEqual(before);
      const corrected = await w.server.post<Buyer>('/v1/buyers', SHOP_2, {
        [IDEMPOTENCY_KEY_HEADER]: key,
      });
      expect(corrected.status).toBe(200);
      expect(corrected.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBeNull();
      const replay = await w.server.post('/v1/buyers', SHOP_2, { [IDEMPOTENCY_KEY_HEADER]: key });
      expect(replay.text).toBe(corrected.text);
      expect((await state(w)).buyers).toEqual([corrected.body.id, ...before.buyers]);
    });

    it('requires a key of 1 to 255 printable characters on every POST', async () => {
      const w = await world(app);
      const code = await sendCode(w);
      const before = await state(w);
      for (const key of [null, '', 'k'.repeat(256), 'two words']) {
        expectError(
          await w.server.post('/v1/buyers', SHOP_2, { [IDEMPOTENCY_KEY_HEADER]: key }),
          'idempotency_key_invalid',
        );
        expectError(
          await confirm(w.page, code, { [IDEMPOTENCY_KEY_HEADER]: key }),
          'idempotency_key_invalid',
        );
      }
      expect(await state(w)).toEqual(before);
      const longest = await w.server.post('/v1/buyers', SHOP_2, {
        [IDEMPOTENCY_KEY_HEADER]: `${'k'.repeat(240)}-${randomToken(14)}`,
      });
      expect(longest.status, longest.text).toBe(200);
      // The code was not used up by the refused confirmations.
      expect((await confirm(w.page, code)).status).toBe(200);
    });

    it('answers 409 with Retry-After while the first request with the key is still running', async () => {
      const w = await world(app);
      const key = newKey();
      let reading!: () => void;
      const startedReading = new Promise<void>((resolve) => (reading = resolve));
      let body!: ReadableStreamDefaultController<Uint8Array>;
      const stream = new ReadableStream<Uint8Array>(
        {
          start: (controller) => {
            body = controller;
          },
          pull: () => reading(),
        },
        { highWaterMark: 0 },
      );
      const init = {
        method: 'POST',
        body: stream,
        duplex: 'half',
        headers: {
          Authorization: `Bearer ${w.partner.secret_key}`,
          [IDEMPOTENCY_KEY_HEADER]: key,
          [API_VERSION_HEADER]: API_VERSION,
          'Content-Type': 'application/json',
        },
      };
      const first = app.request(new Request('http://localhost/v1/buyers', init as RequestInit));
      await startedReading;

      const second = await w.server.post('/v1/buyers', SHOP_2, { [IDEMPOTENCY_KEY_HEADER]: key });
      expectError(second, 'idempotency_key_in_use');
      expect(Number(second.headers.get('Retry-After'))).toBeGreaterThan(0);
      // A different request with the key is just as much in the way of the first.
      expectError(
        await w.server.post('/v1/buyers', SHOP, { [IDEMPOTENCY_KEY_HEADER]: key }),
        'idempotency_key_in_use',
      );

      body.enqueue(new TextEncoder().encode(JSON.stringify(SHOP_2)));
      body.close();
      const done = await readReply<Buyer>('POST', '/v1/buyers', await first);
      expect(done.status, done.text).toBe(200);
      expect(done.body.business_name).toBe(SHOP_2.business_name);
      await verifyLedgerOk(app, w.partner.secret_key);
      const retry = await w.server.post('/v1/buyers', SHOP_2, { [IDEMPOTENCY_KEY_HEADER]: key });
      expect(retry.text).toBe(done.text);
      expect(retry.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBe('true');
      expect(
        (await list<Buyer>(w.server, '/v1/buyers')).filter((b) => b.id === done.body.id),
      ).toHaveLength(1);
    });

    it('forgets a key after 24 hours on the test clock', async () => {
      const w = await world(app);
      const key = newKey();
      const first = await w.server.post<Buyer>('/v1/buyers', SHOP_2, {
        [IDEMPOTENCY_KEY_HEADER]: key,
      });
      await advance(w.server, 86_000);
      expectError(
        await w.server.post('/v1/buyers', SHOP, { [IDEMPOTENCY_KEY_HEADER]: key }),
        'idempotency_key_reused',
      );
      await advance(w.server, 400);
      // A new buyer, so a code of its own (SHOP's is taken by the world's shop).
      const fresh = await w.server.post<Buyer>(
        '/v1/buyers',
        { ...SHOP, credit_code: creditCodeOf(1) },
        { [IDEMPOTENCY_KEY_HEADER]: key },
      );
      expect(fresh.status, fresh.text).toBe(200);
      expect(fresh.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBeNull();
      expect(fresh.body.id).not.toBe(first.body.id);
      expect(fresh.body.business_name).toBe(SHOP.business_name);
    });
  });

  describe('credentials', () => {
    it('lets a client secret reach its own session only, even within one partner', async () => {
      const w = await world(app);
      const other = await w.createSession(999);
      const otherPage = w.pageOf(other);
      expect((await w.page.get<ClientCheckoutSession>(CLIENT_SESSION)).body.id).toBe(w.session.id);
      expect((await otherPage.get<ClientCheckoutSession>(CLIENT_SESSION)).body.id).toBe(other.id);
      // Nothing but the header names the session: a query string does not.
      expect(
        (await w.page.get<ClientCheckoutSession>(`${CLIENT_SESSION}?id=${other.id}`)).body.id,
      ).toBe(w.session.id);

      // A secret forged from one session's secret and another's id is no secret.
      const tail = w.session.client_secret.split('_secret_')[1];
      const forged = w.page.with({ [CLIENT_SECRET_HEADER]: `${other.id}_secret_${tail}` });
      expectError(await forged.get(CLIENT_SESSION), 'client_secret_invalid');
      expectError(await forged.post(CODES), 'client_secret_invalid');
      for (const secret of [null, '', 'cs_nonsense', `${w.session.client_secret}x`]) {
        expectError(
          await w.page.with({ [CLIENT_SECRET_HEADER]: secret }).get(CLIENT_SESSION),
          'client_secret_invalid',
        );
      }

      // A code sent for the other session does not confirm this one.
      const otherCode = await sendCode(w, otherPage, other.id);
      const before = await state(w);
      expectError(await confirm(w.page, otherCode), 'verification_code_required');
      expectError(
        await forged.post(CONFIRM, { payment_method: 'wallet', verification_code: otherCode }),
        'client_secret_invalid',
      );
      expect(await state(w)).toEqual(before);
      expect((await confirm(otherPage, otherCode)).status).toBe(200);
      expect((await w.page.get<ClientCheckoutSession>(CLIENT_SESSION)).body.status).toBe('open');
    });

    it("refuses another partner's publishable key with a valid client secret (401)", async () => {
      const w = await world(app);
      const stranger = await world(app);
      const code = await sendCode(w);
      const before = await state(w);
      const wrongKey = caller(app, stranger.partner.publishable_key, {
        headers: { [CLIENT_SECRET_HEADER]: w.session.client_secret },
        after: ledgerCheck(app, w.partner.secret_key),
      });
      expectError(await wrongKey.get(CLIENT_SESSION), 'client_secret_invalid');
      expectError(await wrongKey.post(CODES), 'client_secret_invalid');
      expectError(await confirm(wrongKey, code), 'client_secret_invalid');
      expect(await state(w)).toEqual(before);
    });

    it("shows another partner's secret key nothing of this partner", async () => {
      const w = await world(app);
      const payment = await pay(w);
      const before = await state(w);
      const { server: stranger } = await newPartner(app);
      const [event] = await list<Event>(w.server, '/v1/events');
      for (const path of [
        `/v1/buyers/${w.shop.id}`,
        `/v1/suppliers/${w.supplier.id}`,
        `/v1/wallets/${w.shop.wallet}`,
        `/v1/wallets/${w.shop.wallet}/transactions`,
        `/v1/checkout_sessions/${w.session.id}`,
        `/v1/payments/${payment.id}`,
        `/v1/payments/${payment.id}/refunds`,
        `/v1/events/${event!.id}`,
        `/v1/sandbox/verification_codes?checkout_session=${w.session.id}`,
        `/v1/buyers?starting_after=${w.shop.id}`,
      ]) {
        expectError(await stranger.get(path), 'resource_missing');
      }
      for (const path of [
        '/v1/buyers',
        '/v1/suppliers',
        '/v1/checkout_sessions',
        '/v1/payments',
        `/v1/payments?buyer=${w.shop.id}`,
        '/v1/events',
      ]) {
        expect(await list(stranger, path), path).toEqual([]);
      }
      expectError(
        await stranger.post(`/v1/payments/${payment.id}/refunds`, {}),
        'resource_missing',
      );
      expectError(
        await stranger.post(`/v1/checkout_sessions/${w.session.id}/expire`),
        'resource_missing',
      );
      expectError(
        await stranger.post(`/v1/wallets/${w.shop.wallet}/top_ups`, { amount: cny(1) }),
        'resource_missing',
      );
      expectError(
        await stranger.post('/v1/checkout_sessions', sessionParams(w.shop.id, w.supplier.id, 100)),
        'resource_missing',
        'buyer',
      );
      expect(await state(w)).toEqual(before);
    });

    it('refuses a publishable key on server endpoints (403 secret_key_required)', async () => {
      const w = await world(app);
      const before = await state(w);
      const publishable = caller(app, w.partner.publishable_key, {
        headers: { [CLIENT_SECRET_HEADER]: w.session.client_secret },
        after: ledgerCheck(app, w.partner.secret_key),
      });
      for (const path of [
        '/v1/buyers',
        `/v1/checkout_sessions/${w.session.id}`,
        `/v1/wallets/${w.shop.wallet}`,
        '/v1/sandbox/ledger/verify',
        `/v1/sandbox/verification_codes?checkout_session=${w.session.id}`,
      ]) {
        expectError(await publishable.get(path), 'secret_key_required');
      }
      expectError(await publishable.post('/v1/buyers', SHOP_2), 'secret_key_required');
      expectError(
        await publishable.post(`/v1/wallets/${w.shop.wallet}/top_ups`, { amount: cny(1) }),
        'secret_key_required',
      );
      expectError(
        await publishable.post('/v1/test_clocks/advance', { seconds: 3600 }),
        'secret_key_required',
      );
      expect(await state(w)).toEqual(before);
    });

    it('refuses a secret key on client endpoints, and a secret key sent from a page', async () => {
      const w = await world(app);
      const code = await sendCode(w);
      const before = await state(w);
      const secretOnPage = caller(app, w.partner.secret_key, {
        headers: { [CLIENT_SECRET_HEADER]: w.session.client_secret },
        after: ledgerCheck(app, w.partner.secret_key),
      });
      expectError(await secretOnPage.get(CLIENT_SESSION), 'permission_denied');
      expectError(await secretOnPage.post(CODES), 'permission_denied');
      expectError(await confirm(secretOnPage, code), 'permission_denied');

      const fromBrowser = w.server.with({ Origin: 'http://localhost:5173' });
      const refused = await fromBrowser.get('/v1/buyers');
      expectError(refused, 'permission_denied');
      expect(refused.headers.get('Access-Control-Allow-Origin')).toBeNull();
      expectError(await fromBrowser.post('/v1/buyers', SHOP_2), 'permission_denied');
      expect(await state(w)).toEqual(before);
      expect((await confirm(w.page, code)).status).toBe(200);
    });

    it('answers 401 to a missing or garbled Authorization header', async () => {
      const w = await world(app);
      const before = await state(w);
      const anonymous = caller(app, undefined, { after: ledgerCheck(app, w.partner.secret_key) });
      expectError(await anonymous.get('/v1/buyers'), 'api_key_missing');
      expectError(await anonymous.post('/v1/buyers', SHOP_2), 'api_key_missing');
      expectError(
        await anonymous.get(CLIENT_SESSION, { [CLIENT_SECRET_HEADER]: w.session.client_secret }),
        'api_key_missing',
      );
      for (const authorization of [
        `Basic ${w.partner.secret_key}`,
        'Bearer',
        `Bearer  ${w.partner.secret_key}`,
        `Bearer ${w.partner.secret_key} extra`,
        `Bearer ${w.partner.secret_key}x`,
        `Bearer sk_test_${randomToken(32)}`,
        `Bearer pk_test_${randomToken(32)}`,
      ]) {
        expectError(
          await anonymous.get('/v1/buyers', { Authorization: authorization }),
          'api_key_invalid',
        );
      }
      expect(await state(w)).toEqual(before);
    });

    it('lets pages on allowed origins only use the publishable key', async () => {
      const w = await world(app, { allowedOrigins: ['https://shop.example.com'] });
      const code = await sendCode(w);
      const before = await state(w);
      for (const origin of [
        'https://evil.example.com',
        'http://shop.example.com',
        'https://shop.example.com:8443',
        'https://shop.example.com.evil.com',
        'http://localhost:3000',
      ]) {
        const evil = w.page.with({ Origin: origin });
        const refused = await evil.get(CLIENT_SESSION);
        expectError(refused, 'origin_not_allowed');
        // No CORS header at all: a page on a refused origin reads nothing, not even why.
        for (const [name] of refused.headers) expect(name).not.toMatch(/^access-control-/);
        expectError(await evil.post(CODES), 'origin_not_allowed');
        expectError(await confirm(evil, code), 'origin_not_allowed');
      }
      expect(await state(w)).toEqual(before);

      const shop = w.page.with({ Origin: 'https://shop.example.com' });
      const read = await shop.get<ClientCheckoutSession>(CLIENT_SESSION);
      expect(read.status).toBe(200);
      expect(read.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example.com');
      expect(read.headers.get('Access-Control-Expose-Headers')).toContain(REQUEST_ID_HEADER);
      expect(read.headers.get('Vary')).toContain('Origin');
      expect((await confirm(shop, code)).status).toBe(200);
    });

    it('allows any port of localhost by default, and nothing that only looks like it', async () => {
      const w = await world(app);
      for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8080', 'http://localhost']) {
        expect((await w.page.get(CLIENT_SESSION, { Origin: origin })).status, origin).toBe(200);
      }
      for (const origin of [
        'http://localhost.evil.com',
        'http://localhost:5173.evil.com',
        'https://localhost:5173',
        'http://127.0.0.1.nip.io:80',
      ]) {
        expectError(await w.page.get(CLIENT_SESSION, { Origin: origin }), 'origin_not_allowed');
      }
    });

    it('answers CORS preflights on client endpoints only', async () => {
      const w = await world(app);
      for (const path of [CLIENT_SESSION, CODES, CONFIRM]) {
        const preflight = await app.request(path, {
          method: 'OPTIONS',
          headers: {
            Origin: 'https://shop.example.com',
            'Access-Control-Request-Method': 'POST',
            'Access-Control-Request-Headers': 'authorization, content-type, xinghui-client-secret',
          },
        });
        expect(preflight.status).toBe(204);
        expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe(
          'https://shop.example.com',
        );
        expect(preflight.headers.get('Access-Control-Allow-Methods')).toContain('POST');
        const allowed = (preflight.headers.get('Access-Control-Allow-Headers') ?? '')
          .toLowerCase()
          .split(/,\s*/);
        for (const header of [
          'authorization',
          'content-type',
          CLIENT_SECRET_HEADER,
          IDEMPOTENCY_KEY_HEADER,
          API_VERSION_HEADER,
        ]) {
          expect(allowed).toContain(header.toLowerCase());
        }
      }
      const serverPreflight = await app.request('/v1/buyers', {
        method: 'OPTIONS',
        headers: { Origin: 'https://shop.example.com', 'Access-Control-Request-Method': 'GET' },
      });
      expect(serverPreflight.headers.get('Access-Control-Allow-Origin')).toBeNull();
      const serverReply = await w.server.get('/v1/buyers');
      expect(serverReply.status).toBe(200);
      expect(serverReply.headers.get('Access-Control-Allow-Origin')).toBeNull();
    });
  });

  describe('one-time codes', () => {
    it('sends six digits, refuses a resend within 60 s, and a later resend supersedes the code', async () => {
      const w = await world(app);
      const before = await state(w);
      const old = await sendCode(w);
      expect(old).toMatch(/^\d{6}$/);
      const key = newKey();
      const tooSoon = await w.page.with({ 'Idempotency-Key': key }).post(CODES);
      expectError(tooSoon, 'resend_too_soon');
      const retryAfter = Number(tooSoon.headers.get('Retry-After'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      // Its replay is the same refusal, Retry-After included.
      const replay = await w.page.with({ 'Idempotency-Key': key }).post(CODES);
      expect(replay.text).toBe(tooSoon.text);
      expect(replay.headers.get('Retry-After')).toBe(String(retryAfter));
      expect(await codeFor(w.server, w.session.id)).toBe(old);

      await advance(w.server, 30);
      const stillTooSoon = await w.page.post(CODES);
      expectError(stillTooSoon, 'resend_too_soon');
      expect(Number(stillTooSoon.headers.get('Retry-After'))).toBeLessThanOrEqual(30);

      await advance(w.server, 30);
      const resent = await w.page.post<VerificationCode>(CODES);
      expect(resent.status, resent.text).toBe(200);
      expect(resent.body.attempts_remaining).toBe(5);
      const fresh = await codeFor(w.server, w.session.id);
      expect(fresh).toMatch(/^\d{6}$/);
      expectError(await confirm(w.page, old), 'verification_code_invalid', 'verification_code');
      expect(await state(w)).toEqual(before);
      expect((await confirm(w.page, fresh)).status).toBe(200);
    });

    it('locks a code on the fifth wrong try, counting down, until a new code is sent after the wait', async () => {
      const w = await world(app);
      const before = await state(w);
      const code = await sendCode(w);
      for (let attempt = 1; attempt <= 4; attempt++) {
        const wrong = await confirm(w.page, wrongCode(code, attempt));
        const error = expectError(wrong, 'verification_code_invalid', 'verification_code');
        expect(error.message).toContain(`${5 - attempt} tries left`);
      }
      expectError(await confirm(w.page, wrongCode(code, 5)), 'verification_code_locked');
      expectError(await confirm(w.page, code), 'verification_code_locked');
      expectError(await confirm(w.page, code), 'verification_code_locked');
      expect(await state(w)).toEqual(before);

      // A lock is not a free new code: the phone waits (issue 11, finding 1).
      const refused = await w.page.post(CODES);
      expectError(refused, 'rate_limited');
      // 300 s from the lock, in whole seconds of the real clock: a second may tick over between
      // the lock and this call on a busy machine.
      const wait = Number(refused.headers.get('Retry-After'));
      expect(wait).toBeGreaterThanOrEqual(299);
      expect(wait).toBeLessThanOrEqual(300);
      await advance(w.server, 300);
      const next = await w.page.post<VerificationCode>(CODES);
      expect(next.status, next.text).toBe(200);
      expect(next.body.attempts_remaining).toBe(5);
      const fresh = await codeFor(w.server, w.session.id);
      expect((await confirm(w.page, fresh)).status).toBe(200);
    });

    it('does not lock on wrong tries spread over resent codes: each code has its own five', async () => {
      const w = await world(app);
      const first = await sendCode(w);
      for (let attempt = 1; attempt <= 4; attempt++) {
        expectError(await confirm(w.page, wrongCode(first, attempt)), 'verification_code_invalid');
      }
      await advance(w.server, 60);
      const second = await sendCode(w);
      const error = expectError(
        await confirm(w.page, wrongCode(second)),
        'verification_code_invalid',
      );
      expect(error.message).toContain('4 tries left');
      expect((await confirm(w.page, second)).status).toBe(200);
    });

    it('refuses an expired code, and a confirmation with no code requested', async () => {
      const w = await world(app);
      const before = await state(w);
      expectError(await confirm(w.page, '123456'), 'verification_code_required');
      const code = await sendCode(w);
      await advance(w.server, 301);
      expectError(await confirm(w.page, code), 'verification_code_expired');
      expect(await state(w)).toEqual(before);
      const fresh = await sendCode(w);
      expect((await confirm(w.page, fresh)).status).toBe(200);
      // Paid: the same code cannot pay the session twice.
      expectError(await confirm(w.page, fresh), 'session_not_open');
    });
  });

  describe('expiry', () => {
    it('expires a session once its time has passed, with one event', async () => {
      const w = await world(app, { expiresIn: 300 });
      const code = await sendCode(w);
      await advance(w.server, 301);
      const read = await w.page.get<ClientCheckoutSession>(CLIENT_SESSION);
      expect(read.body.status).toBe('expired');
      expectError(await w.page.post(CODES), 'session_expired');
      expectError(await confirm(w.page, code), 'session_expired');
      const before = await state(w);
      expect(before.session.status).toBe('expired');
      expect(before.wallet).toBe(100_000);
      expect(before.payments).toEqual([]);
      expectError(
        await w.server.post(`/v1/checkout_sessions/${w.session.id}/expire`),
        'session_not_open',
      );
      await advance(w.server, 86_400);
      const expired = await list<Event>(w.server, '/v1/events?type=checkout_session.expired');
      expect(expired).toHaveLength(1);
      expect(expired[0]).toMatchObject({
        request: null,
        data: { object: { id: w.session.id, status: 'expired' } },
      });
      expect(
        ids(await list<CheckoutSession>(w.server, '/v1/checkout_sessions?status=expired')),
      ).toEqual([w.session.id]);
    });

    it('expires an open session on request, once, and refuses to expire a complete one', async () => {
      const w = await world(app);
      const other = await w.createSession(5_000);
      const key = newKey();
      const expired = await w.server.post<CheckoutSession>(
        `/v1/checkout_sessions/${other.id}/expire`,
        {},
        { [IDEMPOTENCY_KEY_HEADER]: key },
      );
      expect(expired.status, expired.text).toBe(200);
      expect(expired.body.status).toBe('expired');
      const otherPage = w.pageOf(other);
      expect((await otherPage.get<ClientCheckoutSession>(CLIENT_SESSION)).body.status).toBe(
        'expired',
      );
      expectError(await otherPage.post(CODES), 'session_expired');
      // Its own expiry time passing later changes nothing more (the world's session does expire).
      await advance(w.server, 3_600);
      const events = (
        await list<Event>(w.server, '/v1/events?type=checkout_session.expired')
      ).filter((event) => (event.data.object as CheckoutSession).id === other.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        request: { id: expired.headers.get(REQUEST_ID_HEADER), idempotency_key: key },
        data: { object: { id: other.id } },
      });

      const w2 = await world(app);
      const code = await sendCode(w2);
      expect((await confirm(w2.page, code)).status).toBe(200);
      const before = await state(w2);
      expectError(
        await w2.server.post(`/v1/checkout_sessions/${w2.session.id}/expire`),
        'session_not_open',
      );
      expectError(await confirm(w2.page, code), 'session_not_open');
      expectError(await w2.page.post(CODES), 'session_not_open');
      expect(await state(w2)).toEqual(before);
      expect(before.session.status).toBe('complete');
    });
  });

  it('refuses a payment the wallet cannot cover (402) and changes nothing; the code stays good', async () => {
    const w = await world(app, { topUp: 10_000 });
    const code = await sendCode(w);
    const before = await state(w);
    const refused = await confirm(w.page, code);
    const error = expectError(refused, 'insufficient_balance');
    expect(error.type).toBe('payment_error');
    expect(await state(w)).toEqual(before);
    expect(before.session.status).toBe('open');
    expect((await w.page.get<ClientCheckoutSession>(CLIENT_SESSION)).body).toMatchObject({
      status: 'open',
      wallet: { balance: cny(10_000) },
    });

    await w.server.post(`/v1/wallets/${w.shop.wallet}/top_ups`, { amount: cny(15_800) });
    const paid = await confirm(w.page, code);
    expect(paid.status, paid.text).toBe(200);
    expect(paid.body.wallet.balance).toEqual(cny(0));
    expect((await state(w)).settlement).toBe(25_800);
  });

  describe('refunds', () => {
    it('refunds part, then the rest, back to the wallet; never more than was paid', async () => {
      const w = await world(app);
      const payment = await pay(w);
      const paid = await state(w);
      expect(paid).toMatchObject({ wallet: 74_200, settlement: 25_800 });

      const partial = await w.server.post<Refund>(`/v1/payments/${payment.id}/refunds`, {
        amount: cny(10_000),
        reason: 'requested_by_buyer',
      });
      expect(partial.status, partial.text).toBe(200);
      expect(partial.body).toMatchObject({
        payment: payment.id,
        amount: cny(10_000),
        reason: 'requested_by_buyer',
        status: 'succeeded',
      });
      expect(
        (await w.server.get<Payment>(`/v1/payments/${payment.id}`)).body.amount_refunded,
      ).toEqual(cny(10_000));
      const afterPartial = await state(w);
      expect(afterPartial).toMatchObject({ wallet: 84_200, settlement: 15_800 });

      const tooMuch = await w.server.post(`/v1/payments/${payment.id}/refunds`, {
        amount: cny(15_801),
      });
      expectError(tooMuch, 'amount_too_large', 'amount.amount');
      expect(await state(w)).toEqual(afterPartial);

      const rest = await w.server.post<Refund>(`/v1/payments/${payment.id}/refunds`, {});
      expect(rest.status, rest.text).toBe(200);
      expect(rest.body).toMatchObject({ amount: cny(15_800), reason: null });
      const refunded = await state(w);
      expect(refunded).toMatchObject({ wallet: 100_000, settlement: 0 });
      const after = (await w.server.get<Payment>(`/v1/payments/${payment.id}`)).body;
      expect(after).toMatchObject({ status: 'succeeded', amount_refunded: cny(25_800) });

      expect(ids(await list<Refund>(w.server, `/v1/payments/${payment.id}/refunds`))).toEqual([
        rest.body.id,
        partial.body.id,
      ]);
      const events = await list<Event>(w.server, '/v1/events?type=payment.refunded');
      expect(events.map((event) => event.data.object)).toEqual([rest.body, partial.body]);
      const transactions = await list<WalletTransaction>(
        w.server,
        `/v1/wallets/${w.shop.wallet}/transactions`,
      );
      expect(transactions.slice(0, 2)).toMatchObject([
        { type: 'refund', amount: cny(15_800), balance_after: cny(100_000), source: rest.body.id },
        {
          type: 'refund',
          amount: cny(10_000),
          balance_after: cny(84_200),
          source: partial.body.id,
        },
      ]);

      // Everything has gone back: any further refund is refused, and nothing moves.
      expectError(
        await w.server.post(`/v1/payments/${payment.id}/refunds`, { amount: cny(1) }),
        'amount_too_large',
      );
      expectError(
        await w.server.post(`/v1/payments/${payment.id}/refunds`, {}),
        'amount_too_large',
      );
      expect(await state(w)).toEqual(refunded);
    });

    it('refuses malformed refunds and unknown payments, changing nothing', async () => {
      const w = await world(app);
      const payment = await pay(w);
      const before = await state(w);
      const path = `/v1/payments/${payment.id}/refunds`;
      for (const [body, param] of [
        [{ amount: { amount: 0, currency: 'CNY' } }, 'amount.amount'],
        [{ amount: { amount: -100, currency: 'CNY' } }, 'amount.amount'],
        [{ amount: { amount: 10.5, currency: 'CNY' } }, 'amount.amount'],
        [{ amount: { amount: 100, currency: 'USD' } }, 'amount.currency'],
        [{ amount: 100 }, 'amount'],
        [{ reason: 'changed_mind' }, 'reason'],
        [{ amount: cny(100), note: 'x' }, 'note'],
      ] as const) {
        expectError(await w.server.post(path, body), 'parameter_invalid', param);
      }
      expectError(
        await w.server.post(`/v1/payments/pay_doesnotexist12/refunds`, {}),
        'resource_missing',
      );
      expect(await state(w)).toEqual(before);
    });
  });

  describe('malformed input', () => {
    it('refuses malformed buyers with a typed 400 naming the parameter, and creates nothing', async () => {
      const w = await world(app);
      const before = await state(w);
      const cases: [string | Record<string, unknown>, ErrorCode, string | undefined][] = [
        ['{"business_name": "半截', 'body_invalid', undefined],
        ['not json at all', 'body_invalid', undefined],
        ['[]', 'parameter_invalid', undefined],
        ['null', 'parameter_invalid', undefined],
        [{ ...SHOP_2, nickname: 'x' }, 'parameter_invalid', 'nickname'],
        [{ ...SHOP_2, credit_code: '91110108551385082A' }, 'parameter_invalid', 'credit_code'],
        [{ ...SHOP_2, credit_code: '9111010855138508' }, 'parameter_invalid', 'credit_code'],
        [{ ...SHOP_2, phone: '12800138000' }, 'parameter_invalid', 'phone'],
        [{ ...SHOP_2, phone: '+8613800138000' }, 'parameter_invalid', 'phone'],
        [{ ...SHOP_2, phone: 13800138000 }, 'parameter_invalid', 'phone'],
        [{ ...SHOP_2, industry: 'florist' }, 'parameter_invalid', 'industry'],
        [{ ...SHOP_2, business_name: '   ' }, 'parameter_invalid', 'business_name'],
        [{ ...SHOP_2, metadata: { k: 1 } }, 'parameter_invalid', 'metadata.k'],
        [{ ...SHOP_2, business_name: undefined }, 'parameter_missing', 'business_name'],
      ];
      for (const [body, code, param] of cases) {
        const reply = await w.server.post('/v1/buyers', body);
        expectError(reply, code, param);
      }
      expect(await state(w)).toEqual(before);
    });

    it('refuses malformed money, amounts and ids in checkout sessions and top-ups', async () => {
      const w = await world(app);
      const before = await state(w);
      const valid = sessionParams(w.shop.id, w.supplier.id, 1_000);
      const line = valid.line_items[0]!;
      const cases: [Record<string, unknown>, ErrorCode, string][] = [
        [
          { ...valid, amount: { amount: 1_000.5, currency: 'CNY' } },
          'parameter_invalid',
          'amount.amount',
        ],
        [
          { ...valid, amount: { amount: '1000', currency: 'CNY' } },
          'parameter_invalid',
          'amount.amount',
        ],
        [
          { ...valid, amount: { amount: -1_000, currency: 'CNY' } },
          'parameter_invalid',
          'amount.amount',
        ],
        [
          { ...valid, amount: { amount: 1_000, currency: 'USD' } },
          'parameter_invalid',
          'amount.currency',
        ],
        [{ ...valid, amount: cny(1_001) }, 'parameter_invalid', 'amount'],
        [
          { ...valid, line_items: [{ ...line, quantity: 0 }] },
          'parameter_invalid',
          'line_items[0].quantity',
        ],
        [
          { ...valid, line_items: [{ ...line, unit_amount: { amount: 999.99, currency: 'CNY' } }] },
          'parameter_invalid',
          'line_items[0].unit_amount.amount',
        ],
        [{ ...valid, line_items: [] }, 'parameter_invalid', 'line_items'],
        [{ ...valid, buyer: w.supplier.id }, 'parameter_invalid', 'buyer'],
        [{ ...valid, supplier: w.shop.id }, 'parameter_invalid', 'supplier'],
        [{ ...valid, buyer: 'buy_doesnotexist12' }, 'resource_missing', 'buyer'],
        [{ ...valid, supplier: 'sup_doesnotexist12' }, 'resource_missing', 'supplier'],
        [{ ...valid, expires_in: 299 }, 'parameter_invalid', 'expires_in'],
        [{ ...valid, payment_methods: ['cash'] }, 'parameter_invalid', 'payment_methods[0]'],
        [{ ...valid, client_secret: 'mine' }, 'parameter_invalid', 'client_secret'],
      ];
      for (const [body, code, param] of cases) {
        expectError(await w.server.post('/v1/checkout_sessions', body), code, param);
      }
      const topUp = `/v1/wallets/${w.shop.wallet}/top_ups`;
      for (const [amount, param] of [
        [{ amount: 0, currency: 'CNY' }, 'amount.amount'],
        [{ amount: -5, currency: 'CNY' }, 'amount.amount'],
        [{ amount: 0.01, currency: 'CNY' }, 'amount.amount'],
        [{ amount: 1e14, currency: 'CNY' }, 'amount.amount'],
        [{ amount: 5, currency: 'HKD' }, 'amount.currency'],
        [5, 'amount'],
      ] as const) {
        expectError(await w.server.post(topUp, { amount }), 'parameter_invalid', param);
      }
      expectError(
        await w.server.post(`/v1/wallets/${w.supplier.settlement_account.id}/top_ups`, {
          amount: cny(5),
        }),
        'resource_missing',
      );
      expect(await state(w)).toEqual(before);
    });

    it('answers 404 resource_missing for ids of the wrong type or unknown', async () => {
      const w = await world(app);
      const payment = await pay(w);
      const before = await state(w);
      for (const path of [
        '/v1/buyers/pay_xxx',
        '/v1/buyers/buy_doesnotexist12',
        `/v1/buyers/${w.supplier.id}`,
        `/v1/suppliers/${w.shop.id}`,
        `/v1/payments/${w.session.id}`,
        `/v1/checkout_sessions/${payment.id}`,
        `/v1/wallets/${w.shop.id}`,
        `/v1/wallets/${w.supplier.settlement_account.id}`,
        '/v1/events/evt_doesnotexist12',
      ]) {
        expectError(await w.server.get(path), 'resource_missing');
      }
      expect(await state(w)).toEqual(before);
    });

    it('refuses bad list parameters', async () => {
      const w = await world(app);
      for (const [query, code, param] of [
        ['limit=0', 'parameter_invalid', 'limit'],
        ['limit=101', 'parameter_invalid', 'limit'],
        ['limit=-1', 'parameter_invalid', 'limit'],
        ['limit=1.5', 'parameter_invalid', 'limit'],
        ['limit=ten', 'parameter_invalid', 'limit'],
        ['limit=', 'parameter_invalid', 'limit'],
        ['starting_after=', 'parameter_invalid', 'starting_after'],
        ['starting_after=buy_doesnotexist12', 'resource_missing', 'starting_after'],
        [`starting_after=${w.supplier.id}`, 'resource_missing', 'starting_after'],
        ['colour=red', 'parameter_invalid', 'colour'],
      ] as const) {
        expectError(await w.server.get(`/v1/buyers?${query}`), code, param);
      }
      expectError(
        await w.server.get('/v1/checkout_sessions?status=processing'),
        'parameter_invalid',
        'status',
      );
      expectError(await w.server.get('/v1/payments?buyer=sup_x'), 'parameter_invalid', 'buyer');
    });

    it('refuses an unknown API version before doing anything, without burning the key', async () => {
      const w = await world(app);
      const before = await state(w);
      const key = newKey();
      for (const version of ['2020-01-01', 'latest', '']) {
        expectError(
          await w.server.get('/v1/buyers', { [API_VERSION_HEADER]: version }),
          'api_version_invalid',
        );
        expectError(
          await w.server.post('/v1/buyers', SHOP_2, {
            [API_VERSION_HEADER]: version,
            [IDEMPOTENCY_KEY_HEADER]: key,
          }),
          'api_version_invalid',
        );
      }
      expect(await state(w)).toEqual(before);
      expect(
        (await w.server.post('/v1/buyers', SHOP_2, { [IDEMPOTENCY_KEY_HEADER]: key })).status,
      ).toBe(200);
      // No version header at all is the current version.
      expect((await w.server.get('/v1/buyers', { [API_VERSION_HEADER]: null })).status).toBe(200);
    });

    it('answers 404 route_not_found for unknown routes and methods', async () => {
      const w = await world(app);
      const before = await state(w);
      expectError(await w.server.get('/v1/nope'), 'route_not_found');
      expectError(await w.server.get('/nope'), 'route_not_found');
      expectError(await w.server.post(`/v1/buyers/${w.shop.id}/archive`), 'route_not_found');
      expectError(await w.server.post(`/v1/buyers/${w.shop.id}`, SHOP_2), 'route_not_found');
      const deleted = await readReply(
        'DELETE',
        '/v1/buyers',
        await app.request('/v1/buyers', {
          method: 'DELETE',
          headers: { Authorization: `Bearer ${w.partner.secret_key}` },
        }),
      );
      expectError(deleted, 'route_not_found');
      await verifyLedgerOk(app, w.partner.secret_key);
      expect(await state(w)).toEqual(before);
    });
  });

  it('pages through 25 buyers newest first, 10 at a time', async () => {
    const { server } = await newPartner(app);
    const created: string[] = [];
    for (let i = 0; i < 25; i++) {
      const reply = await server.post<Buyer>('/v1/buyers', {
        ...SHOP,
        business_name: `店 ${i}`,
        credit_code: creditCodeOf(i),
      });
      created.push(reply.body.id);
    }
    const newestFirst = [...created].reverse();
    const pages: List<Buyer>[] = [];
    let cursor: string | undefined;
    do {
      const query = `limit=10${cursor ? `&starting_after=${cursor}` : ''}`;
      const page = (await server.get<List<Buyer>>(`/v1/buyers?${query}`)).body;
      pages.push(page);
      cursor = page.data.at(-1)?.id;
    } while (pages.at(-1)!.has_more && pages.length < 5);
    expect(pages.map((page) => [page.data.length, page.has_more])).toEqual([
      [10, true],
      [10, true],
      [5, false],
    ]);
    expect(pages.flatMap((page) => ids(page.data))).toEqual(newestFirst);
    expect(pages[0]!.data[0]!.business_name).toBe('店 24');

    const page = async (query: string) =>
      (await server.get<List<Buyer>>(`/v1/buyers?${query}`)).body;
    expect(ids((await page('')).data)).toEqual(newestFirst.slice(0, 10));
    expect(await page('limit=25')).toMatchObject({ has_more: false });
    expect(await page('limit=24')).toMatchObject({ has_more: true });
    expect(await page(`limit=5&starting_after=${newestFirst[19]}`)).toMatchObject({
      has_more: false,
      data: newestFirst.slice(20).map((id) => ({ id })),
    });
    expect(await page(`starting_after=${newestFirst[24]}`)).toEqual({
      object: 'list',
      data: [],
      has_more: false,
    });
  });

  describe('logs', () => {
    const PERSONAL = [SHOP.phone, SUPPLIER.phone, SHOP.credit_code, SUPPLIER.credit_code];
    const smsLines = () => logLines.filter((line) => line.includes('sms.sent'));

    it('never writes a full phone number or credit code, and writes the SMS code after commit', async () => {
      const w = await world(app);
      const code = await sendCode(w);
      const payment = (await confirm(w.page, code)).body.payment!;
      await w.server.post(`/v1/payments/${payment}/refunds`, { amount: cny(100) });
      await w.server.get(`/v1/buyers/${w.shop.id}`);
      expectError(await w.server.post('/v1/buyers', { ...SHOP, phone: 'x' }), 'parameter_invalid');
      // A path carrying a phone number is masked too.
      await w.server.get(`/v1/buyers/${SHOP.phone}`);

      const log = logLines.join('');
      expect(logLines.length).toBeGreaterThan(10);
      for (const secret of PERSONAL) expect(log).not.toContain(secret);
      expect(log).toContain('138****8000');
      const sms = smsLines();
      expect(sms).toHaveLength(1);
      expect(JSON.parse(sms[0]!)).toMatchObject({
        code,
        phone: '138****8000',
        session: w.session.id,
        partner: w.partner.id,
      });
      for (const line of logLines) expect(() => JSON.parse(line)).not.toThrow();
    });

    it('writes no SMS line when the code request fails', async () => {
      const w = await world(app);
      await sendCode(w);
      expect(smsLines()).toHaveLength(1);
      expectError(await w.page.post(CODES), 'resend_too_soon');
      await w.server.post(`/v1/checkout_sessions/${w.session.id}/expire`);
      await advance(w.server, 60);
      expectError(await w.page.post(CODES), 'session_expired');
      expect(smsLines()).toHaveLength(1);
    });

    it('writes no SMS line when the request fails at commit, and a retry sends one', async () => {
      const lines: string[] = [];
      const store = new FailingStore(make());
      const failing = createSandbox({ store, log: jsonLogger((line) => lines.push(line)) });
      try {
        const w = await world(failing.app);
        const key = newKey();
        // Storing the idempotent response is the last write before the commit.
        store.failNext = (table, row) =>
          table === 'idempotency_keys' && (row as { state?: string }).state === 'done';
        const failed = await w.page.post(CODES, {}, { [IDEMPOTENCY_KEY_HEADER]: key });
        expectError(failed, 'internal_error');
        expect(lines.filter((line) => line.includes('sms.sent'))).toEqual([]);
        expect(lines.some((line) => line.includes('internal error'))).toBe(true);
        expectError(
          await w.server.get(`/v1/sandbox/verification_codes?checkout_session=${w.session.id}`),
          'resource_missing',
        );
        // Nothing was kept, not even the key: the retry runs and the SMS goes out.
        const retried = await w.page.post(CODES, {}, { [IDEMPOTENCY_KEY_HEADER]: key });
        expect(retried.status, retried.text).toBe(200);
        const sms = lines.filter((line) => line.includes('sms.sent'));
        expect(sms).toHaveLength(1);
        expect(JSON.parse(sms[0]!).code).toBe(await codeFor(w.server, w.session.id));
        for (const secret of PERSONAL) expect(lines.join('')).not.toContain(secret);
      } finally {
        failing.close();
      }
    });
  });
});

/** A store that fails one chosen update, as a full disk or a crash before commit would. */
class FailingStore implements Store {
  failNext: ((table: Table, row: Row) => boolean) | undefined;

  constructor(readonly inner: Store) {}

  transaction<T>(work: () => T): T {
    return this.inner.transaction(work);
  }
  committed(): Promise<void> {
    return this.inner.committed();
  }
  afterCommit(effect: () => void): void {
    this.inner.afterCommit(effect);
  }
  get<T extends Row>(table: Table, id: string): T | undefined {
    return this.inner.get<T>(table, id);
  }
  insert<T extends Row>(table: Table, row: T): void {
    if (this.failNext?.(table, row)) {
      this.failNext = undefined;
      throw new Error('disk I/O error (simulated)');
    }
    this.inner.insert(table, row);
  }
  update<T extends Row>(table: Table, row: T): void {
    if (this.failNext?.(table, row)) {
      this.failNext = undefined;
      throw new Error('disk I/O error (simulated)');
    }
    this.inner.update(table, row);
  }
  delete(table: Table, id: string): void {
    this.inner.delete(table, id);
  }
  find<T extends Row>(table: Table, options?: FindOptions): T[] {
    return this.inner.find<T>(table, options);
  }
  scan<T extends Row>(table: Table, partner?: string): Iterable<T> {
    return this.inner.scan<T>(table, partner);
  }
  close(): void {
    this.inner.close();
  }
}
