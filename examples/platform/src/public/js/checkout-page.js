// Paying one order with <xh-pay-button>. The button talks to the bank itself, with the
// publishable key and this order's client secret; the page only listens to what it reports,
// and lets the platform's backend confirm the payment with the bank.
import { api, describeError } from './api.js';
import { $, h, show } from './dom.js';
import { initLayout } from './layout.js';

const orderId = new URLSearchParams(location.search).get('order') ?? '';
const summary = $('[data-order]');
const payment = $('[data-payment]');
const paymentNote = $('[data-payment-note]');
const sandbox = $('[data-sandbox]');
const paid = $('[data-paid]');

/** What the platform adds under the button in some of its states (it explains each itself). */
const STATE_NOTES = {
  insufficient: '这家门店的钱包余额不够付这张订单。演示时可切换到「贝贝母婴生活馆」再下单。',
};

/** @param {any} order */
function renderSummary(order) {
  show(
    summary,
    h('p', { class: 'muted id' }, `订单 ${order.id} · 收款方 ${order.supplierName}`),
    h(
      'ul',
      { class: 'summary-lines' },
      ...order.lines.map((/** @type {any} */ line) =>
        h(
          'li',
          {},
          h('span', {}, `${line.name} ×${line.quantity}`),
          h('span', {}, line.amountText),
        ),
      ),
    ),
    h(
      'p',
      { class: 'summary-total' },
      '应付 ',
      h('strong', { 'data-total': true }, order.totalText),
    ),
  );
}

/** @param {any} order */
function showPaid(order) {
  sandbox.hidden = true;
  paymentNote.textContent = '';
  $('[data-paid-text]').textContent =
    `订单 ${order.id} 已付款 ${order.totalText}，银行已确认（付款单 ${order.paymentId}）。`;
  paid.hidden = false;
  paid.focus();
}

/** SANDBOX ONLY: shows the one-time code the bank "texted", read by the platform's backend. */
async function showSandboxCode() {
  const output = $('[data-sandbox-code]');
  sandbox.hidden = false;
  try {
    const { code } = await api(`/sandbox/verification-code?order=${encodeURIComponent(orderId)}`);
    output.textContent = code;
  } catch (error) {
    output.textContent = describeError(error);
  }
}

/** @param {{ clientSecret: string, publishableKey: string, apiBase: string }} checkout */
function mountPayButton(checkout) {
  const button = h('xh-pay-button', {
    'client-secret': checkout.clientSecret,
    'publishable-key': checkout.publishableKey,
    'api-base': checkout.apiBase,
  });
  button.addEventListener('xh-payment-succeeded', async () => {
    paymentNote.textContent = '正在向银行确认付款…';
    try {
      showPaid(
        await api(`/orders/${encodeURIComponent(orderId)}/verify-payment`, { method: 'POST' }),
      );
    } catch (error) {
      paymentNote.textContent = describeError(error);
    }
  });
  new MutationObserver(() => {
    const state = button.getAttribute('state') ?? '';
    // Entering code entry means the bank just "texted" a code: show it from the sandbox.
    if (state === 'code') void showSandboxCode();
    paymentNote.textContent = STATE_NOTES[/** @type {keyof typeof STATE_NOTES} */ (state)] ?? '';
  }).observe(button, { attributes: true, attributeFilter: ['state'] });
  $('[data-sandbox-refresh]').addEventListener('click', () => void showSandboxCode());
  $('[data-pay-slot]').replaceChildren(button);
  payment.hidden = false;
}

try {
  await initLayout();
  if (!orderId) throw new Error('no order in the address');
  const order = await api(`/orders/${encodeURIComponent(orderId)}`);
  renderSummary(order);
  if (order.status === 'paid') showPaid(order);
  else if (order.status === 'expired') {
    payment.hidden = false;
    paymentNote.textContent = '这张订单的付款已失效，请重新下单。';
  } else mountPayButton(order.checkout);
} catch (error) {
  show(
    summary,
    h('p', { class: 'error', role: 'alert' }, describeError(error)),
    h('a', { href: '/orders.html' }, '查看我的订单'),
  );
}
