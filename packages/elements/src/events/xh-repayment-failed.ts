/**
 * Detail of `xh-repayment-failed`: a repayment attempt did not go through. `code` is the bank's
 * error code (`insufficient_balance`, `verification_code_invalid`, `parameter_invalid`, …) or
 * `network_error`; `message` is what the shop owner was shown.
 */
export interface XhRepaymentFailedDetail {
  code: string;
  message: string;
}

/** The `xh-repayment-failed` event. */
export type XhRepaymentFailedEvent = CustomEvent<XhRepaymentFailedDetail>;

declare global {
  interface HTMLElementEventMap {
    'xh-repayment-failed': XhRepaymentFailedEvent;
  }
}
