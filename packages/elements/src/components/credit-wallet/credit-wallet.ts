/**
 * Registers `<xh-credit-wallet>`: the only module with that side effect. To extend the class
 * first, import `XhCreditWallet` from `@xinghui/elements` and register your own tag instead.
 */
import { XhCreditWallet } from './credit-wallet.component.js';

if (!customElements.get('xh-credit-wallet'))
  customElements.define('xh-credit-wallet', XhCreditWallet);

declare global {
  interface HTMLElementTagNameMap {
    'xh-credit-wallet': XhCreditWallet;
  }
}
