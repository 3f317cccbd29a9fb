// The events page: each event with its body, every delivery attempt to each endpoint with what
// was sent and what came back (expandable), a resend per endpoint, and a test delivery per
// endpoint. A resend or test is sent once its call has answered; the page waits for its
// attempt to be recorded, then shows it.
import { get, post } from './api.js';
import { card, h } from './dom.js';
import { time } from './format.js';
import { locale, t } from './i18n.js';

/** @param {string} path */
async function list(path) {
  return /** @type {{ data: any[] }} */ (await get(path)).data;
}

/** @param {Record<string, string>} headers */
const headerText = (headers) =>
  Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');

/** @param {string} title @param {string} text @param {boolean} truncated */
function bodyBlock(title, text, truncated) {
  return [
    h('h5', {}, title),
    h('pre', { class: 'body' }, text || t('emptyBody')),
    truncated ? h('p', { class: 'note' }, t('truncated')) : null,
  ];
}

/** What one attempt sent and what came back. @param {any} attempt */
function attemptDetails(attempt) {
  if (attempt.request === null) return h('p', { class: 'note' }, t('detailsDropped'));
  const { request, response } = attempt;
  return h(
    'div',
    { class: 'exchange' },
    h(
      'section',
      { class: 'sent' },
      h('h5', {}, `${t('request')}: ${request.method} ${request.url}`),
      h('pre', { class: 'headers' }, headerText(request.headers)),
      bodyBlock(t('body'), request.body, request.body_truncated),
    ),
    h(
      'section',
      { class: 'answer' },
      response === null
        ? h('h5', {}, `${t('response')}: ${attempt.error ?? t('noAnswer')}`)
        : [
            h('h5', {}, `${t('response')}: HTTP ${response.status}`),
            h('pre', { class: 'headers' }, headerText(response.headers)),
            bodyBlock(t('body'), response.body, response.body_truncated),
          ],
    ),
  );
}

/** @param {any} attempt */
const attemptItem = (attempt) =>
  h(
    'li',
    { class: `attempt attempt-${attempt.status}` },
    h(
      'details',
      {},
      h(
        'summary',
        {},
        `${t('attempt', { n: attempt.attempt })} · ${time(attempt.created, locale())} · ` +
          `${t('response')} ${attempt.response_status ?? attempt.error ?? '—'} · ${t('latency')} ${attempt.latency_ms} ms` +
          (attempt.manual ? ` · ${t('byHand')}` : ''),
      ),
      attemptDetails(attempt),
    ),
  );

/**
 * Waits (a few seconds at most) until the endpoint's delivery of the event has one attempt more
 * than `before`: the bank sends it just after answering the call.
 * @param {string} endpoint @param {string} event @param {number} before
 */
async function attemptRecorded(endpoint, event, before) {
  for (let i = 0; i < 40; i++) {
    const [delivery] = await list(
      `/v1/webhook_endpoints/${endpoint}/deliveries?event=${event}&limit=1`,
    );
    if ((delivery?.attempts.length ?? 0) > before) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * One event with its payload and every delivery attempt to each endpoint, and a resend button
 * per endpoint.
 * @param {any} event @param {any[]} endpoints @param {any[]} deliveries @param {() => void} reload
 */
function eventCard(event, endpoints, deliveries, reload) {
  const mine = deliveries.filter((delivery) => delivery.event === event.id);
  return card(
    event.type,
    [
      ['ID', event.id],
      [t('created'), time(event.created, locale())],
    ],
    { 'data-event': event.id },
    h(
      'details',
      {},
      h('summary', {}, t('payload')),
      h('pre', {}, JSON.stringify(event.data, null, 2)),
    ),
    h('h4', {}, t('deliveries')),
    endpoints.length === 0 ? h('p', { class: 'empty' }, t('noEndpoint')) : null,
    ...endpoints.map((endpoint) => {
      const delivery = mine.find((item) => item.webhook_endpoint === endpoint.id);
      const resend = async () => {
        await post(`/v1/events/${event.id}/resend`, { webhook_endpoint: endpoint.id });
        await attemptRecorded(endpoint.id, event.id, delivery?.attempts.length ?? 0);
        reload();
      };
      return h(
        'section',
        { class: 'delivery', 'data-endpoint': endpoint.id },
        h(
          'p',
          { class: 'url' },
          endpoint.url,
          ' ',
          delivery ? h('span', { class: `badge badge-${delivery.status}` }, delivery.status) : null,
        ),
        delivery ? h('ol', {}, delivery.attempts.map(attemptItem)) : null,
        h('button', { type: 'button', class: 'resend', onclick: resend }, t('resend')),
      );
    }),
  );
}

/** The endpoints, each with a test delivery button. @param {any[]} endpoints @param {() => void} reload */
function endpointList(endpoints, reload) {
  return card(
    t('endpoints'),
    endpoints.map((endpoint) => [
      endpoint.url,
      h(
        'span',
        { class: 'actions', 'data-endpoint': endpoint.id },
        h('span', { class: `badge badge-${endpoint.status}` }, endpoint.status),
        h(
          'button',
          {
            type: 'button',
            class: 'send-test',
            onclick: async () => {
              const delivery = await post(`/v1/webhook_endpoints/${endpoint.id}/test`);
              await attemptRecorded(endpoint.id, delivery.event, 0);
              reload();
            },
          },
          t('sendTest'),
        ),
      ),
    ]),
    { class: 'card endpoints' },
  );
}

/** @param {() => void} reload */
export async function events(reload) {
  const [found, endpoints] = await Promise.all([
    list('/v1/events?limit=50'),
    list('/v1/webhook_endpoints?limit=100'),
  ]);
  const deliveries = (
    await Promise.all(
      endpoints.map((endpoint) =>
        list(`/v1/webhook_endpoints/${endpoint.id}/deliveries?limit=100`),
      ),
    )
  ).flat();
  return [
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', id: 'events-refresh', onclick: reload }, t('refresh')),
    ),
    endpoints.length ? endpointList(endpoints, reload) : null,
    ...(found.length
      ? found.map((event) => eventCard(event, endpoints, deliveries, reload))
      : [h('p', { class: 'empty' }, t('empty'))]),
  ].filter((node) => node !== null);
}
