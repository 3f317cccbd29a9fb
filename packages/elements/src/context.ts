import type { XinghuiBrowserClient } from '@xinghui/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How the components inside an `<xh-provider>` get their SDK client: a function, so that a bad
 * publishable key surfaces as each component's own setup error, where the shop owner sees it.
 */
export type ClientResolver = () => XinghuiBrowserClient;

/**
 * The context an `<xh-provider>` provides and every component consumes: the key of the
 * community context protocol (`context-request` events), typed as `@lit/context`'s
 * `createContext` types it, so a page's own `@lit/context` consumer can ask for it too.
 */
export const clientContext = Symbol('xinghui-client') as unknown as {
  __context__: ClientResolver | undefined;
};

/** Gets the value and, each time it changes, the same `unsubscribe`. */
type Callback = (value: ClientResolver | undefined, unsubscribe?: () => void) => void;

/** The protocol's `context-request` (and `context-provider`) event: bubbles out of shadow roots. */
const contextEvent = (type: string, target: Element, callback?: Callback) =>
  Object.assign(new Event(type, { bubbles: true, composed: true }), {
    context: clientContext,
    contextTarget: target,
    callback,
    subscribe: true,
  });

/** A `context-request` or `context-provider` event as the protocol sends it. */
interface ContextEvent extends Event {
  context?: unknown;
  contextTarget?: Element;
  callback: Callback;
  subscribe?: boolean;
}

/**
 * A component's side of the context protocol, for {@link clientContext} only (what
 * `@lit/context`'s `ContextConsumer` with `subscribe: true` did, without its 0.9 KB): asks the
 * nearest provider on connecting, hears every new value, and stops hearing on disconnecting.
 */
export class ClientConsumer implements ReactiveController {
  #unsubscribe: (() => void) | undefined;

  /** The same function every time: a provider keys its subscribers by it. */
  readonly #callback: Callback = (value, unsubscribe) => {
    // A value from another provider (one nearer, connected since): leave the one before.
    if (this.#unsubscribe !== unsubscribe) this.#unsubscribe?.();
    this.#unsubscribe = unsubscribe;
    this.provided(value);
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly provided: (value: ClientResolver | undefined) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.dispatchEvent(contextEvent('context-request', this.host, this.#callback));
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}

/**
 * A provider's side of the protocol, for {@link clientContext} only (what `@lit/context`'s
 * `ContextProvider` did): answers the requests that reach its host, tells every subscriber each
 * new value, and, when a provider connects inside it, has its subscribers ask again, so those
 * inside the new one move to it.
 */
export class ClientProvider implements ReactiveController {
  #value: ClientResolver | undefined;
  readonly #subscribers = new Map<Callback, { consumer: Element; unsubscribe: () => void }>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    host.addEventListener('context-request', (event) => {
      const { context, contextTarget, callback, subscribe } = event as ContextEvent;
      const consumer = contextTarget ?? (event.composedPath()[0] as Element);
      if (context !== clientContext || consumer === host) return;
      event.stopPropagation();
      if (!subscribe) return callback(this.#value);
      const subscriber = this.#subscribers.get(callback) ?? {
        consumer,
        unsubscribe: () => this.#subscribers.delete(callback),
      };
      this.#subscribers.set(callback, subscriber);
      callback(this.#value, subscriber.unsubscribe);
    });
    host.addEventListener('context-provider', (event) => {
      const { context, contextTarget } = event as ContextEvent;
      if (context !== clientContext || (contextTarget ?? event.composedPath()[0]) === host) return;
      event.stopPropagation();
      for (const [callback, { consumer }] of this.#subscribers) {
        consumer.dispatchEvent(contextEvent('context-request', consumer, callback));
      }
    });
  }

  hostConnected(): void {
    this.host.dispatchEvent(contextEvent('context-provider', this.host));
  }

  /** Gives every subscriber `value`, if it is a new one. */
  setValue(value: ClientResolver | undefined): void {
    if (Object.is(value, this.#value)) return;
    this.#value = value;
    for (const [callback, { unsubscribe }] of this.#subscribers) callback(value, unsubscribe);
  }
}
