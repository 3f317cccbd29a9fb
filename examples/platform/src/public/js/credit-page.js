// "My credit": <xh-credit-wallet> shows the shop's 星辉贷 line, loans and 星辉钱包, and repays.
// The page asks its own backend for a wallet session (created with the secret key, for this
// shop only) and hands the component that session's client secret. Under it, the shop's unpaid
// orders, each payable here with <xh-pay-button> (unpaid-orders.js); the wallet follows.
//
// With ?order=…, the same page is a credit-only purchase: <xh-one-click-loan> pays that order
// with 星辉贷, enrolling a shop that has no line yet (its details pre-filled by the bank, masked).
// That one is the page's only bank component.
import { api, describeError } from './api.js';
import { $, h, onState } from './dom.js';
import { initLayout } from './layout.js';
import { showUnpaidOrders } from './unpaid-orders.js';

const orderId = new URLSearchParams(location.search).get('order') ?? '';
const slot = $('[data-wallet-slot]');
const note = $('[data-wallet-note]');
const sandbox = $('[data-sandbox]');

/** SANDBOX ONLY: the one-time code the bank "texted", read by the platform's backend. */
async function showSandboxCode() {
  const output = $('[data-sandbox-code]');
  const about = orderId ? `order=${encodeURIComponent(orderId)}` : 'for=wallet';
  try {
    output.textContent = (await api(`/sandbox/verification-code?${about}`)).code;
  } catch (error) {
    output.textContent = describeError(error);
  }
}

/** SANDBOX ONLY: money in, as a bank transfer would; the component shows the new balance. */
async function sandboxTopUp() {
  try {
    await api('/sandbox/top-up', { method: 'POST' });
    /** @type {any} */ (slot.firstElementChild)?.refresh?.();
    note.textContent = '已充值 ¥1,000.00（沙箱）。';
  } catch (error) {
    note.textContent = describeError(error);
  }
}

/**
 * A bank component with this page's session. With `besideCode`, the sandbox code panel goes
 * beside its code field (the `code-help` slot); otherwise it stays under the component.
 * @param {string} tag
 * @param {{ clientSecret: string, publishableKey: string, apiBase: string }} session
 * @param {boolean} [besideCode]
 */
function bankComponent(tag, session, besideCode = false) {
  const element = h(tag, {
    'client-secret': session.clientSecret,
    'publishable-key': session.publishableKey,
    'api-base': session.apiBase,
  });
  if (besideCode) {
    sandbox.slot = 'code-help';
    element.append(sandbox);
  }
  onState(element, (state) => {
    // Entering code entry means the bank just "texted" a code: show it from the sandbox.
    if (state === 'code') void showSandboxCode();
  });
  return element;
}

/** The loan paid the order: the platform's backend confirms it with the bank, then says so. */
async function verifyLoan() {
  note.textContent = '正在向银行确认付款…';
  try {
    const order = await api(`/orders/${encodeURIComponent(orderId)}/verify-payment`, {
      method: 'POST',
    });
    note.textContent = '';
    $('[data-paid-text]').textContent =
      `订单 ${order.id}（${order.totalText}）已用星辉贷付款，付款单号 ${order.paymentId}。` +
      '款项由银行托管：您确认收货后（或发货后到期自动确认），银行才付给供应商。';
    $('[data-paid]').hidden = false;
  } catch (error) {
    note.textContent = describeError(error);
  }
}

/** A credit-only purchase of one order: the loan component for its checkout session. */
async function mountLoan() {
  $('[data-title]').textContent = '用星辉贷付款';
  $('[data-intro]').textContent =
    '先进货，后还款：星辉银行放款后直接付入托管，不经过您的账户；您确认收货后银行才付给供应商。借款前列明全部费用。';
  $('[data-sandbox-top-up-row]').hidden = true;
  const order = await api(`/orders/${encodeURIComponent(orderId)}`);
  if (order.status !== 'pending') {
    note.textContent = '这张订单已付款或已失效。';
    return;
  }
  const loan = bankComponent('xh-one-click-loan', order.checkout, true);
  loan.addEventListener('xh-loan-confirmed', () => void verifyLoan());
  slot.replaceChildren(loan);
}

async function mountWallet() {
  const session = await api('/wallet-session', { method: 'POST' });
  slot.replaceChildren(bankComponent('xh-credit-wallet', session));
  $('[data-sandbox-top-up]').addEventListener('click', () => void sandboxTopUp());
  await showUnpaidOrders($('[data-unpaid]'));
}

try {
  await initLayout();
  $('[data-sandbox-refresh]').addEventListener('click', () => void showSandboxCode());
  await (orderId ? mountLoan() : mountWallet());
  slot.removeAttribute('aria-busy');
} catch (error) {
  slot.replaceChildren(h('p', { class: 'error', role: 'alert' }, describeError(error)));
}
