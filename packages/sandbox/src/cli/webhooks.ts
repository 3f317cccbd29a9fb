import type { Event, List, WebhookDelivery, WebhookEndpoint } from '@xinghui/contract';
import { SandboxApi } from './api.js';
import { COMMON_HELP, parseTool, targetOf } from './options.js';
import type { Output } from './output.js';
import { ToolError, usageError } from './tool-error.js';

export const WEBHOOKS_HELP = `xinghui-sandbox webhooks test <endpoint-url | we_…>: a signed delivery now

Sends one of the partner's webhook endpoints a test delivery at once, signed as every delivery
is (Xinghui-Signature, with the endpoint's secret): a webhook_endpoint.test event, to that
endpoint only, never retried. Prints the endpoint's answer and how long it took. Exit 0 when
the endpoint answered 2xx, 1 otherwise. Works on a fresh sandbox: no event is needed.

  --event <evt_…>   re-send this real event instead (POST /v1/events/{id}/resend)
  --create          register the URL first (every event type) when no endpoint has it;
                    its signing secret is printed once

${COMMON_HELP}`;

/** How long to wait for the attempt's outcome: longer than the sender's 10 s timeout. */
const OUTCOME_WAIT_MS = 15_000;

function sameUrl(a: string, b: string): boolean {
  return a.replace(/\/+$/, '') === b.replace(/\/+$/, '');
}

/** The partner's endpoint named by id or URL; registered with `--create` if asked. */
async function endpointOf(
  api: SandboxApi,
  named: string,
  create: boolean,
  out: Output,
  json: boolean,
) {
  const endpoints = (await api.get<List<WebhookEndpoint>>('/v1/webhook_endpoints?limit=100')).data;
  const found = endpoints.find((e) => e.id === named || sameUrl(e.url, named));
  if (found) return found;
  if (named.startsWith('we_'))
    throw new ToolError(`no webhook endpoint ${named} for this partner.`);
  if (!create) {
    throw new ToolError(
      `no webhook endpoint of this partner has the URL ${named}: register it (POST /v1/webhook_endpoints) or pass --create.`,
    );
  }
  const made = await api.post<WebhookEndpoint>('/v1/webhook_endpoints', {
    url: named,
    enabled_events: ['*'],
  });
  if (!json)
    out.line(
      `Registered ${made.id} for ${made.url}; its signing secret (shown once): ${made.secret}`,
    );
  return made;
}

/** The attempts of the event's delivery to the endpoint so far. */
async function attemptsOf(api: SandboxApi, endpoint: string, event: string) {
  const page = await api.get<List<WebhookDelivery>>(
    `/v1/webhook_endpoints/${endpoint}/deliveries?event=${event}&limit=1`,
  );
  return page.data[0];
}

/**
 * `webhooks test`: asks the bank for a test delivery (`POST /v1/webhook_endpoints/{id}/test`)
 * or, with `--event`, re-sends a real event by hand (`POST /v1/events/{id}/resend`), so the
 * bank's own sender signs and posts it; then reads the delivery until the attempt is recorded.
 */
export async function webhooksTool(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parseTool('webhooks', args, {
    event: { type: 'string' },
    create: { type: 'boolean', default: false },
  });
  if (values.help) return (out.help(WEBHOOKS_HELP), 0);
  const [action, named, ...rest] = positionals;
  if (action !== 'test') {
    throw usageError(
      `unknown webhooks action "${action ?? ''}": use xinghui-sandbox webhooks test <endpoint-url>.`,
    );
  }
  if (!named) throw usageError('webhooks test needs an endpoint URL (or its we_… id).');
  if (rest.length > 0) throw usageError(`unexpected argument "${rest[0]}".`);
  if (!named.startsWith('we_') && !/^https?:\/\/\S+$/.test(named)) {
    throw usageError(`the endpoint must be an http(s) URL or a we_… id, got "${named}".`);
  }
  const target = targetOf(values);
  const api = new SandboxApi(target.url, target.secretKey);
  const endpoint = await endpointOf(api, named, values.create, out, values.json);
  let event: Pick<Event, 'id' | 'type'>;
  let before = 0;
  let delivery: WebhookDelivery;
  if (values.event) {
    event = await api.get<Event>(`/v1/events/${values.event}`);
    before = (await attemptsOf(api, endpoint.id, event.id))?.attempts.length ?? 0;
    delivery = await api.post<WebhookDelivery>(`/v1/events/${event.id}/resend`, {
      webhook_endpoint: endpoint.id,
    });
  } else {
    delivery = await api.post<WebhookDelivery>(`/v1/webhook_endpoints/${endpoint.id}/test`);
    event = { id: delivery.event, type: delivery.event_type as Event['type'] };
  }
  const deadline = Date.now() + OUTCOME_WAIT_MS;
  let attempt: WebhookDelivery['attempts'][number] | undefined;
  while (!attempt) {
    attempt = (await attemptsOf(api, endpoint.id, event.id))?.attempts[before];
    if (attempt) break;
    if (Date.now() > deadline) throw new ToolError(`no outcome for ${delivery.id} after 15 s.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const ok = attempt.status === 'succeeded';
  if (values.json) {
    out.json({
      object: 'webhook_test',
      url: endpoint.url,
      webhook_endpoint: endpoint.id,
      event: event.id,
      event_type: event.type,
      delivery: delivery.id,
      ...attempt,
    });
  } else {
    const answer =
      attempt.response_status === null
        ? `no answer (${attempt.error})`
        : `HTTP ${attempt.response_status}`;
    out.line(`POST ${endpoint.url}`);
    out.line(`  ${ok ? 'ok' : 'FAILED'}: ${answer} in ${attempt.latency_ms} ms`);
    out.line(
      `  sent ${event.type} ${event.id}, signed with ${endpoint.id}'s secret (delivery ${delivery.id}, attempt ${attempt.attempt})`,
    );
    // What the endpoint said, on one line: its error page is often the quickest clue.
    const said = attempt.response?.body.replace(/\s+/g, ' ').trim();
    if (said) out.line(`  answered: ${said.length > 200 ? `${said.slice(0, 200)}…` : said}`);
  }
  return ok ? 0 : 1;
}
