// The pages of the sandbox's own tools: events with their webhook deliveries (and a resend),
// the one-time codes it "texted", the request log, and the test clock.
import { get, post } from './api.js';
import { card, h } from './dom.js';
import { duration, money, time } from './format.js';
import { locale, t } from './i18n.js';

/** @param {string} path */
async function list(path) {
  return /** @type {{ data: any[] }} */ (await get(path)).data;
}

/** @param {Node[]} cards */
const cards = (cards) => (cards.length ? cards : [h('p', { class: 'empty' }, t('empty'))]);

/** @param {any} attempt */
const attemptLine = (attempt) =>
  h(
    'li',
    { class: `attempt attempt-${attempt.status}` },
    `${t('attempt', { n: attempt.attempt })} · ${time(attempt.created, locale())} · ` +
      `${t('response')} ${attempt.response_status ?? attempt.error ?? '—'} · ${t('latency')} ${attempt.latency_ms} ms` +
      (attempt.manual ? ` · ${t('resend')}` : ''),
  );

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
        delivery ? h('ol', {}, delivery.attempts.map(attemptLine)) : null,
        h(
          'button',
          {
            type: 'button',
            class: 'resend',
            onclick: async () => {
              await post(`/v1/events/${event.id}/resend`, { webhook_endpoint: endpoint.id });
              reload();
            },
          },
          t('resend'),
        ),
      );
    }),
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
  // A resend is sent once its call has answered: Refresh shows the attempt it made.
  return [
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', id: 'events-refresh', onclick: reload }, t('refresh')),
    ),
    ...cards(found.map((event) => eventCard(event, endpoints, deliveries, reload))),
  ];
}

export async function messages() {
  const sent = await list('/v1/sandbox/messages?limit=100');
  return cards(
    sent.map((message) =>
      card(`${message.phone} · ${message.code}`, [
        [t('code'), h('code', { 'data-code': '' }, message.code)],
        [t('amount'), money(message.amount)],
        [t('payee'), message.payee],
        ['Session', message.session],
        [t('status'), message.status],
        [t('expires'), time(message.expires_at, locale())],
      ]),
    ),
  );
}

const STATUS_FILTERS = ['', '2xx', '4xx', '5xx'];

/** @param {() => void} reload @param {URLSearchParams} query */
export async function requests(reload, query) {
  const status = query.get('status') ?? '';
  const calls = await list(`/v1/sandbox/requests?limit=100${status ? `&status=${status}` : ''}`);
  const filter = h(
    'select',
    {
      id: 'request-status',
      'aria-label': t('filter'),
      onchange: (/** @type {Event} */ event) => {
        location.hash = `#requests?status=${/** @type {HTMLSelectElement} */ (event.target).value}`;
      },
    },
    STATUS_FILTERS.map((value) =>
      h('option', { value, selected: value === status }, value || t('all')),
    ),
  );
  return [
    h(
      'div',
      { class: 'actions' },
      filter,
      h('button', { type: 'button', onclick: reload }, t('refresh')),
    ),
    ...cards(
      calls.map((call) =>
        card(
          `${call.method} ${call.path} → ${call.status}`,
          [
            ['Request', h('code', {}, call.id)],
            [t('error'), call.error_code],
            [t('credential'), call.credential],
            [t('idempotency'), call.idempotency_key],
            [t('replayed'), call.replayed ? '✓' : '—'],
            [t('duration'), `${call.duration_ms} ms`],
            [t('created'), time(call.created, locale())],
          ],
          { 'data-request': call.id, class: call.status >= 400 ? 'card card-error' : 'card' },
        ),
      ),
    ),
  ];
}

export async function clock() {
  const current = await get('/v1/test_clocks/current');
  const now = h('span', { id: 'clock-now' }, time(current.now, locale()));
  const offset = h('span', {}, duration(current.offset_seconds, locale()));
  const days = h('input', {
    id: 'advance-days',
    type: 'number',
    min: 0,
    max: 366,
    value: 0,
    inputmode: 'numeric',
  });
  const hours = h('input', {
    id: 'advance-hours',
    type: 'number',
    min: 0,
    max: 23,
    value: 1,
    inputmode: 'numeric',
  });
  const note = h('p', { id: 'clock-note', role: 'status' });
  const form = h(
    'form',
    {
      class: 'advance',
      onsubmit: async (/** @type {SubmitEvent} */ event) => {
        event.preventDefault();
        const seconds =
          Number(/** @type {HTMLInputElement} */ (days).value) * 86_400 +
          Number(/** @type {HTMLInputElement} */ (hours).value) * 3600;
        const moved = await post('/v1/test_clocks/advance', { seconds });
        now.textContent = time(moved.now, locale());
        offset.textContent = duration(moved.offset_seconds, locale());
        note.textContent = t('advanced', { now: time(moved.now, locale()) });
      },
    },
    h('label', { for: 'advance-days' }, t('days')),
    days,
    h('label', { for: 'advance-hours' }, t('hours')),
    hours,
    h('button', { type: 'submit' }, t('advance')),
  );
  return [
    card(t('clock'), [
      [t('now'), now],
      [t('offset'), offset],
    ]),
    form,
    note,
  ];
}
