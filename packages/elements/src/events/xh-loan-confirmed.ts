/**
 * Detail of `xh-loan-confirmed`: the bank lent the money and paid the supplier (受托支付). As
 * with every page event, ship only after your server has seen the payment (retrieve the checkout
 * session, or the `loan.disbursed` / `payment.succeeded` webhook).
 */
export interface XhLoanConfirmedDetail {
  checkoutSessionId: string;
  paymentId: string;
  /** The loan note (借据), `loan_…`. */
  loanId: string;
}

/** The `xh-loan-confirmed` event. */
export type XhLoanConfirmedEvent = CustomEvent<XhLoanConfirmedDetail>;

declare global {
  interface HTMLElementEventMap {
    'xh-loan-confirmed': XhLoanConfirmedEvent;
  }
}
