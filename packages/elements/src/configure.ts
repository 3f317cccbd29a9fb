import { createClient, type XinghuiBrowserClient } from '@xinghui/sdk';

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

let pageConfig: ElementsConfig | undefined;

/**
 * Sets the publishable key (and the bank's address) once for every component on the page.
 * An element's own `publishable-key` and `api-base` attributes take precedence.
 *
 * @example
 * ```ts
 * import { configure } from '@xinghui/elements';
 * configure({ publishableKey: 'pk_test_…', apiBase: 'https://bank.example.com' });
 * ```
 */
export function configure(config: ElementsConfig): void {
  pageConfig = { ...config };
}

const clients = new Map<string, XinghuiBrowserClient>();

/**
 * The SDK client for a publishable key and address: the element's own, else the page's.
 * One client per key and address, shared by every component that uses them.
 *
 * @throws the SDK's `XinghuiConfigurationError` when there is no publishable key, or a secret key
 */
export function clientFor(publishableKey?: string, apiBase?: string): XinghuiBrowserClient {
  const key = publishableKey || pageConfig?.publishableKey || '';
  const baseUrl = apiBase || pageConfig?.apiBase;
  const cacheKey = `${key}|${baseUrl ?? ''}`;
  let client = clients.get(cacheKey);
  if (!client) {
    client = createClient({ publishableKey: key, ...(baseUrl ? { baseUrl } : {}) });
    clients.set(cacheKey, client);
  }
  return client;
}
