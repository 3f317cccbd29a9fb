/**
 * Detail of `xh-funds-changed`: money moved for the shop (a payment, a loan, a repayment, an
 * escrow release or a top-up), so the balance and the available credit other components show
 * may be stale. Every Xinghui component fires it after such a step and listens for it on the
 * document, re-reading its figures, so two components on one page stay in step.
 */
export interface XhFundsChangedDetail {
  reason: 'payment' | 'loan' | 'repayment' | 'release' | 'top-up';
}

/** The `xh-funds-changed` event. */
export type XhFundsChangedEvent = CustomEvent<XhFundsChangedDetail>;

declare global {
  interface HTMLElementEventMap {
    'xh-funds-changed': XhFundsChangedEvent;
  }
  interface DocumentEventMap {
    'xh-funds-changed': XhFundsChangedEvent;
  }
}
