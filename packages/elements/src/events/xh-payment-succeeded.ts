import type { Money } from '@xinghui/contract';

/**
 * Detail of `xh-payment-succeeded`: the bank has paid the supplier. Confirm it on your server
 * (retrieve the checkout session, or wait for the webhook) before you ship: a page event can
 * be faked, the bank's record cannot.
 */
export interface XhPaymentSucceededDetail {
  checkoutSessionId: string;
  paymentId: string;
  amount: Money;
}

/** The `xh-payment-succeeded` event. */
export type XhPaymentSucceededEvent = CustomEvent<XhPaymentSucceededDetail>;

declare global {
  interface HTMLElementEventMap {
    'xh-payment-succeeded': XhPaymentSucceededEvent;
  }
}
