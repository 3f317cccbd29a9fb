// The pages of the partner's business objects: shops, consents, credit lines, loans, payments,
// escrow holds and the ledger. Each page reads from the bank and returns its nodes.
import { get } from './api.js';
import { clockNow, countdown, liveClock, noteClock } from './test-clock.js';
import { card, h } from './dom.js';
import { duration, money, time } from './format.js';
import { locale, t } from './i18n.js';

/** @param {string} path */
async function list(path) {
  return /** @type {{ data: any[] }} */ (await get(path)).data;
}

/** Reads the partner's clock, so timers and validity count on its time, not the browser's. */
async function readClock() {
  noteClock((await get('/v1/test_clocks/current')).now);
}

/** @param {Node[]} cards */
const cards = (cards) => (cards.length ? cards : [h('p', { class: 'empty' }, t('empty'))]);

/** @param {string} status */
const badge = (status) => h('span', { class: `badge badge-${status}` }, status);

export async function shops() {
  const buyers = await list('/v1/buyers?limit=100');
  return cards(
    buyers.map((buyer) =>
      card(buyer.business_name, [
        ['ID', buyer.id],
        [t('owner'), buyer.owner_name],
        [t('phone'), buyer.phone],
        [t('wallet'), buyer.wallet],
        [t('created'), time(buyer.created, locale())],
      ]),
    ),
  );
}

export async function consents() {
  const found = await list('/v1/consents?limit=100');
  return cards(
    found.map((consent) =>
      card(consent.type, [
        ['ID', consent.id],
        [t('status'), badge(consent.status)],
        [t('buyer'), consent.buyer],
        [t('expires'), time(consent.expires_at, locale())],
        [t('created'), time(consent.created, locale())],
      ]),
    ),
  );
}

export async function credit() {
  const [lines] = await Promise.all([list('/v1/credit_lines?limit=100'), readClock()]);
  return cards(
    lines.map((line) =>
      card(
        line.id,
        [
          [
            t('status'),
            h(
              'span',
              {},
              badge(line.status),
              line.unavailable_reason ? ` ${t(`reason_${line.unavailable_reason}`)}` : null,
            ),
          ],
          [t('buyer'), line.buyer],
          [t('limit'), money(line.limit)],
          [t('used'), money(line.used)],
          [
            t('available'),
            h(
              'span',
              { class: 'gauge' },
              h('meter', {
                min: 0,
                max: line.limit.amount,
                value: line.available.amount,
                low: Math.floor(line.limit.amount * 0.2),
                'aria-label': t('available'),
              }),
              ` ${money(line.available)}`,
            ),
          ],
          [t('apr'), line.apr],
          [t('validity'), validity(line.expires_at)],
          [t('updated'), time(line.updated, locale())],
        ],
        { 'data-credit-line': line.id },
      ),
    ),
  );
}

/**
 * A line's validity: until when, and how long is left on the partner's clock.
 * @param {number | null} expiresAt
 */
function validity(expiresAt) {
  if (expiresAt === null) return t('noExpiry');
  const left = expiresAt - clockNow();
  return h(
    'span',
    { 'data-expires': expiresAt },
    `${t('until', { date: time(expiresAt, locale()) })} · `,
    left > 0 ? t('left', { time: duration(left, locale()) }) : t('expired'),
  );
}

/** @param {any} schedule */
function scheduleTable(schedule) {
  return h(
    'div',
    { class: 'scroll' },
    h(
      'table',
      {},
      h('caption', {}, t('schedule')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['#', t('dueDate'), t('principal'), t('interest'), t('amount'), t('status')].map((name) =>
            h('th', {}, name),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        schedule.installments.map((/** @type {any} */ row) =>
          h(
            'tr',
            {},
            h('td', {}, row.number),
            h('td', {}, row.due_date),
            h('td', {}, money(row.principal)),
            h('td', {}, money(row.interest)),
            h('td', {}, money(row.amount)),
            h('td', {}, row.status ?? '—'),
          ),
        ),
      ),
    ),
  );
}

export async function loans() {
  const found = await list('/v1/loans?limit=100');
  return cards(
    found.map((loan) =>
      card(
        loan.id,
        [
          [t('status'), badge(loan.status)],
          [t('buyer'), loan.buyer],
          [t('principal'), money(loan.principal)],
          [t('outstanding'), money(loan.principal_outstanding)],
          [
            t('nextDue'),
            loan.next_due_date ? `${loan.next_due_date} · ${money(loan.next_due_amount)}` : '—',
          ],
          [t('apr'), loan.apr],
        ],
        { 'data-loan': loan.id },
        scheduleTable(loan.schedule),
      ),
    ),
  );
}

/** @param {any} payment */
const paymentCard = (payment) =>
  card(
    money(payment.amount),
    [
      ['ID', payment.id],
      [t('status'), badge(payment.status)],
      [t('method'), payment.method],
      [t('buyer'), payment.buyer],
      [t('supplier'), payment.supplier],
      [t('failure'), payment.failure_code],
      [t('created'), time(payment.created, locale())],
    ],
    { 'data-payment': payment.id },
  );

export async function payments() {
  return cards((await list('/v1/payments?limit=100')).map(paymentCard));
}

/**
 * An escrow hold's timer: counting down live while it runs, paused with what it had left during
 * a dispute, or nothing before shipment and once done.
 * @param {any} escrow
 */
function escrowTimer(escrow) {
  if (escrow.auto_release_at !== null) return countdown(escrow.auto_release_at);
  if (escrow.auto_release_remaining !== null) {
    return t('paused', { time: duration(escrow.auto_release_remaining, locale()) });
  }
  return null;
}

export async function escrow() {
  const [found] = await Promise.all([list('/v1/payments?limit=100'), readClock()]);
  const held = found.filter((payment) => payment.escrow);
  return [
    h('p', { class: 'clock-line' }, `${t('clockNow')}: `, liveClock()),
    ...cards(
      held.map(({ id, escrow }) =>
        card(
          id,
          [
            [t('status'), badge(escrow.status)],
            [t('held'), money(escrow.amount_held)],
            [t('released'), money(escrow.amount_released)],
            [
              t('shipment'),
              escrow.shipment
                ? `${escrow.shipment.carrier} ${escrow.shipment.tracking_number}`
                : null,
            ],
            [t('autoRelease'), time(escrow.auto_release_at, locale())],
            [t('remaining'), escrowTimer(escrow)],
          ],
          { 'data-escrow': id },
        ),
      ),
    ),
  ];
}

export async function ledger() {
  const accounts = await list('/v1/sandbox/ledger/accounts?limit=100');
  const report = h('p', { id: 'ledger-report', role: 'status' });
  const verify = async () => {
    const result = await get('/v1/sandbox/ledger/verify');
    report.className = result.ok ? 'ok' : 'error';
    report.textContent = result.ok
      ? t('ledgerOk', { accounts: result.accounts_checked, entries: result.entries_checked })
      : t('ledgerBad', {
          count: result.balance_mismatches.length + result.unbalanced_entries.length,
        });
  };
  return [
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', id: 'verify-ledger', onclick: verify }, t('verify')),
      report,
    ),
    ...cards(
      accounts.map((account) =>
        card(
          `${account.kind} · ${money(account.balance)}`,
          [
            ['ID', account.id],
            [t('owner'), account.owner],
            [t('status'), badge(account.status)],
          ],
          { 'data-account': account.id },
        ),
      ),
    ),
  ];
}
