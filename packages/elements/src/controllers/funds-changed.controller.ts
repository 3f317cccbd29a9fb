import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { emit } from '../events/emit.js';
import type { XhFundsChangedDetail } from '../events/xh-funds-changed.js';

/**
 * Keeps a component's figures in step with the others on the page: while it is on the page it
 * listens on `document` for `xh-funds-changed` (money moved: a payment, a loan, a repayment, a
 * release, a top-up) and re-reads its figures; `moved` fires that event after the component
 * itself moved money. Its own event is not heard again: it already knows what it did.
 */
export class FundsChangedController implements ReactiveController {
  readonly #onChange = (event: Event) => {
    if (event.target !== this.host) this.reread();
  };

  /** @param reread re-reads the figures, without leaving the step the shop owner is on */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly reread: () => void,
  ) {
    host.addController(this);
  }

  /** Tells the page's other components that money moved. */
  moved(reason: XhFundsChangedDetail['reason']): void {
    emit(this.host, 'xh-funds-changed', { reason });
  }

  hostConnected(): void {
    // A server renderer told to connect elements (lit SSR's `connectedCallback` option) has no
    // document, and no other component to hear.
    if (isServer) return;
    document.addEventListener('xh-funds-changed', this.#onChange);
  }

  hostDisconnected(): void {
    if (isServer) return;
    document.removeEventListener('xh-funds-changed', this.#onChange);
  }
}
