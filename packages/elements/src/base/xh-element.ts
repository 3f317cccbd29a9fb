import type { XinghuiBrowserClient } from '@xinghui/sdk';
import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { clientFor } from '../configure.js';
import { ClientConsumer, type ClientResolver } from '../context.js';
import { formattersFor, localeOf, type Formatters, type Locale } from '../i18n/locale.js';
import type { Words } from '../i18n/words.js';

/**
 * What every Xinghui component shares: the session's client secret, where its SDK client comes
 * from, its language and formatting, and moving focus after a step changes.
 */
export abstract class XhElement extends LitElement {
  // Reactive properties are declared in `static properties`, not with decorators: browsers do
  // not run decorators yet, and lowering them also lowers every `#private` member to WeakMaps,
  // which costs the CDN file over a kilobyte per class. Internal state says `attribute: false`
  // so the custom-elements manifest does not list it as an attribute.
  static override properties: PropertyDeclarations = {
    clientSecret: { attribute: 'client-secret' },
    publishableKey: { attribute: 'publishable-key' },
    apiBase: { attribute: 'api-base' },
    provided: { state: true, attribute: false },
  };

  /** The client secret of the session your server created for this page. */
  declare clientSecret: string;

  /** Your publishable key, `pk_test_…`; or wrap the page in `<xh-provider>`, or call `configure()`. */
  declare publishableKey: string;

  /** The bank's API address; defaults to the provider's or `configure()`'s, else the sandbox. */
  declare apiBase: string;

  /** The client of the nearest `<xh-provider>`, if any. */
  declare protected provided: ClientResolver | undefined;

  #focusAfterUpdate: string | undefined;

  constructor() {
    super();
    this.clientSecret = '';
    this.publishableKey = '';
    this.apiBase = '';
    new ClientConsumer(this, (resolver) => (this.provided = resolver));
  }

  /**
   * The SDK client: from the element's own key, else its provider's, else the page's
   * `configure()`. Throws the SDK's configuration error for a missing or secret key, so call it
   * inside a task or a `try`.
   */
  protected get client(): XinghuiBrowserClient {
    if (!this.publishableKey && this.provided) return this.provided();
    return clientFor(this.publishableKey, this.apiBase);
  }

  /** What a loading task depends on besides its own inputs: where the client comes from. */
  protected get clientArgs() {
    return [this.clientSecret, this.publishableKey, this.apiBase, this.provided] as const;
  }

  protected get locale(): Locale {
    return localeOf(this);
  }

  protected get format(): Formatters {
    return formattersFor(this.locale);
  }

  /** The component's words, when it has any: rendering waits until its language's are loaded. */
  protected get words(): Words<object> | undefined {
    return undefined;
  }

  /**
   * Holds each render until the words of the element's language are here: an English page
   * loads them the first time (they are a chunk of their own), then renders in English at once,
   * with no Chinese first. If they fail to load, it renders in Chinese rather than nothing.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.words?.load(this.locale);
    if (!loading) return super.scheduleUpdate();
    return loading.catch(() => undefined).then(() => super.scheduleUpdate());
  }

  /** Moves focus to the element matching `selector` once the next render is done. */
  protected focusAfterUpdate(selector: string): void {
    this.#focusAfterUpdate = selector;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusAfterUpdate) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusAfterUpdate)?.focus();
      this.#focusAfterUpdate = undefined;
    }
  }
}
