// "My credit": <xh-credit-wallet> shows the shop's line, loans and wallet, and repays. The page
// asks its own backend for a wallet session (created with the secret key, for this shop only)
// and hands the component that session's client secret.
import { api, describeError } from './api.js';
import { $, h, onState } from './dom.js';
import { initLayout } from './layout.js';

const slot = $('[data-wallet-slot]');
const note = $('[data-wallet-note]');

/** SANDBOX ONLY: the one-time code the bank "texted", read by the platform's backend. */
async function showSandboxCode() {
  const output = $('[data-sandbox-code]');
  try {
    output.textContent = (await api('/sandbox/verification-code?for=wallet')).code;
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

try {
  await initLayout();
  const session = await api('/wallet-session', { method: 'POST' });
  const wallet = h('xh-credit-wallet', {
    'client-secret': session.clientSecret,
    'publishable-key': session.publishableKey,
    'api-base': session.apiBase,
  });
  onState(wallet, (state) => {
    // Entering code entry means the bank just "texted" a code: show it from the sandbox.
    if (state === 'code') void showSandboxCode();
  });
  slot.replaceChildren(wallet);
  slot.removeAttribute('aria-busy');
  $('[data-sandbox-refresh]').addEventListener('click', () => void showSandboxCode());
  $('[data-sandbox-top-up]').addEventListener('click', () => void sandboxTopUp());
} catch (error) {
  slot.replaceChildren(h('p', { class: 'error', role: 'alert' }, describeError(error)));
}
