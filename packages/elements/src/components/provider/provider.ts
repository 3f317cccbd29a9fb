/** Registers `<xh-provider>`: the only module with that side effect. */
import { XhProvider } from './provider.component.js';

if (!customElements.get('xh-provider')) customElements.define('xh-provider', XhProvider);

declare global {
  interface HTMLElementTagNameMap {
    'xh-provider': XhProvider;
  }
}
