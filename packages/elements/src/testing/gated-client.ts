/**
 * A browser client whose calls can be held: while a call to a held path waits, a test can look
 * at (and run axe on) a component in its in-between states (sending, deciding, processing),
 * which last milliseconds against a local sandbox. Hand it to components with
 * `<xh-provider .client=${gate.client}>`.
 */
import { createClient, type XinghuiBrowserClient } from '@xinghui/sdk';

export interface Gate {
  client: XinghuiBrowserClient;
  /** From now on, calls whose URL contains `path` wait until {@link Gate.release}. */
  hold(path: string): void;
  /** Lets the held calls (and every later one) through. */
  release(): void;
}

export function gatedClient(world: { publishableKey: string; apiBase: string }): Gate {
  let held: string | undefined;
  let open: () => void = () => undefined;
  let gate = Promise.resolve();
  const client = createClient({
    publishableKey: world.publishableKey,
    baseUrl: world.apiBase,
    fetch: async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (held && url.includes(held)) await gate;
      return fetch(input, init);
    },
  });
  return {
    client,
    hold(path) {
      held = path;
      gate = new Promise((resolve) => (open = resolve));
    },
    release() {
      held = undefined;
      open();
    },
  };
}
