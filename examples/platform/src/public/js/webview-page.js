// Paying one order inside a mini-program's <web-view>: the mini-program opens
// webview.html?order=ord_… (the order in the address, never a secret), this page mounts the
// bank's cashier, <xh-pay-button>, with the order's client secret from the platform's backend,
// and once the backend has confirmed the payment with the bank, hands the result back to the
// mini-program (wx.miniProgram.postMessage, then navigateBack). Opened in a plain browser, it
// shows the result itself.
import { api, describeError } from './api.js';
import { $, h } from './dom.js';
import { returnToMiniProgram } from './mini-program.js';
import { sandboxCodePanel } from './sandbox-code-panel.js';

const orderId = new URLSearchParams(location.search).get('order') ?? '';
const note = $('[data-payment-note]');

/** The bank confirmed it: back to the mini-program with the result, or shown here. */
async function finish(/** @type {any} */ order) {
  const result = { type: 'payment', status: 'paid', order: order.id, payment: order.paymentId };
  if (await returnToMiniProgram(result)) return;
  note.textContent = '';
  $('[data-paid-text]').textContent =
    `订单 ${order.id}（${order.totalText}）的付款已由银行确认，付款单号 ${order.paymentId}。`;
  const paid = $('[data-paid]');
  paid.hidden = false;
  paid.focus();
}

/** A component reported a payment: ask the platform's backend, which asks the bank. */
async function verifyPayment() {
  note.textContent = '正在向银行确认付款…';
  try {
    await finish(
      await api(`/orders/${encodeURIComponent(orderId)}/verify-payment`, { method: 'POST' }),
    );
  } catch (error) {
    note.textContent = describeError(error);
  }
}

/** @param {{ clientSecret: string, publishableKey: string, apiBase: string }} checkout */
function mountCashier(checkout) {
  const sandbox = sandboxCodePanel(`order=${encodeURIComponent(orderId)}`);
  const cashier = h(
    'xh-pay-button',
    {
      'client-secret': checkout.clientSecret,
      'publishable-key': checkout.publishableKey,
      'api-base': checkout.apiBase,
    },
    sandbox.panel,
  );
  cashier.addEventListener('xh-state-change', (event) => {
    const { state } = /** @type {CustomEvent<{ state: string }>} */ (event).detail;
    if (state === 'code') void sandbox.refresh();
  });
  cashier.addEventListener('xh-payment-succeeded', () => void verifyPayment());
  $('[data-pay-slot]').replaceChildren(cashier);
}

const error = $('[data-webview-error]');
if (!orderId) error.textContent = '地址里没有订单号：请从小程序的订单进入。';
else {
  try {
    const order = await api(`/orders/${encodeURIComponent(orderId)}`);
    if (order.checkout) mountCashier(order.checkout);
    else if (order.paymentId) await finish(order);
    else note.textContent = '这张订单的付款已失效，请回到小程序重新下单。';
  } catch (failure) {
    error.textContent = describeError(failure);
  }
}
