// The pages of the sandbox's own tools: the one-time codes and loan notices it "texted", the
// request log, and the test clock (the events page is views-webhooks.js).
import { get, post } from './api.js';
import { noteClock } from './test-clock.js';
import { card, h } from './dom.js';
import { duration, money, time } from './format.js';
import { locale, t } from './i18n.js';

/** @param {string} path */
async function list(path) {
  return /** @type {{ data: any[] }} */ (await get(path)).data;
}

/** @param {Node[]} cards */
const cards = (cards) => (cards.length ? cards : [h('p', { class: 'empty' }, t('empty'))]);

export async function messages() {
  const [sent, notices] = await Promise.all([
    list('/v1/sandbox/messages?limit=100'),
    list('/v1/sandbox/notices?limit=100'),
  ]);
  return [
    h('h3', { class: 'section' }, t('codes')),
    ...cards(
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
    ),
    h('h3', { class: 'section' }, t('notices')),
    ...cards(
      notices.map((notice) =>
        card(
          `${notice.phone} · ${notice.kind}`,
          [
            [t('text'), notice.text],
            [t('loan'), notice.loan],
            [t('dueDate'), notice.due_date],
            [t('amountDue'), money(notice.amount_due)],
            [t('created'), time(notice.created, locale())],
          ],
          { 'data-notice': notice.id },
        ),
      ),
    ),
  ];
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
  noteClock(current.now);
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
        noteClock(moved.now);
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
