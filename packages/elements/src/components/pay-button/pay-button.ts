/**
 * Registers `<xh-pay-button>`: the only module with that side effect. To extend the class
 * first, import `XhPayButton` from `@xinghui/elements` and register your own tag instead.
 */
import { XhPayButton } from './pay-button.component.js';

if (!customElements.get('xh-pay-button')) customElements.define('xh-pay-button', XhPayButton);

declare global {
  interface HTMLElementTagNameMap {
    'xh-pay-button': XhPayButton;
  }
}
