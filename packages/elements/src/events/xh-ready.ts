/** Detail of `xh-ready`: the component has loaded its session and can be used. */
export interface XhReadyDetail {
  checkoutSessionId: string;
}

export type XhReadyEvent = CustomEvent<XhReadyDetail>;

declare global {
  interface HTMLElementEventMap {
    'xh-ready': XhReadyEvent;
  }
}
