// Paying one order with <xh-pay-button> (the wallet) or <xh-one-click-loan> (the bank's credit,
// paid straight to the supplier). Each talks to the bank itself, with the publishable key and
// this order's client secret; the page only listens to what they report, and lets the
// platform's backend confirm the payment with the bank.
import { api, describeError } from './api.js';
import { $, h, onState, show } from './dom.js';
import { initLayout } from './layout.js';

const orderId = new URLSearchParams(location.search).get('order') ?? '';
const summary = $('[data-order]');
const payment = $('[data-payment]');
const loan = $('[data-loan]');
const paymentNote = $('[data-payment-note]');
const sandbox = $('[data-sandbox]');
const paid = $('[data-paid]');

/** What the platform adds under the button in some of its states (it explains each itself). */
const STATE_NOTES = {
  insufficient:
    '钱包余额不够付这张订单：可以用下方的星辉贷先进货，或切换到「贝贝母婴生活馆」再下单。',
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
    `订单 ${order.id} 已付款 ${order.totalText}，银行已确认（付款单 ${order.paymentId}）。` +
    '货款由银行托管，您确认收货后才付给供应商。';
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

/**
 * A component reported a payment: ask the platform's backend, which asks the bank. The other way
 * to pay is no longer needed.
 * @param {HTMLElement} otherWay
 */
async function verifyPayment(otherWay) {
  otherWay.hidden = true;
  paymentNote.textContent = '正在向银行确认付款…';
  try {
    showPaid(
      await api(`/orders/${encodeURIComponent(orderId)}/verify-payment`, { method: 'POST' }),
    );
  } catch (error) {
    paymentNote.textContent = describeError(error);
  }
}

/**
 * Creates one of the bank's components for this order's session; shows the sandbox code panel
 * whenever it enters its code step.
 * @param {string} tag
 * @param {{ clientSecret: string, publishableKey: string, apiBase: string }} checkout
 */
function bankComponent(tag, checkout) {
  const element = h(tag, {
    'client-secret': checkout.clientSecret,
    'publishable-key': checkout.publishableKey,
    'api-base': checkout.apiBase,
  });
  onState(element, (state) => {
    // Entering code entry means the bank just "texted" a code: show it from the sandbox.
    if (state === 'code') void showSandboxCode();
  });
  return element;
}

/** @param {{ clientSecret: string, publishableKey: string, apiBase: string }} checkout */
function mountPayment(checkout) {
  const button = bankComponent('xh-pay-button', checkout);
  button.addEventListener('xh-payment-succeeded', () => void verifyPayment(loan));
  onState(button, (state) => {
    paymentNote.textContent = STATE_NOTES[/** @type {keyof typeof STATE_NOTES} */ (state)] ?? '';
  });
  $('[data-pay-slot]').replaceChildren(button);
  payment.hidden = false;

  const oneClickLoan = bankComponent('xh-one-click-loan', checkout);
  oneClickLoan.addEventListener('xh-loan-confirmed', () => void verifyPayment(payment));
  $('[data-loan-slot]').replaceChildren(oneClickLoan);
  loan.hidden = false;

  $('[data-sandbox-refresh]').addEventListener('click', () => void showSandboxCode());
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
  } else mountPayment(order.checkout);
} catch (error) {
  show(
    summary,
    h('p', { class: 'error', role: 'alert' }, describeError(error)),
    h('a', { href: '/orders.html' }, '查看我的订单'),
  );
}
