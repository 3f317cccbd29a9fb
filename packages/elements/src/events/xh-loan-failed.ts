/**
 * Detail of `xh-loan-failed`: paying on credit did not go through. `code` is the bank's error
 * code (`insufficient_credit`, `credit_line_frozen`, `verification_code_invalid`, …),
 * `credit_declined` when the shop's application was declined, or `network_error`; `message` is
 * what the shop owner was shown.
 */
export interface XhLoanFailedDetail {
  code: string;
  message: string;
}

/** The `xh-loan-failed` event. */
export type XhLoanFailedEvent = CustomEvent<XhLoanFailedDetail>;

declare global {
  interface HTMLElementEventMap {
    'xh-loan-failed': XhLoanFailedEvent;
  }
}
