import type { XinghuiBrowserClient } from '@xinghui/sdk';
import { LitElement, css, html, type TemplateResult } from 'lit';
import { clientFor } from '../../configure.js';
import { ClientProvider } from '../../context.js';

/**
 * Gives every Xinghui component inside it the same SDK client: set the publishable key (and the
 * bank's address) once around a checkout or a "my account" page instead of on each tag. A
 * component's own `publishable-key` still wins; outside any provider, `configure()` applies.
 *
 * @summary Configures the Xinghui components inside it.
 *
 * @slot - The page content holding Xinghui components.
 *
 * @example
 * ```html
 * <xh-provider publishable-key="pk_test_…">
 *   <xh-pay-button client-secret="cs_…_secret_…"></xh-pay-button>
 *   <xh-one-click-loan client-secret="cs_…_secret_…"></xh-one-click-loan>
 * </xh-provider>
 * ```
 */
export class XhProvider extends LitElement {
  // Layout belongs to the page: the provider adds no box of its own.
  /** The shadow root's styles: theme them with the `--xh-…` custom properties and `::part`. */
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  // Declared statically, not with decorators: see XhElement for why.
  static override properties = {
    publishableKey: { attribute: 'publishable-key' },
    apiBase: { attribute: 'api-base' },
    client: { attribute: false },
  };

  /** Your publishable key, `pk_test_…`. */
  declare publishableKey: string;

  /** The bank's API address; defaults to the page-wide `configure()` value, else the sandbox. */
  declare apiBase: string;

  /**
   * A client you built yourself with `createClient` (custom `fetch`, retries, timeouts); takes
   * precedence over the attributes.
   */
  declare client: XinghuiBrowserClient | undefined;

  readonly #provider = new ClientProvider(this);

  constructor() {
    super();
    this.publishableKey = '';
    this.apiBase = '';
  }

  protected override willUpdate(): void {
    const { client, publishableKey, apiBase } = this;
    this.#provider.setValue(() => client ?? clientFor(publishableKey, apiBase));
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
