// SANDBOX ONLY: the one-time code the bank "texted", read by the platform's backend, in a small
// panel a bank component shows beside its code field (its `code-help` slot).
import { api, describeError } from './api.js';
import { h } from './dom.js';

/**
 * A code panel, and `refresh` to read the code again (call it when the component enters `code`).
 * @param {string} about the code's query: `for=wallet`, or `order=<id>` for an order's checkout
 */
export function sandboxCodePanel(about) {
  const output = h('output', { 'data-sandbox-code': '' }, '——');
  const refresh = async () => {
    try {
      output.textContent = (await api(`/sandbox/verification-code?${about}`)).code;
    } catch (error) {
      output.textContent = describeError(error);
    }
  };
  const panel = h(
    'aside',
    { slot: 'code-help', class: 'sandbox-panel', 'aria-label': '沙箱验证码' },
    h('p', { class: 'sandbox-code' }, '沙箱验证码 ', output, ' '),
    h('button', { type: 'button', class: 'link-button', onclick: () => void refresh() }, '刷新'),
  );
  return { panel, refresh };
}
