/**
 * Detail of `xh-ready`: the component has loaded its session and can be used. Exactly one id is
 * set: `checkoutSessionId` from the checkout components, `walletSessionId` from
 * `<xh-credit-wallet>`.
 */
export interface XhReadyDetail {
  checkoutSessionId?: string;
  walletSessionId?: string;
  /**
   * From `<xh-pay-button>`: the session allows credit but the shop has no credit line yet, so
   * it could apply (with `<xh-one-click-loan>`, which enrols and pays on credit).
   */
  canEnrol?: boolean;
}

/** The `xh-ready` event. */
export type XhReadyEvent = CustomEvent<XhReadyDetail>;

declare global {
  interface HTMLElementEventMap {
    'xh-ready': XhReadyEvent;
  }
}
