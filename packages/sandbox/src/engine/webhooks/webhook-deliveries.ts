import {
  API_VERSION,
  generateId,
  type ListWebhookDeliveriesParams,
  type ResendEventParams,
  type WebhookAttempt,
  type WebhookDelivery,
} from '@xinghui/contract';
import type { Context } from '../core/context.js';
import type { WebhookRequest } from '../core/outbox.js';
import { listPage } from '../core/list-page.js';
import { getOwned, withoutPartner } from '../core/owned-rows.js';
import type {
  EventRecord,
  TimerRecord,
  WebhookDeliveryRecord,
  WebhookEndpointRecord,
} from '../core/records.js';
import { scheduleTimer } from '../core/timers.js';
import { presentAttempt, withNewestDetails } from './attempt-details.js';
import { endpointsFor, isEnabled, signingSecrets } from './webhook-endpoints.js';

/**
 * Seconds from a failed attempt to the next: 15 s, 1 min, 5 min, 30 min, 2 h, 6 h, 15 h, about
 * a day in all. After the last one fails, the delivery has failed.
 */
export const RETRY_DELAYS_SECONDS = [15, 60, 300, 1_800, 7_200, 21_600, 54_000] as const;

/** How an attempt went, as the sender saw it. */
export type AttemptResult = Pick<
  WebhookAttempt,
  'status' | 'latency_ms' | 'response_status' | 'error' | 'request' | 'response'
>;

function present(record: WebhookDeliveryRecord): WebhookDelivery {
  const delivery = withoutPartner(record);
  return { ...delivery, attempts: delivery.attempts.map(presentAttempt) };
}

/** Queues the attempt to leave after commit: a rollback sends nothing. */
function startAttempt(
  ctx: Context,
  delivery: WebhookDeliveryRecord,
  endpoint: WebhookEndpointRecord,
  at: number,
  manual: boolean,
): void {
  const event = ctx.store.get<EventRecord>('events', delivery.event)!;
  const request: WebhookRequest = {
    partner: ctx.partner.id,
    delivery: delivery.id,
    event: delivery.event,
    url: endpoint.url,
    body: JSON.stringify(withoutPartner(event)),
    secrets: signingSecrets(endpoint, at),
    at,
    manual,
  };
  ctx.afterCommit.push(() => ctx.outbox.send(request));
}

/** Records a delivery of an event to an endpoint, its first attempt due at `firstAttemptAt`. */
function newDelivery(
  ctx: Context,
  event: EventRecord,
  endpoint: WebhookEndpointRecord,
  firstAttemptAt: number | null,
): WebhookDeliveryRecord {
  const delivery: WebhookDeliveryRecord = {
    id: generateId('whd'),
    partner: ctx.partner.id,
    object: 'webhook_delivery',
    event: event.id,
    event_type: event.type,
    webhook_endpoint: endpoint.id,
    status: 'pending',
    next_attempt_at: firstAttemptAt,
    attempts: [],
    created: ctx.now,
  };
  ctx.store.insert('webhook_deliveries', delivery);
  return delivery;
}

/**
 * Creates a delivery of a new event to each endpoint that wants it, in the event's own
 * transaction, and sends the first attempts once that commits.
 */
export function enqueueDeliveries(ctx: Context, event: EventRecord): void {
  for (const endpoint of endpointsFor(ctx, event.type)) {
    const delivery = newDelivery(ctx, event, endpoint, ctx.now);
    startAttempt(ctx, delivery, endpoint, ctx.now, false);
  }
}

/** The timer handler: a retry fell due. */
export function attemptWhenDue(ctx: Context, deliveryId: string): void {
  const delivery = ctx.store.get<WebhookDeliveryRecord>('webhook_deliveries', deliveryId);
  // A re-send by hand may have succeeded since this retry was scheduled.
  if (delivery?.status !== 'pending' || delivery.next_attempt_at === null) return;
  if (delivery.next_attempt_at > ctx.now) return;
  const endpoint = ctx.store.get<WebhookEndpointRecord>(
    'webhook_endpoints',
    delivery.webhook_endpoint,
  );
  if (!endpoint || !isEnabled(endpoint)) {
    // Deleted or disabled since: nothing more goes there (a re-send by hand still can).
    ctx.store.update('webhook_deliveries', {
      ...delivery,
      status: 'failed',
      next_attempt_at: null,
    });
    return;
  }
  startAttempt(ctx, delivery, endpoint, ctx.now, false);
}

function cancelTimers(ctx: Context, deliveryId: string): void {
  for (const timer of ctx.store.find<TimerRecord>('timers', {
    where: { partner: ctx.partner.id, ref: deliveryId },
  })) {
    ctx.store.delete('timers', timer.id);
  }
}

/**
 * Records how an attempt went and decides what follows: done on a 2xx; otherwise the next
 * retry of the schedule, or failed after the last. A re-send by hand never moves the schedule.
 */
export function recordAttempt(ctx: Context, request: WebhookRequest, result: AttemptResult): void {
  const delivery = ctx.store.get<WebhookDeliveryRecord>('webhook_deliveries', request.delivery)!;
  const attempts = withNewestDetails([
    ...delivery.attempts,
    {
      attempt: delivery.attempts.length + 1,
      created: request.at,
      manual: request.manual,
      ...result,
    },
  ]);
  let { status, next_attempt_at } = delivery;
  if (result.status === 'succeeded') {
    status = 'succeeded';
    next_attempt_at = null;
    cancelTimers(ctx, delivery.id);
  } else if (!request.manual && status === 'pending') {
    const made = attempts.filter((attempt) => !attempt.manual).length;
    const delay = RETRY_DELAYS_SECONDS[made - 1];
    if (delay === undefined) {
      status = 'failed';
      next_attempt_at = null;
    } else {
      next_attempt_at = request.at + delay;
      scheduleTimer(ctx, 'webhook_delivery', delivery.id, next_attempt_at);
    }
  } else if (next_attempt_at === null && status !== 'succeeded') {
    // A manual attempt with no retry to come: this is where the delivery stands.
    status = 'failed';
  }
  ctx.store.update('webhook_deliveries', { ...delivery, status, next_attempt_at, attempts });
}

/** Sends an event to an endpoint again, now; the attempt is recorded once it is made. */
export function resendEvent(
  ctx: Context,
  eventId: string,
  params: ResendEventParams,
): WebhookDelivery {
  const event = getOwned<EventRecord>(ctx, 'events', eventId);
  const endpoint = getOwned<WebhookEndpointRecord>(
    ctx,
    'webhook_endpoints',
    params.webhook_endpoint,
    'webhook_endpoint',
  );
  let [delivery] = ctx.store.find<WebhookDeliveryRecord>('webhook_deliveries', {
    where: { partner: ctx.partner.id, event: event.id, webhook_endpoint: endpoint.id },
    limit: 1,
  });
  // The endpoint did not want this event (or did not exist yet): a delivery of its own.
  delivery ??= newDelivery(ctx, event, endpoint, null);
  startAttempt(ctx, delivery, endpoint, ctx.now, true);
  return present(delivery);
}

/**
 * A test delivery to one endpoint, now: a `webhook_endpoint.test` event, recorded (so it can be
 * read and re-sent like any other) but given to that endpoint only, by hand, never retried.
 */
export function sendTestEvent(ctx: Context, endpointId: string): WebhookDelivery {
  const endpoint = getOwned<WebhookEndpointRecord>(ctx, 'webhook_endpoints', endpointId);
  const event = {
    id: generateId('evt'),
    partner: ctx.partner.id,
    object: 'event',
    type: 'webhook_endpoint.test',
    api_version: API_VERSION,
    created: ctx.now,
    data: { object: { object: 'webhook_test', webhook_endpoint: endpoint.id, url: endpoint.url } },
    request: ctx.request,
  } as EventRecord;
  ctx.store.insert('events', event);
  const delivery = newDelivery(ctx, event, endpoint, null);
  startAttempt(ctx, delivery, endpoint, ctx.now, true);
  return present(delivery);
}

export function listWebhookDeliveries(
  ctx: Context,
  endpointId: string,
  params: ListWebhookDeliveriesParams,
) {
  const { limit, starting_after, event } = params;
  const endpoint = getOwned<WebhookEndpointRecord>(ctx, 'webhook_endpoints', endpointId);
  return listPage(
    ctx,
    'webhook_deliveries',
    { webhook_endpoint: endpoint.id, ...(event === undefined ? {} : { event }) },
    { limit, starting_after },
    present,
  );
}

/**
 * After a restart: a delivery whose attempt was on its way when the bank stopped has no timer
 * (the attempt's timer was spent, its outcome never recorded). Give it one, due at once.
 */
export function resumeInterruptedDeliveries(ctx: Context): void {
  const pending = ctx.store.find<WebhookDeliveryRecord>('webhook_deliveries', {
    where: { partner: ctx.partner.id, status: 'pending' },
  });
  for (const delivery of pending) {
    if (delivery.next_attempt_at === null) continue;
    const timers = ctx.store.find<TimerRecord>('timers', {
      where: { partner: ctx.partner.id, ref: delivery.id },
      limit: 1,
    });
    if (timers.length === 0)
      scheduleTimer(ctx, 'webhook_delivery', delivery.id, delivery.next_attempt_at);
  }
}
