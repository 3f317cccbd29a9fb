/**
 * Registers `<xh-one-click-loan>`: the only module with that side effect. The first copy of
 * `@xinghui/elements` on the page to register it wins (`claimTag`), and in Node without
 * `customElements` importing it does nothing. To extend the class first, import `XhOneClickLoan`
 * from `@xinghui/elements` and register your own tag instead.
 */
import { claimTag } from '../../registry.js';
import { XhOneClickLoan } from './one-click-loan.component.js';

if (claimTag('xh-one-click-loan', XhOneClickLoan))
  customElements.define('xh-one-click-loan', XhOneClickLoan);

declare global {
  interface HTMLElementTagNameMap {
    'xh-one-click-loan': XhOneClickLoan;
  }
}
