/**
 * Registers `<xh-one-click-loan>`: the only module with that side effect. To extend the class
 * first, import `XhOneClickLoan` from `@xinghui/elements` and register your own tag instead.
 */
import { XhOneClickLoan } from './one-click-loan.component.js';

if (!customElements.get('xh-one-click-loan'))
  customElements.define('xh-one-click-loan', XhOneClickLoan);

declare global {
  interface HTMLElementTagNameMap {
    'xh-one-click-loan': XhOneClickLoan;
  }
}
