/**
 * Registers `<xh-credit-wallet>`: the only module with that side effect. The first copy of
 * `@xinghui/elements` on the page to register it wins (`claimTag`), and in Node without
 * `customElements` importing it does nothing. To extend the class first, import `XhCreditWallet`
 * from `@xinghui/elements` and register your own tag instead.
 */
import { claimTag } from '../../registry.js';
import { XhCreditWallet } from './credit-wallet.component.js';

if (claimTag('xh-credit-wallet', XhCreditWallet))
  customElements.define('xh-credit-wallet', XhCreditWallet);

declare global {
  interface HTMLElementTagNameMap {
    'xh-credit-wallet': XhCreditWallet;
  }
}
