// Paying one order at one cashier: <xh-pay-button> shows the order, lets the shop pay from its
// 星辉钱包 or with 星辉贷 (the bank's credit), and ends in the bank's e-receipt. A shop with no
// credit line yet is offered the credit-only page (credit.html?order=…), where
// <xh-one-click-loan> enrols it and pays this order with 星辉贷: one bank component per page.
// The cashier talks to the bank itself, with the publishable key and this order's client
// secret; the page only listens to what it reports, and lets the platform's backend confirm the
// payment with the bank.
import { api, describeError } from './api.js';
import { $, h, show } from './dom.js';
import { initLayout } from './layout.js';

const orderId = new URLSearchParams(location.search).get('order') ?? '';
const summary = $('[data-order]');
const payment = $('[data-payment]');
const paymentNote = $('[data-payment-note]');
const enrolLink = /** @type {HTMLAnchorElement} */ ($('[data-switch]'));
const sandbox = $('[data-sandbox]');
const paid = $('[data-paid]');

/** What the platform adds under the cashier in some of its states (it explains each itself). */
const STATE_NOTES = {
  insufficient: '钱包余额不够付这张订单：可以去「我的额度」充值，或开通星辉贷先进货后还款。',
};

/** Loaded: the cashier itself shows the order (its number, lines, total and time left). */
function renderSummary() {
  summary.removeAttribute('aria-busy');
  summary.hidden = true;
}

function showPaid(/** @type {any} */ order) {
  sandbox.hidden = true;
  enrolLink.hidden = true;
  paymentNote.textContent = '';
  $('[data-paid-text]').textContent =
    `订单 ${order.id}（${order.totalText}）的付款已由银行确认，付款单号 ${order.paymentId}。` +
    '款项由银行托管：您确认收货后（或发货后到期自动确认），银行付给供应商。';
  paid.hidden = false;
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

/** A component reported a payment: ask the platform's backend, which asks the bank. */
async function verifyPayment() {
  enrolLink.hidden = true;
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
 * The cashier for this order's session, with the sandbox code panel in its code step (the
 * `code-help` slot, beside the code field).
 * @param {{ clientSecret: string, publishableKey: string, apiBase: string }} checkout
 */
function mountCashier(checkout) {
  const cashier = h('xh-pay-button', {
    'client-secret': checkout.clientSecret,
    'publishable-key': checkout.publishableKey,
    'api-base': checkout.apiBase,
    // The sandbox's top-up is on "my credit": the cashier sends the shop there when nothing can pay.
    'top-up-url': '/credit.html',
  });
  sandbox.slot = 'code-help';
  cashier.append(sandbox);
  cashier.addEventListener('xh-state-change', (event) => {
    const { state } = /** @type {CustomEvent<{ state: string }>} */ (event).detail;
    // Entering code entry means the bank just "texted" a code: show it from the sandbox.
    if (state === 'code') void showSandboxCode();
    paymentNote.textContent = STATE_NOTES[/** @type {keyof typeof STATE_NOTES} */ (state)] ?? '';
  });
  cashier.addEventListener('xh-payment-succeeded', () => void verifyPayment());
  cashier.addEventListener('xh-ready', (event) => {
    // No credit line yet: the shop may enrol for 星辉贷 and pay this order with it instead.
    if (!(/** @type {CustomEvent<{ canEnrol?: boolean }>} */ (event).detail.canEnrol)) return;
    enrolLink.href = `/credit.html?order=${encodeURIComponent(orderId)}`;
    enrolLink.hidden = false;
  });
  $('[data-pay-slot]').replaceChildren(cashier);
  payment.hidden = false;
}

$('[data-sandbox-refresh]').addEventListener('click', () => void showSandboxCode());

try {
  await initLayout();
  if (!orderId) throw new Error('no order in the address');
  const order = await api(`/orders/${encodeURIComponent(orderId)}`);
  renderSummary();
  if (order.status === 'paid') showPaid(order);
  else if (order.status === 'expired') {
    payment.hidden = false;
    paymentNote.textContent = '这张订单的付款已失效，请重新下单。';
  } else mountCashier(order.checkout);
} catch (error) {
  summary.hidden = false;
  show(
    summary,
    h('p', { class: 'error', role: 'alert' }, describeError(error)),
    h('a', { href: '/orders.html' }, '查看我的订单'),
  );
}
