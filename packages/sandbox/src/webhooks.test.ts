/**
 * Webhooks through the bank's HTTP API, against real receivers on 127.0.0.1: endpoints and their
 * validation, signed deliveries of exactly the event the API shows, retries on the partner's
 * test clock, every attempt listed, failure after the last retry, re-sending by hand, secret
 * rotation, and the API call never waiting for a receiver.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  randomToken,
  verifyWebhookSignature,
  type Event,
  type List,
  type WebhookDelivery,
  type WebhookEndpoint,
} from '@xinghui/contract';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RETRY_DELAYS_SECONDS } from './engine/webhooks/webhook-deliveries.js';
import { createSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';
import { MemoryStore } from './store/memory-store.js';
import { SqliteStore } from './store/sqlite-store.js';
import type { Store } from './store/store.js';
import { expectError, newPartner, world, type Caller, type World } from './testing/harness.js';
import { startReceiver, type Receiver } from './testing/webhook-receiver.js';

const dir = mkdtempSync(join(tmpdir(), 'xinghui-webhooks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STORES = [
  { name: 'a memory store', make: (): Store => new MemoryStore() },
  {
    name: 'a SQLite file',
    make: (): Store => new SqliteStore(join(dir, `webhooks-${randomToken(10)}.db`)),
  },
];

const receivers: Receiver[] = [];
async function receiver(...args: Parameters<typeof startReceiver>): Promise<Receiver> {
  const started = await startReceiver(...args);
  receivers.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

/**
 * What a receiver got of one event: a world's own session also expires when a test moves the
 * clock a day, and that is an event too.
 */
function of(r: Receiver, event: Event) {
  return r.received.filter((delivery) => delivery.headers['xinghui-event-id'] === event.id);
}

describe.each(STORES)('webhooks on $name', ({ make }) => {
  let sandbox: Sandbox;
  const sandboxes: Sandbox[] = [];

  // The wall clock stands still: retries fall due when the test clock is advanced, not while a
  // busy machine runs the test.
  const frozenAt = Date.now();
  function start(options: SandboxOptions = {}): Sandbox {
    const started = createSandbox({ store: make(), wallClock: () => frozenAt, ...options });
    sandboxes.push(started);
    return started;
  }
  beforeAll(() => {
    sandbox = start();
  });
  afterAll(() => {
    for (const s of sandboxes) s.close();
  });

  const settle = (s: Sandbox = sandbox) => s.webhooks.idle();

  async function endpoint(server: Caller, url: string, enabled_events: string[] = ['*']) {
    const reply = await server.post<WebhookEndpoint>('/v1/webhook_endpoints', {
      url,
      enabled_events,
    });
    expect(reply.status, reply.text).toBe(200);
    return reply.body;
  }

  /** Expires a new session of the world: one `checkout_session.expired` event. */
  async function expireASession(w: World): Promise<Event> {
    const session = await w.createSession(1_000);
    const expired = await w.server.post(`/v1/checkout_sessions/${session.id}/expire`);
    expect(expired.status, expired.text).toBe(200);
    const events = await w.server.get<List<Event>>('/v1/events?type=checkout_session.expired');
    return events.body.data[0]!;
  }

  async function deliveries(server: Caller, endpointId: string) {
    const reply = await server.get<List<WebhookDelivery>>(
      `/v1/webhook_endpoints/${endpointId}/deliveries`,
    );
    expect(reply.status, reply.text).toBe(200);
    return reply.body.data;
  }

  const advance = async (server: Caller, seconds: number, s?: Sandbox) => {
    const reply = await server.post('/v1/test_clocks/advance', { seconds });
    expect(reply.status, reply.text).toBe(200);
    await settle(s);
  };

  it('creates, lists, retrieves and deletes endpoints; the secret is shown only at creation', async () => {
    const { server } = await newPartner(sandbox.app);
    const created = await endpoint(server, 'https://platform.example.com/hooks', [
      'payment.succeeded',
      'checkout_session.completed',
    ]);
    expect(created).toMatchObject({
      id: expect.stringMatching(/^we_/),
      object: 'webhook_endpoint',
      url: 'https://platform.example.com/hooks',
      enabled_events: ['payment.succeeded', 'checkout_session.completed'],
      secret: expect.stringMatching(/^whsec_[0-9A-Za-z]{32}$/),
      previous_secret_expires_at: null,
    });
    const retrieved = await server.get<WebhookEndpoint>(`/v1/webhook_endpoints/${created.id}`);
    expect(retrieved.body).toEqual({ ...created, secret: undefined });
    expect(retrieved.text).not.toContain('whsec_');
    const listed = await server.get<List<WebhookEndpoint>>('/v1/webhook_endpoints');
    expect(listed.body.data.map((e) => e.id)).toEqual([created.id]);
    expect(listed.text).not.toContain('whsec_');

    // Another partner cannot see or delete it.
    const other = await newPartner(sandbox.app);
    expectError(await other.server.get(`/v1/webhook_endpoints/${created.id}`), 'resource_missing');
    expectError(
      await other.server.delete(`/v1/webhook_endpoints/${created.id}`),
      'resource_missing',
    );

    const deleted = await server.delete(`/v1/webhook_endpoints/${created.id}`);
    expect(deleted.body).toEqual({ id: created.id, object: 'webhook_endpoint', deleted: true });
    expectError(await server.get(`/v1/webhook_endpoints/${created.id}`), 'resource_missing');
    expectError(await server.delete(`/v1/webhook_endpoints/${created.id}`), 'resource_missing');
  });

  it('refuses a bad URL or an unknown event type with a typed 400, creating nothing', async () => {
    const { server } = await newPartner(sandbox.app);
    const cases: [unknown, string, 'parameter_invalid' | 'parameter_missing'][] = [
      [{ url: 'ftp://example.com/x', enabled_events: ['*'] }, 'url', 'parameter_invalid'],
      [{ url: 'not a url', enabled_events: ['*'] }, 'url', 'parameter_invalid'],
      [{ enabled_events: ['*'] }, 'url', 'parameter_missing'],
      [
        { url: 'http://127.0.0.1:1/x', enabled_events: ['payment.exploded'] },
        'enabled_events[0]',
        'parameter_invalid',
      ],
      [{ url: 'http://127.0.0.1:1/x', enabled_events: [] }, 'enabled_events', 'parameter_invalid'],
      [{ url: 'http://127.0.0.1:1/x' }, 'enabled_events', 'parameter_missing'],
      [
        { url: 'http://127.0.0.1:1/x', enabled_events: ['*'], secret: 'whsec_mine' },
        'secret',
        'parameter_invalid',
      ],
    ];
    for (const [body, param, code] of cases) {
      expectError(await server.post('/v1/webhook_endpoints', body), code, param);
    }
    expect((await server.get<List<unknown>>('/v1/webhook_endpoints')).body.data).toEqual([]);
    // localhost is fine in the sandbox: that is where a developer's server is.
    await endpoint(server, 'http://localhost:3000/api/webhooks');
    expectError(
      await server.post('/v1/webhook_endpoints/we_nothere0000/rotate_secret'),
      'resource_missing',
    );
  });

  it('POSTs each event, signed, exactly as GET /v1/events/{id} shows it, to matching endpoints only', async () => {
    const w = await world(sandbox.app);
    const all = await receiver();
    const paymentsOnly = await receiver();
    const expiredOnly = await receiver();
    const everything = await endpoint(w.server, all.url);
    await endpoint(w.server, paymentsOnly.url, ['payment.succeeded']);
    await endpoint(w.server, expiredOnly.url, ['checkout_session.expired']);

    const event = await expireASession(w);
    await settle();
    expect(paymentsOnly.received).toHaveLength(0);
    expect(expiredOnly.received).toHaveLength(1);
    expect(all.received).toHaveLength(1);
    const [delivery] = all.received;
    const shown = await w.server.get(`/v1/events/${event.id}`);
    expect(delivery!.body).toBe(shown.text);
    expect(delivery!.headers['content-type']).toBe('application/json');
    expect(delivery!.headers['xinghui-event-id']).toBe(event.id);
    const header = delivery!.headers['xinghui-signature'] as string;
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    await verifyWebhookSignature({ payload: delivery!.body, header, secret: everything.secret! });

    const [recorded] = await deliveries(w.server, everything.id);
    expect(recorded).toMatchObject({
      object: 'webhook_delivery',
      event: event.id,
      event_type: 'checkout_session.expired',
      status: 'succeeded',
      next_attempt_at: null,
      attempts: [
        {
          attempt: 1,
          created: event.created,
          status: 'succeeded',
          response_status: 204,
          error: null,
          manual: false,
        },
      ],
    });
    expect(recorded!.attempts[0]!.latency_ms).toBeGreaterThanOrEqual(0);
  });

  it('retries on the test clock: fails twice, then succeeds, with the same event id each time', async () => {
    const w = await world(sandbox.app);
    const flaky = await receiver((n) => (n <= 2 ? 500 : 200));
    const we = await endpoint(w.server, flaky.url);
    const event = await expireASession(w);
    await settle();
    expect(of(flaky, event)).toHaveLength(1);

    await advance(w.server, 14);
    expect(of(flaky, event)).toHaveLength(1);
    await advance(w.server, 1);
    expect(of(flaky, event)).toHaveLength(2);
    await advance(w.server, 59);
    expect(of(flaky, event)).toHaveLength(2);
    await advance(w.server, 1);
    expect(of(flaky, event)).toHaveLength(3);
    await advance(w.server, 86_400);
    expect(of(flaky, event)).toHaveLength(3);

    expect(of(flaky, event).map((d) => d.headers['xinghui-event-id'])).toEqual([
      event.id,
      event.id,
      event.id,
    ]);
    expect(new Set(of(flaky, event).map((d) => d.body)).size).toBe(1);
    const delivery = (await deliveries(w.server, we.id)).find((d) => d.event === event.id);
    expect(delivery!.status).toBe('succeeded');
    expect(
      delivery!.attempts.map(({ attempt, created, status, response_status }) => ({
        attempt,
        at: created - event.created,
        status,
        response_status,
      })),
    ).toEqual([
      { attempt: 1, at: 0, status: 'failed', response_status: 500 },
      { attempt: 2, at: 15, status: 'failed', response_status: 500 },
      { attempt: 3, at: 75, status: 'succeeded', response_status: 200 },
    ]);
  });

  it('marks a delivery failed after the last retry, and re-sends it by hand', async () => {
    const w = await world(sandbox.app);
    let up = false;
    const down = await receiver(() => (up ? 200 : 503));
    const we = await endpoint(w.server, down.url);
    const event = await expireASession(w);
    await settle();
    const [pending] = await deliveries(w.server, we.id);
    expect(pending).toMatchObject({ status: 'pending', next_attempt_at: event.created + 15 });

    // Two days at once: every retry runs as of its own due time.
    await advance(w.server, 2 * 86_400);
    expect(of(down, event)).toHaveLength(8);
    const failed = (await deliveries(w.server, we.id)).find((d) => d.event === event.id);
    expect(failed!.status).toBe('failed');
    expect(failed!.next_attempt_at).toBeNull();
    let due = event.created;
    const expected = [0, ...RETRY_DELAYS_SECONDS].map((delay) => (due += delay));
    expect(failed!.attempts.map((a) => a.created)).toEqual(expected);
    expect(failed!.attempts.every((a) => a.status === 'failed' && a.response_status === 503)).toBe(
      true,
    );
    await advance(w.server, 86_400);
    expect(of(down, event)).toHaveLength(8);

    // A bad re-send changes nothing.
    expectError(
      await w.server.post(`/v1/events/${event.id}/resend`, { webhook_endpoint: 'we_unknown0000' }),
      'resource_missing',
      'webhook_endpoint',
    );
    expectError(await w.server.post(`/v1/events/${event.id}/resend`, {}), 'parameter_missing');

    up = true;
    const resent = await w.server.post<WebhookDelivery>(`/v1/events/${event.id}/resend`, {
      webhook_endpoint: we.id,
    });
    expect(resent.status, resent.text).toBe(200);
    expect(resent.body.id).toBe(failed!.id);
    await settle();
    expect(of(down, event)).toHaveLength(9);
    expect(of(down, event)[8]!.headers['xinghui-event-id']).toBe(event.id);
    const done = (await deliveries(w.server, we.id)).find((d) => d.event === event.id);
    expect(done!.status).toBe('succeeded');
    expect(done!.attempts.at(-1)).toMatchObject({
      attempt: 9,
      status: 'succeeded',
      response_status: 200,
      manual: true,
    });
  });

  it('re-sends an event to an endpoint that did not subscribe to it, once per idempotency key', async () => {
    const w = await world(sandbox.app);
    const r = await receiver();
    const we = await endpoint(w.server, r.url, ['payment.succeeded']);
    const event = await expireASession(w);
    await settle();
    expect(r.received).toHaveLength(0);
    const headers = { 'Idempotency-Key': `resend-${randomToken(8)}` };
    const body = { webhook_endpoint: we.id };
    await w.server.post(`/v1/events/${event.id}/resend`, body, headers);
    await w.server.post(`/v1/events/${event.id}/resend`, body, headers);
    await settle();
    expect(r.received).toHaveLength(1);
    const [delivery] = await deliveries(w.server, we.id);
    expect(delivery).toMatchObject({ event: event.id, status: 'succeeded' });
    expect(delivery!.attempts).toHaveLength(1);
  });

  it('records a refused connection and a timeout as failed attempts', async () => {
    const impatient = start({ webhooks: { timeoutMs: 100 } });
    const w = await world(impatient.app);
    const closed = await startReceiver();
    await closed.close();
    const slow = await receiver(() => ({ status: 200, delayMs: 1_000 }));
    const refused = await endpoint(w.server, closed.url);
    const tooSlow = await endpoint(w.server, slow.url);
    await expireASession(w);
    await settle(impatient);
    const [a] = await deliveries(w.server, refused.id);
    expect(a!.attempts[0]).toMatchObject({
      status: 'failed',
      response_status: null,
      error: expect.stringMatching(/^connection failed: ECONNREFUSED/),
    });
    const [b] = await deliveries(w.server, tooSlow.id);
    expect(b!.attempts[0]).toMatchObject({
      status: 'failed',
      response_status: null,
      error: 'timeout after 100 ms',
    });
    expect(b!.attempts[0]!.latency_ms).toBeGreaterThanOrEqual(90);
  });

  it('answers the API call without waiting for a slow receiver', async () => {
    const w = await world(sandbox.app);
    const slow = await receiver(() => ({ status: 200, delayMs: 1_500 }));
    const we = await endpoint(w.server, slow.url);
    const session = await w.createSession(1_000);
    const started = performance.now();
    const expired = await w.server.post(`/v1/checkout_sessions/${session.id}/expire`);
    expect(expired.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(500);
    await settle();
    const [delivery] = await deliveries(w.server, we.id);
    expect(delivery!.status).toBe('succeeded');
    expect(delivery!.attempts[0]!.latency_ms).toBeGreaterThanOrEqual(1_400);
  });

  it('signs with both secrets for 24 hours after a rotation, then with the new one only', async () => {
    const w = await world(sandbox.app);
    const r = await receiver();
    const created = await endpoint(w.server, r.url);
    const rotated = await w.server.post<WebhookEndpoint>(
      `/v1/webhook_endpoints/${created.id}/rotate_secret`,
    );
    expect(rotated.status).toBe(200);
    const newSecret = rotated.body.secret!;
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(created.secret);
    const now = (await w.server.get<{ now: number }>('/v1/test_clocks/current')).body.now;
    expect(rotated.body.previous_secret_expires_at).toBe(now + 86_400);

    const headerOf = (event: Event) => of(r, event)[0]!.headers['xinghui-signature'] as string;
    const verifies = async (event: Event, secret: string) =>
      verifyWebhookSignature({
        payload: of(r, event)[0]!.body,
        header: headerOf(event),
        secret,
      }).then(
        () => true,
        () => false,
      );

    const first = await expireASession(w);
    await settle();
    expect(headerOf(first).match(/v1=/g)).toHaveLength(2);
    expect(await verifies(first, created.secret!)).toBe(true);
    expect(await verifies(first, newSecret)).toBe(true);

    await advance(w.server, 86_399);
    const second = await expireASession(w);
    await settle();
    expect(await verifies(second, created.secret!)).toBe(true);

    await advance(w.server, 1);
    const third = await expireASession(w);
    await settle();
    expect(headerOf(third).match(/v1=/g)).toHaveLength(1);
    expect(await verifies(third, created.secret!)).toBe(false);
    expect(await verifies(third, newSecret)).toBe(true);
    // The overlap is over: the endpoint no longer shows when it ends.
    const after = await w.server.get<WebhookEndpoint>(`/v1/webhook_endpoints/${created.id}`);
    expect(after.body.previous_secret_expires_at).toBe(null);
  });

  it('sends nothing to a deleted endpoint and ends its pending delivery', async () => {
    const w = await world(sandbox.app);
    const r = await receiver(() => 500);
    const we = await endpoint(w.server, r.url);
    await expireASession(w);
    await settle();
    expect(r.received).toHaveLength(1);
    await w.server.delete(`/v1/webhook_endpoints/${we.id}`);
    await advance(w.server, 86_400);
    expect(r.received).toHaveLength(1);
    const rows = sandbox.bank.store.find<{ id: string; status: string }>('webhook_deliveries', {
      where: { partner: w.partner.id },
    });
    expect(rows.map((row) => row.status)).toEqual(['failed']);
  });

  it('updates an endpoint: its URL and events; disabled, it gets nothing, retries included', async () => {
    const w = await world(sandbox.app);
    const failing = await receiver(() => 500);
    const healthy = await receiver(() => 204);
    const we = await endpoint(w.server, failing.url, ['payment.succeeded']);
    const update = (body: unknown) =>
      w.server.post<WebhookEndpoint>(`/v1/webhook_endpoints/${we.id}`, body);

    // Bad input is refused and changes nothing.
    expectError(await update({}), 'parameter_invalid');
    expectError(await update({ url: 'ftp://x' }), 'parameter_invalid', 'url');
    expectError(await update({ enabled_events: ['no.such'] }), 'parameter_invalid');
    expectError(await update({ disabled: 'yes' }), 'parameter_invalid', 'disabled');
    expectError(
      await w.server.post('/v1/webhook_endpoints/we_000000000000', { disabled: true }),
      'resource_missing',
    );
    const unchanged = await w.server.get<WebhookEndpoint>(`/v1/webhook_endpoints/${we.id}`);
    expect(unchanged.body).toMatchObject({
      url: failing.url,
      enabled_events: ['payment.succeeded'],
      status: 'enabled',
    });

    // Listening to expiries now: the first attempt fails, a retry is due in 15 s.
    expect((await update({ enabled_events: ['checkout_session.expired'] })).body).toMatchObject({
      enabled_events: ['checkout_session.expired'],
    });
    const first = await expireASession(w);
    await settle();
    expect(of(failing, first)).toHaveLength(1);

    // Disabled: the retry finds it paused and the delivery ends; new events are not sent.
    const disabled = await update({ disabled: true });
    expect(disabled.body).toMatchObject({ status: 'disabled' });
    expect(disabled.text).not.toContain('whsec_');
    await advance(w.server, 60);
    expect(of(failing, first)).toHaveLength(1);
    const second = await expireASession(w);
    await settle();
    expect(of(failing, second)).toHaveLength(0);
    expect((await deliveries(w.server, we.id)).map((d) => [d.event, d.status])).toEqual([
      [first.id, 'failed'],
    ]);

    // Enabled again at a new URL: new events go there; a missed one can be re-sent by hand.
    await update({ url: healthy.url, disabled: false });
    const third = await expireASession(w);
    await settle();
    expect(of(healthy, third)).toHaveLength(1);
    const resent = await w.server.post(`/v1/events/${second.id}/resend`, {
      webhook_endpoint: we.id,
    });
    expect(resent.status, resent.text).toBe(200);
    await settle();
    expect(of(healthy, second)).toHaveLength(1);
  });
});
