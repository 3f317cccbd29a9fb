// The shop's orders with their payment status, as the platform's backend verified it with the bank.
import { api, describeError } from './api.js';
import { $, h, show } from './dom.js';
import { initLayout } from './layout.js';

const STATUS = { pending: '待付款', paid: '已付款', expired: '已失效' };
const when = new Intl.DateTimeFormat('zh-CN', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Asia/Shanghai',
});
const list = $('[data-orders]');

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
      h('strong', { class: 'id' }, order.id),
      h(
        'span',
        { class: `status status-${order.status}` },
        STATUS[/** @type {keyof typeof STATUS} */ (order.status)] ?? order.status,
      ),
    ),
    h('p', { class: 'muted' }, `${when.format(new Date(order.createdAt))} · ${order.supplierName}`),
    h('p', {}, items),
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
