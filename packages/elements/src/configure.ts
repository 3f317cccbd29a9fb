import { createClient, type XinghuiBrowserClient } from '@xinghui/sdk';
import { earlyFetch } from './early-fetch.js';
import { setPageConfig, sharedRegistry, type ElementsConfig } from './registry.js';

export type { ElementsConfig } from './registry.js';

/**
 * Sets the publishable key (and the bank's address) once for every component on the page.
 * An element's own `publishable-key` and `api-base` attributes take precedence. The
 * configuration is shared by every copy of `@xinghui/elements` on the page (the CDN file and
 * your bundle), so it reaches the components whichever copy defined them.
 *
 * @example
 * ```ts
 * import { configure } from '@xinghui/elements';
 * configure({ publishableKey: 'pk_test_…', apiBase: 'https://bank.example.com' });
 * ```
 */
export function configure(config: ElementsConfig): void {
  setPageConfig(config);
}

/**
 * The SDK client for a publishable key and address: the element's own, else the page's.
 * One client per key and address, shared by every component of every copy on the page. It
 * takes the loader's early answers to its first reads (`earlyFetch`).
 *
 * @throws the SDK's `XinghuiConfigurationError` when there is no publishable key, or a secret key
 */
export function clientFor(publishableKey?: string, apiBase?: string): XinghuiBrowserClient {
  const { config, clients } = sharedRegistry();
  const key = publishableKey || config?.publishableKey || '';
  const baseUrl = apiBase || config?.apiBase;
  const cacheKey = `${key}|${baseUrl ?? ''}`;
  let client = clients.get(cacheKey);
  if (!client) {
    client = createClient({
      publishableKey: key,
      ...(baseUrl ? { baseUrl } : {}),
      fetch: earlyFetch,
    });
    clients.set(cacheKey, client);
  }
  return client;
}
