/**
 * Registers `<xh-pay-button>`: the only module with that side effect. The first copy of
 * `@xinghui/elements` on the page to register it wins (`claimTag`), and in Node without
 * `customElements` importing it does nothing. To extend the class first, import `XhPayButton`
 * from `@xinghui/elements` and register your own tag instead.
 */
import { claimTag } from '../../registry.js';
import { XhPayButton } from './pay-button.component.js';

if (claimTag('xh-pay-button', XhPayButton)) customElements.define('xh-pay-button', XhPayButton);

declare global {
  interface HTMLElementTagNameMap {
    'xh-pay-button': XhPayButton;
  }
}
