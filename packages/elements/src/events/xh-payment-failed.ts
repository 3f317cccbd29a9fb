/**
 * Detail of `xh-payment-failed`: a payment attempt did not go through. `code` is the bank's
 * error code (`insufficient_balance`, `verification_code_invalid`, `session_expired`, …) or
 * `network_error`; `message` is what the shop owner was shown.
 */
export interface XhPaymentFailedDetail {
  code: string;
  message: string;
}

/** The `xh-payment-failed` event. */
export type XhPaymentFailedEvent = CustomEvent<XhPaymentFailedDetail>;

declare global {
  interface HTMLElementEventMap {
    'xh-payment-failed': XhPaymentFailedEvent;
  }
}
