// The shop's unpaid orders (待付款) beside its wallet on "my credit": 去付款 opens the bank's
// cashier, <xh-pay-button>, for that order's checkout session right in the list. Once it pays,
// the wallet above shows the new balance and available credit by itself (the components tell
// each other that money moved: the `xh-funds-changed` event); the page only asks its backend to
// confirm the payment with the bank.
import { api, describeError } from './api.js';
import { h } from './dom.js';
import { sandboxCodePanel } from './sandbox-code-panel.js';

/**
 * The cashier for one order, with the sandbox code panel beside its code field.
 * @param {any} order a pending order, with its `checkout` (the session's client secret)
 * @param {HTMLElement} status where the order's outcome is announced
 */
function cashier(order, status) {
  const sandbox = sandboxCodePanel(`order=${encodeURIComponent(order.id)}`);
  const element = h(
    'xh-pay-button',
    {
      'client-secret': order.checkout.clientSecret,
      'publishable-key': order.checkout.publishableKey,
      'api-base': order.checkout.apiBase,
    },
    sandbox.panel,
  );
  element.addEventListener('xh-state-change', (event) => {
    const { state } = /** @type {CustomEvent<{ state: string }>} */ (event).detail;
    if (state === 'code') void sandbox.refresh();
  });
  element.addEventListener('xh-payment-succeeded', async () => {
    status.textContent = '正在向银行确认付款…';
    try {
      const paid = await api(`/orders/${encodeURIComponent(order.id)}/verify-payment`, {
        method: 'POST',
      });
      status.textContent =
        `订单 ${paid.id}（${paid.totalText}）已付款，付款单号 ${paid.paymentId}；` +
        '款项由银行托管，您确认收货后银行才付给供应商。';
    } catch (error) {
      status.textContent = describeError(error);
    }
  });
  return element;
}

/** @param {any} order */
function orderRow(order) {
  const status = h('p', {
    class: 'note',
    role: 'status',
    'aria-live': 'polite',
    'data-order-outcome': '',
  });
  const items = order.lines
    .map((/** @type {any} */ line) => `${line.name} ×${line.quantity}`)
    .join('，');
  const pay = h(
    'button',
    {
      type: 'button',
      class: 'button',
      'aria-describedby': `unpaid-${order.id}`,
      onclick: () => {
        pay.hidden = true;
        status.before(cashier(order, status));
      },
    },
    '去付款',
  );
  return h(
    'article',
    { class: 'card order', 'data-unpaid-order': order.id },
    h(
      'div',
      { class: 'order-head' },
      h('strong', { class: 'id', id: `unpaid-${order.id}` }, order.id),
      h('span', { class: 'status status-pending' }, '待付款'),
    ),
    h('p', {}, items),
    h(
      'div',
      { class: 'order-foot' },
      h('span', {}, '合计 ', h('strong', {}, order.totalText)),
      pay,
    ),
    status,
  );
}

/**
 * Lists the shop's unpaid orders in `section` (left hidden when there are none; a failure to
 * load them is said there, and leaves the rest of the page alone).
 * @param {HTMLElement} section
 */
export async function showUnpaidOrders(section) {
  try {
    const { data } = await api('/orders');
    const unpaid = data.filter((/** @type {any} */ order) => order.status === 'pending');
    section.append(...unpaid.map(orderRow));
    section.hidden = unpaid.length === 0;
  } catch (error) {
    // The wallet above still works: only the list says it could not load.
    section.append(h('p', { class: 'error', role: 'alert' }, describeError(error)));
    section.hidden = false;
  }
}
