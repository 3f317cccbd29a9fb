/**
 * The one registry every copy of `@xinghui/elements` on a page shares: the CDN loader, a
 * merchant's own bundle, two versions side by side. It lives on `globalThis` under
 * `Symbol.for('xinghui.elements')`, so each copy finds the same object however it was bundled.
 * It holds the page's `configure()`, the SDK clients, and which version defined each tag.
 *
 * It imports nothing at run time: the loader carries it, and it costs the loader a few bytes.
 */
import type { XinghuiBrowserClient } from '@xinghui/sdk';
import { VERSION } from './version.js';

/** What every component on the page needs to reach the bank. */
export interface ElementsConfig {
  /** The partner's publishable key, `pk_test_…`. */
  publishableKey: string;
  /**
   * Where the bank's API lives.
   * @default 'http://127.0.0.1:4400' (the sandbox)
   */
  apiBase?: string;
}

/**
 * Schema 2 (1 and `early`). A later version only ever adds fields and never changes what these mean, so an
 * older copy on the same page still reads the ones it knows; `schema` is the highest schema of
 * the copies that have touched it.
 */
interface SharedRegistry {
  schema: number;
  /** The page's configuration, from whichever copy's `configure()` ran last. */
  config: ElementsConfig | undefined;
  /** One SDK client per `publishableKey|apiBase`, used by every copy's components. */
  clients: Map<string, XinghuiBrowserClient>;
  /** The package version whose copy defined each tag. */
  definedBy: Record<string, string>;
  /**
   * Schema 2: the bank's answers the loader asked for before a component's code arrived, by
   * {@link earlyReadKey}: each is taken, once, by the component's SDK client when it sends the
   * very same request.
   */
  early: Map<string, Promise<Response>>;
}

const SCHEMA = 2;
const KEY = Symbol.for('xinghui.elements');

/** This page's registry, created by the first copy to ask, completed by a newer one. */
export function sharedRegistry(): SharedRegistry {
  const slot = globalThis as { [KEY]?: Partial<SharedRegistry> };
  if (typeof slot[KEY] !== 'object' || slot[KEY] === null) slot[KEY] = {};
  const registry = slot[KEY];
  registry.schema = Math.max(Number(registry.schema) || 0, SCHEMA);
  if (!(registry.clients instanceof Map)) registry.clients = new Map();
  if (typeof registry.definedBy !== 'object' || registry.definedBy === null) {
    registry.definedBy = {};
  }
  if (!(registry.early instanceof Map)) registry.early = new Map();
  return registry as SharedRegistry;
}

/** Sets the page's configuration in the shared registry, for every copy's components. */
export function setPageConfig(config: ElementsConfig): void {
  sharedRegistry().config = { ...config };
}

/**
 * Whether this copy registers a tag: yes unless it is already defined. The first copy on the
 * page wins, and a later one says once, naming both versions, that its own class is not used.
 * No, where there is no `customElements` (Node without a DOM shim), so importing never throws.
 * The define files call `customElements.define` themselves, where the manifest's analysis
 * finds each tag's class.
 */
export function claimTag(tag: string, element: CustomElementConstructor): boolean {
  if (typeof customElements === 'undefined') return false;
  const { definedBy } = sharedRegistry();
  const defined = customElements.get(tag);
  if (!defined) {
    definedBy[tag] = VERSION;
    return true;
  }
  if (defined !== element) {
    const first = definedBy[tag];
    console.warn(
      `@xinghui/elements ${VERSION}: <${tag}> is already defined by ` +
        `${first ? `@xinghui/elements ${first}` : 'other code'}, which is kept. ` +
        `Load the components once per page.`,
    );
  }
  return false;
}

/**
 * What makes two requests the same one: the URL and every header (the key, the API version,
 * the client secret). A read made with another key, secret or version is never handed over.
 */
export function earlyReadKey(url: string, headers: HeadersInit | undefined): string {
  const lines = [...new Headers(headers)].map(([name, value]) => `${name}: ${value}`);
  return [url, ...lines].join('\n');
}

/** The early answer to exactly this GET, taken out of the registry (so used once), if any. */
export function takeEarlyRead(url: string, init?: RequestInit): Promise<Response> | undefined {
  if ((init?.method ?? 'GET') !== 'GET' || init?.body != null) return undefined;
  const { early } = sharedRegistry();
  const key = earlyReadKey(url, init?.headers);
  const answer = early.get(key);
  early.delete(key);
  return answer;
}
