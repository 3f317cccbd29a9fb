// The shop's orders, as the platform's backend keeps them in step with the bank: paid orders are
// held by the bank (担保交易) until the shop confirms receipt. 确认收货 is the shop's own act:
// <xh-credit-wallet> states what the bank will release to whom, and the shop confirms with the
// one-time code the bank texts it; this platform's backend never releases the money itself. The
// page stands in for the supplier too (a sandbox button ships an order), so the whole flow can be
// tried in one place.
import { api, describeError } from './api.js';
import { $, h, onState, show } from './dom.js';
import { initLayout } from './layout.js';
import { sandboxCodePanel } from './sandbox-code-panel.js';

const STATUS = {
  pending: '待付款',
  paid: '已付款 · 银行托管中',
  shipped: '已发货',
  completed: '已确认收货 · 货款已付给供应商',
  disputed: '争议处理中 · 银行暂停放款',
  refunded: '已退款',
  expired: '已失效',
};
const when = new Intl.DateTimeFormat('zh-CN', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Asia/Shanghai',
});
const day = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'Asia/Shanghai' });
const list = $('[data-orders]');
/** Announces what a button did (aria-live), for those who cannot see the card change. */
const note = $('[data-orders-note]');

/** The sandbox's stand-in for a courier's waybill: SF and ten digits. */
function trackingNumber() {
  const digits = crypto.getRandomValues(new Uint32Array(2));
  return `SF${String(digits[0] % 100_000).padStart(5, '0')}${String(digits[1] % 100_000).padStart(5, '0')}`;
}

/**
 * Runs one of an order's actions at the backend, then shows the order as the bank now has it.
 * @param {any} order
 * @param {HTMLButtonElement} button
 * @param {string} path
 * @param {unknown} body
 * @param {string} done what to announce once it worked
 */
async function act(order, button, path, body, done) {
  button.disabled = true;
  note.textContent = '';
  try {
    const updated = await api(`/orders/${encodeURIComponent(order.id)}/${path}`, {
      method: 'POST',
      body,
    });
    const card = orderCard(updated);
    $(`[data-order="${order.id}"]`).replaceWith(card);
    // The button is gone with the old card: keep focus in the order it acted on.
    /** @type {HTMLElement} */ (
      card.querySelector('button') ?? card.querySelector('.status')
    )?.focus();
    note.textContent = done;
  } catch (error) {
    button.disabled = false;
    note.textContent = describeError(error);
  }
}

/** @param {any} order */
function actions(order) {
  const describedBy = `order-${order.id}`;
  if (order.status === 'paid') {
    return h(
      'div',
      { class: 'order-actions sandbox-action' },
      h('span', { class: 'small' }, '沙箱：代替供应商操作'),
      h(
        'button',
        {
          type: 'button',
          class: 'button',
          'aria-describedby': describedBy,
          'data-ship': '',
          onclick: (/** @type {Event} */ event) =>
            act(
              order,
              /** @type {HTMLButtonElement} */ (event.currentTarget),
              'ship',
              { carrier: '顺丰速运', trackingNumber: trackingNumber() },
              `订单 ${order.id} 已发货`,
            ),
        },
        '模拟供应商发货',
      ),
    );
  }
  if (order.status === 'shipped') {
    return h(
      'div',
      { class: 'order-actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'button',
          'aria-describedby': describedBy,
          'data-confirm-receipt': '',
          onclick: (/** @type {Event} */ event) =>
            openReceipt(order, /** @type {HTMLButtonElement} */ (event.currentTarget)),
        },
        '确认收货',
      ),
    );
  }
  return null;
}

/**
 * 确认收货 in the bank's component: a wallet session for this shop, and <xh-credit-wallet>
 * opened on this order's payment. It states the amount, the supplier and the auto-confirm date,
 * sends the shop owner a code and releases on it; then this page reads the order again.
 * @param {any} order
 * @param {HTMLButtonElement} button
 */
async function openReceipt(order, button) {
  const card = /** @type {HTMLElement} */ (button.closest('[data-order]'));
  if (card.querySelector('xh-credit-wallet')) return;
  button.disabled = true;
  note.textContent = '';
  try {
    const session = await api('/wallet-session', { method: 'POST' });
    const sandbox = sandboxCodePanel('for=wallet');
    const wallet = h(
      'xh-credit-wallet',
      {
        'client-secret': session.clientSecret,
        'publishable-key': session.publishableKey,
        'api-base': session.apiBase,
        payment: order.paymentId,
        'data-receipt-wallet': '',
        hidden: '',
      },
      sandbox.panel,
    );
    let opened = false;
    onState(wallet, (state) => {
      if (state === 'receipt') {
        // Shown once it states what is confirmed, never the account it loads first.
        opened = true;
        wallet.hidden = false;
      } else if (state === 'code') {
        void sandbox.refresh();
      } else if (state === 'ready' && opened) {
        // Cancelled, or done and back: the order card says the rest.
        wallet.remove();
        const current = document.querySelector(`[data-order="${order.id}"]`);
        const again = current?.querySelector('[data-confirm-receipt]');
        if (again) /** @type {HTMLButtonElement} */ (again).disabled = false;
        /** @type {HTMLElement | null | undefined} */ (
          again ?? current?.querySelector('.status')
        )?.focus();
      } else if (['error', 'expired', 'network-error'].includes(state)) {
        wallet.hidden = false;
      }
    });
    wallet.addEventListener('xh-receipt-confirmed', () => void refreshOrder(order, wallet));
    card.append(wallet);
  } catch (error) {
    button.disabled = false;
    note.textContent = describeError(error);
  }
}

/**
 * The shop confirmed receipt: the order as the bank now has it (completed), keeping the
 * component's outcome and e-receipt on screen until the shop goes back.
 * @param {any} order
 * @param {HTMLElement} wallet
 */
async function refreshOrder(order, wallet) {
  try {
    const updated = await api(`/orders/${encodeURIComponent(order.id)}`);
    const card = orderCard(updated);
    $(`[data-order="${order.id}"]`).replaceWith(card);
    card.append(wallet);
    note.textContent = `订单 ${order.id} 已确认收货，银行已将货款付给${updated.supplierName}`;
  } catch (error) {
    note.textContent = describeError(error);
  }
}

/** @param {any} order */
function shipmentLine(order) {
  if (!order.shipment) return null;
  return h(
    'p',
    { 'data-shipment': '' },
    `${order.shipment.carrier} · 运单号 `,
    h('span', { class: 'id', 'data-tracking': '' }, order.shipment.trackingNumber),
    order.status === 'shipped' &&
      order.autoReleaseAt &&
      h(
        'span',
        { class: 'muted', 'data-auto-release': '' },
        ` · ${day.format(new Date(order.autoReleaseAt))}自动确认收货`,
      ),
  );
}

/** @param {any} order */
function orderCard(order) {
  const items = order.lines
    .map((/** @type {any} */ line) => `${line.name} ×${line.quantity}`)
    .join('，');
  return h(
    'article',
    { class: 'card order', 'data-order': order.id, 'data-status': order.status },
    h(
      'div',
      { class: 'order-head' },
      h('strong', { class: 'id', id: `order-${order.id}` }, order.id),
      h(
        'span',
        { class: `status status-${order.status}`, tabindex: '-1' },
        STATUS[/** @type {keyof typeof STATUS} */ (order.status)] ?? order.status,
      ),
    ),
    h('p', { class: 'muted' }, `${when.format(new Date(order.createdAt))} · ${order.supplierName}`),
    h('p', {}, items),
    shipmentLine(order),
    h(
      'div',
      { class: 'order-foot' },
      h('span', {}, '合计 ', h('strong', {}, order.totalText)),
      order.status === 'pending' &&
        h(
          'a',
          { class: 'button', href: `/checkout.html?order=${encodeURIComponent(order.id)}` },
          '去付款',
        ),
      order.paymentId && h('span', { class: 'muted small id' }, `银行付款单 ${order.paymentId}`),
    ),
    actions(order),
  );
}

try {
  await initLayout();
  const { data } = await api('/orders');
  show(
    list,
    ...(data.length > 0
      ? data.map(orderCard)
      : [h('p', { class: 'empty' }, '还没有订单。', h('a', { href: '/' }, '去进货'))]),
  );
} catch (error) {
  show(list, h('p', { class: 'error', role: 'alert' }, describeError(error)));
}
