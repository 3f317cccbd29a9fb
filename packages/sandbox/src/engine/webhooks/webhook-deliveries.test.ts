import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../logger.js';
import { MemoryStore } from '../../store/memory-store.js';
import type { Context } from '../core/context.js';
import { discardingOutbox, type WebhookRequest } from '../core/outbox.js';
import type { PartnerRecord, TimerRecord, WebhookDeliveryRecord } from '../core/records.js';
import { WEBHOOK_ATTEMPT_DETAILS_KEPT } from '@xinghui/contract';
import { keptBody, keptHeaders, presentAttempt } from './attempt-details.js';
import { attemptWhenDue, recordAttempt, type AttemptResult } from './webhook-deliveries.js';

const T0 = 1_764_633_600;
const SENT: AttemptResult['request'] = {
  method: 'POST',
  url: 'https://shop.example/hooks',
  headers: { 'Xinghui-Signature': 't=1,v1=abc' },
  body: '{}',
  body_truncated: false,
};
const answer = (status: number): AttemptResult['response'] => ({
  status,
  headers: { 'content-type': 'text/plain' },
  body: status === 200 ? 'ok' : 'boom',
  body_truncated: false,
});
const FAILED: AttemptResult = {
  status: 'failed',
  latency_ms: 12,
  response_status: 500,
  error: null,
  request: SENT,
  response: answer(500),
};
const SUCCEEDED: AttemptResult = {
  status: 'succeeded',
  latency_ms: 8,
  response_status: 200,
  error: null,
  request: SENT,
  response: answer(200),
};

/** A context with one pending delivery whose first attempt is due at T0. */
function context(): Context {
  const store = new MemoryStore();
  const partner = { id: 'ptn_hooks', next_timer_at: null } as PartnerRecord;
  store.insert('partners', partner);
  const delivery = {
    id: 'whd_1',
    partner: partner.id,
    object: 'webhook_delivery',
    event: 'evt_1',
    event_type: 'payment.succeeded',
    webhook_endpoint: 'we_1',
    status: 'pending',
    next_attempt_at: T0,
    attempts: [],
    created: T0,
  } as unknown as WebhookDeliveryRecord;
  store.insert('webhook_deliveries', delivery);
  return {
    store,
    partner,
    now: T0,
    request: null,
    afterCommit: [],
    outbox: discardingOutbox,
    log: silentLogger,
  };
}

const request = (at: number, manual = false): WebhookRequest => ({
  partner: 'ptn_hooks',
  delivery: 'whd_1',
  event: 'evt_1',
  url: 'https://shop.example/hooks',
  body: '{}',
  secrets: [],
  at,
  manual,
});

const delivery = (ctx: Context) =>
  ctx.store.get<WebhookDeliveryRecord>('webhook_deliveries', 'whd_1')!;
const timers = (ctx: Context) =>
  ctx.store
    .find<TimerRecord>('timers', { where: { ref: 'whd_1' } })
    .map((timer) => timer.due_at)
    .sort((a, b) => a - b);

/** Fails every attempt when it falls due; returns the times the attempts were made at. */
function failUntilGivenUp(ctx: Context): number[] {
  const made: number[] = [];
  let at: number | null = T0;
  while (at !== null && made.length < 20) {
    made.push(at);
    recordAttempt(ctx, request(at), FAILED);
    at = delivery(ctx).next_attempt_at;
  }
  return made;
}

describe('the webhook retry plan', () => {
  it('retries a failing endpoint after 15 s, 1 min, 5 min, 30 min, 2 h, 6 h and 15 h', () => {
    const ctx = context();
    const made = failUntilGivenUp(ctx);
    const gaps = made.slice(1).map((at, i) => at - made[i]!);
    expect(gaps).toEqual([15, 60, 5 * 60, 30 * 60, 2 * 3_600, 6 * 3_600, 15 * 3_600]);
    // Eight attempts in all, the last 84,975 s (23 h 36 min 15 s) after the first.
    expect(made).toHaveLength(8);
    expect(made.at(-1)! - T0).toBe(84_975);
    // Each retry was asked of the timers, and the partner wakes for the first of them.
    expect(timers(ctx)).toEqual(made.slice(1));
    expect(ctx.partner.next_timer_at).toBe(T0 + 15);
  });

  it('gives up after the eighth failed attempt: failed, nothing more due', () => {
    const ctx = context();
    failUntilGivenUp(ctx);
    const given = delivery(ctx);
    expect(given.status).toBe('failed');
    expect(given.next_attempt_at).toBeNull();
    expect(given.attempts.map((a) => a.attempt)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('is done at the first success: no retry left waiting', () => {
    const ctx = context();
    recordAttempt(ctx, request(T0), FAILED);
    recordAttempt(ctx, request(T0 + 15), FAILED);
    expect(delivery(ctx).next_attempt_at).toBe(T0 + 75);
    recordAttempt(ctx, request(T0 + 75), SUCCEEDED);
    expect(delivery(ctx)).toMatchObject({ status: 'succeeded', next_attempt_at: null });
    expect(timers(ctx)).toEqual([]);
  });

  it('never moves the schedule for a re-send by hand', () => {
    const ctx = context();
    recordAttempt(ctx, request(T0), FAILED); // next at T0 + 15
    recordAttempt(ctx, request(T0 + 5, true), FAILED);
    expect(delivery(ctx)).toMatchObject({ status: 'pending', next_attempt_at: T0 + 15 });
    // The second scheduled failure waits 1 min: manual attempts do not count towards the plan.
    recordAttempt(ctx, request(T0 + 15), FAILED);
    expect(delivery(ctx).next_attempt_at).toBe(T0 + 75);
    expect(delivery(ctx).attempts.map((a) => [a.attempt, a.manual])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
  });

  it('lets a re-send by hand succeed after the plan gave up, and a failed one leaves it failed', () => {
    const ctx = context();
    failUntilGivenUp(ctx);
    recordAttempt(ctx, request(T0 + 90_000, true), FAILED);
    expect(delivery(ctx)).toMatchObject({ status: 'failed', next_attempt_at: null });
    recordAttempt(ctx, request(T0 + 90_060, true), SUCCEEDED);
    expect(delivery(ctx).status).toBe('succeeded');
  });

  it('makes a retry only once due, and fails it if its endpoint has gone', () => {
    const ctx = context();
    recordAttempt(ctx, request(T0), FAILED);
    ctx.now = T0 + 14;
    attemptWhenDue(ctx, 'whd_1');
    expect(delivery(ctx).status).toBe('pending');
    expect(ctx.afterCommit).toHaveLength(0);
    ctx.now = T0 + 15;
    attemptWhenDue(ctx, 'whd_1'); // endpoint we_1 is not in the store
    expect(delivery(ctx)).toMatchObject({ status: 'failed', next_attempt_at: null });
    expect(ctx.afterCommit).toHaveLength(0);
  });
});

describe('what an attempt keeps of its request and response', () => {
  it('keeps both on the newest attempts only, so a delivery tried many times stays small', () => {
    const ctx = context();
    failUntilGivenUp(ctx);
    const { attempts } = delivery(ctx);
    expect(attempts).toHaveLength(8);
    const kept = attempts.slice(-WEBHOOK_ATTEMPT_DETAILS_KEPT);
    const dropped = attempts.slice(0, -WEBHOOK_ATTEMPT_DETAILS_KEPT);
    expect(kept.every((a) => a.request?.url === SENT!.url && a.response?.body === 'boom')).toBe(
      true,
    );
    // The outcome and timing of every attempt stay; only the bodies and headers go.
    expect(dropped.map((a) => [a.request, a.response, a.response_status, a.latency_ms])).toEqual(
      dropped.map(() => [null, null, 500, 12]),
    );
  });

  it('cuts a body at 4 KB on a character boundary and says so', () => {
    expect(keptBody('short')).toEqual({ body: 'short', body_truncated: false });
    const ascii = keptBody('x'.repeat(5000));
    expect(ascii.body).toHaveLength(4096);
    expect(ascii.body_truncated).toBe(true);
    // 1366 three-byte characters are 4098 bytes: the last whole one ends at byte 4095.
    const chinese = keptBody('账'.repeat(1366));
    expect(chinese).toEqual({ body: '账'.repeat(1365), body_truncated: true });
    expect(keptBody('账'.repeat(1365))).toEqual({ body: '账'.repeat(1365), body_truncated: false });
  });

  it('keeps an answer’s headers up to 4 KB in all, names in lower case', () => {
    expect(keptHeaders([['Content-Type', 'text/plain']])).toEqual({ 'content-type': 'text/plain' });
    const many = Array.from({ length: 100 }, (_, i): [string, string] => [
      `x-h${i}`,
      'v'.repeat(95),
    ]);
    const kept = Object.keys(keptHeaders(many));
    expect(kept.length).toBeGreaterThan(30);
    expect(kept.length).toBeLessThan(100);
    expect(kept[0]).toBe('x-h0');
  });

  it('shows an attempt an older sandbox recorded with null details', () => {
    const old = { ...FAILED, attempt: 1, created: T0, manual: false } as Record<string, unknown>;
    delete old['request'];
    delete old['response'];
    expect(presentAttempt(old as never)).toMatchObject({ request: null, response: null });
  });
});
