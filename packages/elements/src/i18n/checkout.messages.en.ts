import type { CheckoutMessages } from './checkout.messages.js';

/** `checkoutMessages` in English, loaded with the first English component (see `words.ts`). */
export const checkoutMessagesEn: CheckoutMessages = {
  payTo: 'Pay to',
  agreementRequired: 'Read and accept the loan agreement first',
  alreadyPaid: 'This order is already paid',
  expired: 'This payment has expired',
  expiredDetail: 'Go back to your order and start the payment again.',
  paymentMethod: 'Pay with',
  term: 'Repayment',
  agreementAccept: (title) => `I have read and agree to the ${title}`,
  paymentId: 'Payment no.',
};
