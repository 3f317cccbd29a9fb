/**
 * The bank on a SQLite file keeps everything across a restart: a new sandbox on the same file
 * answers exactly as the old one did, with the same keys.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CLIENT_SECRET_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAY_HEADER,
  type Event,
  type List,
  type Refund,
  type WebhookDelivery,
  type WebhookEndpoint,
} from '@xinghui/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyLedger } from './engine/ledger/ledger.js';
import { createSandbox, type Sandbox } from './sandbox.js';
import { SqliteStore } from './store/sqlite-store.js';
import {
  caller,
  cny,
  codeFor,
  ledgerCheck,
  newKey,
  verifyLedgerOk,
  world,
  type App,
  type Caller,
} from './testing/harness.js';
import { startReceiver } from './testing/webhook-receiver.js';

let dir: string;
let file: string;
const open: Sandbox[] = [];

function start(): Sandbox {
  const sandbox = createSandbox({ store: new SqliteStore(file) });
  open.push(sandbox);
  return sandbox;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'xinghui-restart-'));
  file = join(dir, 'sandbox.db');
});
afterEach(() => {
  for (const sandbox of open.splice(0)) {
    try {
      sandbox.close();
    } catch {
      // Already closed by the test.
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

/** Everything the partner's server and page can read, as text, to compare byte for byte. */
async function everything(server: Caller, page: Caller, ids: Record<string, string>) {
  const paths = [
    `/v1/buyers/${ids.buyer}`,
    '/v1/buyers',
    `/v1/suppliers/${ids.supplier}`,
    '/v1/suppliers',
    `/v1/wallets/${ids.wallet}`,
    `/v1/wallets/${ids.wallet}/transactions`,
    `/v1/checkout_sessions/${ids.session}`,
    '/v1/checkout_sessions',
    `/v1/payments/${ids.payment}`,
    '/v1/payments',
    `/v1/payments/${ids.payment}/refunds`,
    '/v1/events?limit=100',
    `/v1/sandbox/verification_codes?checkout_session=${ids.session}`,
  ];
  const replies: Record<string, string> = {};
  for (const path of paths) {
    const reply = await server.get(path);
    expect(reply.status, `${path}: ${reply.text}`).toBe(200);
    replies[path] = reply.text;
  }
  const client = await page.get('/v1/client/checkout_session');
  expect(client.status).toBe(200);
  replies.client = client.text;
  const clock = await server.get<{ offset_seconds: number }>('/v1/test_clocks/current');
  replies.clockOffset = String(clock.body.offset_seconds);
  return replies;
}

describe('a restart on the same SQLite file', () => {
  it('keeps balances, the session, the payment, the refund, the events and the keys', async () => {
    const first = start();
    const w = await world(first.app);
    const sent = await w.page.post('/v1/client/checkout_session/verification_codes');
    expect(sent.status).toBe(200);
    const paid = await w.page.post<{ payment: string }>('/v1/client/checkout_session/confirm', {
      payment_method: 'wallet',
      verification_code: await codeFor(w.server, w.session.id),
    });
    expect(paid.status, paid.text).toBe(200);
    const payment = paid.body.payment;
    const refundKey = newKey();
    const refund = await w.server.post<Refund>(
      `/v1/payments/${payment}/refunds`,
      { amount: cny(5_000), reason: 'goods_not_received' },
      { [IDEMPOTENCY_KEY_HEADER]: refundKey },
    );
    expect(refund.status, refund.text).toBe(200);
    await w.server.post('/v1/test_clocks/advance', { seconds: 120 });
    const ids = {
      buyer: w.shop.id,
      supplier: w.supplier.id,
      wallet: w.shop.wallet,
      session: w.session.id,
      payment,
    };
    const before = await everything(w.server, w.page, ids);
    const ledgerBefore = await verifyLedgerOk(first.app, w.partner.secret_key);
    expect(ledgerBefore.entries_checked).toBe(3);
    first.close();

    const second = start();
    const app: App = second.app;
    // The same keys, read from the file: nothing is re-issued.
    const check = ledgerCheck(app, w.partner.secret_key);
    const server = caller(app, w.partner.secret_key, { after: check });
    const page = caller(app, w.partner.publishable_key, {
      headers: { [CLIENT_SECRET_HEADER]: w.session.client_secret },
      after: check,
    });
    const after = await everything(server, page, ids);
    expect(after).toEqual(before);
    expect(JSON.parse(after[`/v1/wallets/${ids.wallet}`]!).balance).toEqual(cny(79_200));
    expect(JSON.parse(after[`/v1/suppliers/${ids.supplier}`]!).settlement_account.balance).toEqual(
      cny(20_800),
    );
    expect(JSON.parse(after[`/v1/payments/${payment}`]!).amount_refunded).toEqual(cny(5_000));
    expect(JSON.parse(after.clockOffset!)).toBeGreaterThanOrEqual(120);
    expect(await verifyLedgerOk(app, w.partner.secret_key)).toEqual(ledgerBefore);
    expect(verifyLedger(second.bank.store).ok).toBe(true);

    // An idempotent retry after the restart still gets the first answer, byte for byte.
    const replay = await server.post(
      `/v1/payments/${payment}/refunds`,
      { reason: 'goods_not_received', amount: cny(5_000) },
      { [IDEMPOTENCY_KEY_HEADER]: refundKey },
    );
    expect(replay.text).toBe(refund.text);
    expect(replay.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBe('true');
    expect(
      (await server.get<{ data: unknown[] }>(`/v1/payments/${payment}/refunds`)).body.data,
    ).toHaveLength(1);

    // And the bank carries on where it stopped.
    const more = await server.post<Refund>(`/v1/payments/${payment}/refunds`, {});
    expect(more.status, more.text).toBe(200);
    expect(more.body.amount).toEqual(cny(20_800));
    await verifyLedgerOk(app, w.partner.secret_key);
  });

  it('keeps every committed change when the old sandbox was never closed (a crash)', async () => {
    const first = start();
    const w = await world(first.app);
    const topUp = await w.server.post(`/v1/wallets/${w.shop.wallet}/top_ups`, {
      amount: cny(1),
    });
    expect(topUp.status).toBe(200);
    // No close(): the process "died" here. A new sandbox opens the file beside it.
    const second = start();
    const server = caller(second.app, w.partner.secret_key, {
      after: ledgerCheck(second.app, w.partner.secret_key),
    });
    const wallet = await server.get<{ balance: unknown }>(`/v1/wallets/${w.shop.wallet}`);
    expect(wallet.body.balance).toEqual(cny(100_001));
    await verifyLedgerOk(second.app, w.partner.secret_key);
  });

  it('keeps pending webhook deliveries: a retry due after the restart is sent by the new bank', async () => {
    let up = false;
    const receiver = await startReceiver(() => (up ? 200 : 503));
    try {
      const first = start();
      const w = await world(first.app);
      const we = await w.server.post<WebhookEndpoint>('/v1/webhook_endpoints', {
        url: receiver.url,
        enabled_events: ['checkout_session.expired'],
      });
      await w.server.post(`/v1/checkout_sessions/${w.session.id}/expire`);
      await first.webhooks.idle();
      expect(receiver.received).toHaveLength(1);
      first.close();

      up = true;
      const second = start();
      const server = caller(second.app, w.partner.secret_key);
      await server.post('/v1/test_clocks/advance', { seconds: 15 });
      await second.webhooks.idle();
      expect(receiver.received).toHaveLength(2);
      const [event] = (await server.get<List<Event>>('/v1/events')).body.data;
      expect(receiver.received.map((d) => d.headers['xinghui-event-id'])).toEqual([
        event!.id,
        event!.id,
      ]);
      const [delivery] = (
        await server.get<List<WebhookDelivery>>(`/v1/webhook_endpoints/${we.body.id}/deliveries`)
      ).body.data;
      expect(delivery!.status).toBe('succeeded');
      expect(delivery!.attempts.map((a) => a.response_status)).toEqual([503, 200]);
    } finally {
      await receiver.close();
    }
  });

  it('sends again an attempt that was on its way when the bank stopped', async () => {
    const receiver = await startReceiver(() => ({ status: 200, delayMs: 300 }));
    try {
      const first = start();
      const w = await world(first.app);
      const we = await w.server.post<WebhookEndpoint>('/v1/webhook_endpoints', {
        url: receiver.url,
        enabled_events: ['*'],
      });
      await w.server.post(`/v1/checkout_sessions/${w.session.id}/expire`);
      // Stopped before the receiver answered: the outcome was never recorded.
      first.close();

      const second = start();
      await second.webhooks.idle();
      const server = caller(second.app, w.partner.secret_key);
      const [event] = (await server.get<List<Event>>('/v1/events')).body.data;
      expect(receiver.received.at(-1)!.headers['xinghui-event-id']).toBe(event!.id);
      const [delivery] = (
        await server.get<List<WebhookDelivery>>(`/v1/webhook_endpoints/${we.body.id}/deliveries`)
      ).body.data;
      expect(delivery!.status).toBe('succeeded');
      expect(delivery!.attempts).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });
});
