/**
 * Registers `<xh-provider>`: the only module with that side effect. The first copy of
 * `@xinghui/elements` on the page to register it wins (`claimTag`), and in Node without
 * `customElements` importing it does nothing.
 */
import { claimTag } from '../../registry.js';
import { XhProvider } from './provider.component.js';

if (claimTag('xh-provider', XhProvider)) customElements.define('xh-provider', XhProvider);

declare global {
  interface HTMLElementTagNameMap {
    'xh-provider': XhProvider;
  }
}
