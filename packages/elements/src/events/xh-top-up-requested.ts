import type { Money } from '@xinghui/contract';

/**
 * Detail of `xh-top-up-requested`: the wallet cannot pay this order and credit cannot either, and
 * the shop owner asked to top up. `shortfall` is what is missing. Lead them to your top-up page
 * (or set the component's `top-up-url` and it opens that page itself); when they are back, call
 * `refresh()` or fire `xh-funds-changed`.
 */
export interface XhTopUpRequestedDetail {
  checkoutSessionId: string;
  shortfall: Money;
}

/** The `xh-top-up-requested` event. */
export type XhTopUpRequestedEvent = CustomEvent<XhTopUpRequestedDetail>;

declare global {
  interface HTMLElementEventMap {
    'xh-top-up-requested': XhTopUpRequestedEvent;
  }
}
