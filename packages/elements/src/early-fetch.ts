import { takeEarlyRead } from './registry.js';

/**
 * The components' `fetch`: the loader's early answer to this very request when it has one (it
 * asked the bank while the component's code was on its way), else the network. The SDK reads an
 * early answer like any other, so its errors are the same typed errors, and a retry asks the
 * network again. The caller's signal (its abort, its timeout) still ends the wait.
 */
export function earlyFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const early = typeof input === 'string' ? takeEarlyRead(input, init) : undefined;
  if (!early) return fetch(input, init);
  const signal = init?.signal;
  if (!signal) return early;
  return Promise.race([
    early,
    new Promise<never>((_, reject) => {
      if (signal.aborted) reject(signal.reason);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    }),
  ]);
}
