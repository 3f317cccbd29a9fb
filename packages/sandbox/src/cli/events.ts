import type { Event, List, WebhookDelivery, WebhookEndpoint } from '@xinghui/contract';
import { SandboxApi } from './api.js';
import { formatTime } from './duration.js';
import { COMMON_HELP, parseTool, targetOf } from './options.js';
import type { Output } from './output.js';
import { usageError } from './tool-error.js';

export const EVENTS_HELP = `xinghui-sandbox events [--tail]: the partner's events and their webhook deliveries

  --tail             keep printing new events and delivery attempts as they happen (Ctrl-C stops)
  --limit <n>        without --tail: how many of the newest events to print (default 10, up to 100)
  --interval <ms>    with --tail: how often to look (default 500)

${COMMON_HELP}`;

/** The line of one event. */
function eventLine(event: Event): string {
  // A test delivery's object is no resource: it names the endpoint it was sent to.
  const data = event.data.object as { id?: string; webhook_endpoint?: string };
  const object = data.id ?? data.webhook_endpoint ?? '';
  const by = event.request ? `request ${event.request.id}` : 'the clock';
  return `${formatTime(event.created)}  ${event.type.padEnd(28)} ${event.id}  ${object}  (by ${by})`;
}

/** The line of one delivery attempt. */
function attemptLine(delivery: WebhookDelivery, attempt: WebhookDelivery['attempts'][number]) {
  const answer = attempt.response_status ?? attempt.error ?? 'no answer';
  const manual = attempt.manual ? ', by hand' : '';
  return `    -> ${delivery.webhook_endpoint} ${delivery.event}  attempt ${attempt.attempt}${manual}: ${attempt.status} (${answer}) in ${attempt.latency_ms} ms`;
}

/**
 * Walks the events list newest first until it reaches one already seen, and returns the new
 * ones oldest first. The list has no "newer than" cursor, so the newest seen id is the mark.
 */
async function newEvents(api: SandboxApi, seen: Set<string>): Promise<Event[]> {
  const fresh: Event[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await api.get<List<Event>>(
      `/v1/events?limit=100${after ? `&starting_after=${after}` : ''}`,
    );
    const unseen = page.data.filter((event) => !seen.has(event.id));
    fresh.push(...unseen);
    if (unseen.length < page.data.length || !page.has_more) break;
    after = page.data.at(-1)!.id;
  }
  for (const event of fresh) seen.add(event.id);
  return fresh.reverse();
}

/** Every delivery attempt not yet seen, across the partner's endpoints (newest 100 each). */
async function newAttempts(api: SandboxApi, seen: Set<string>) {
  const endpoints = await api.get<List<WebhookEndpoint>>('/v1/webhook_endpoints?limit=100');
  const found: { delivery: WebhookDelivery; attempt: WebhookDelivery['attempts'][number] }[] = [];
  for (const endpoint of endpoints.data) {
    const deliveries = await api.get<List<WebhookDelivery>>(
      `/v1/webhook_endpoints/${endpoint.id}/deliveries?limit=100`,
    );
    for (const delivery of deliveries.data.reverse()) {
      for (const attempt of delivery.attempts) {
        const key = `${delivery.id}#${attempt.attempt}`;
        if (seen.has(key)) continue;
        seen.add(key);
        found.push({ delivery, attempt });
      }
    }
  }
  return found;
}

/** Resolves after `ms`, or at once when `stop` is aborted. */
function pause(ms: number, stop: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      stop.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    stop.addEventListener('abort', done);
  });
}

/**
 * `events [--tail]`. With `--tail` it polls the events API and every endpoint's deliveries,
 * prints what is new (one line per event, one per delivery attempt) and stops on Ctrl-C.
 */
export async function eventsTool(args: string[], out: Output, stop: AbortSignal): Promise<void> {
  const { values, positionals } = parseTool('events', args, {
    tail: { type: 'boolean', default: false },
    limit: { type: 'string', default: '10' },
    interval: { type: 'string', default: '500' },
  });
  if (values.help) return out.help(EVENTS_HELP);
  if (positionals.length > 0) throw usageError(`unexpected argument "${positionals[0]}".`);
  const limit = Number(values.limit);
  if (!/^\d{1,3}$/.test(values.limit) || limit < 1 || limit > 100) {
    throw usageError(`--limit must be a whole number from 1 to 100, got "${values.limit}".`);
  }
  const interval = Number(values.interval);
  if (!/^\d{1,6}$/.test(values.interval) || interval < 50) {
    throw usageError(`--interval must be at least 50 (milliseconds), got "${values.interval}".`);
  }
  const target = targetOf(values);
  const api = new SandboxApi(target.url, target.secretKey);
  const print = (event: Event) => (values.json ? out.json(event) : out.line(eventLine(event)));

  if (!values.tail) {
    const page = await api.get<List<Event>>(`/v1/events?limit=${limit}`);
    for (const event of page.data.reverse()) print(event);
    return;
  }

  const seenEvents = new Set<string>();
  const seenAttempts = new Set<string>();
  // What exists now is the past: only what happens from here on is printed.
  await newEvents(api, seenEvents);
  await newAttempts(api, seenAttempts);
  process.stderr.write(`Tailing events of ${target.url} (Ctrl-C to stop)\n`);
  while (!stop.aborted) {
    await pause(interval, stop);
    if (stop.aborted) break;
    for (const event of await newEvents(api, seenEvents)) print(event);
    for (const { delivery, attempt } of await newAttempts(api, seenAttempts)) {
      if (values.json) {
        out.json({
          object: 'webhook_attempt',
          delivery: delivery.id,
          event: delivery.event,
          event_type: delivery.event_type,
          webhook_endpoint: delivery.webhook_endpoint,
          ...attempt,
        });
      } else {
        out.line(attemptLine(delivery, attempt));
      }
    }
  }
}
