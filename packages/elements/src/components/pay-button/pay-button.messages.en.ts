import { commonMessagesEn } from '../../i18n/common.messages.en.js';
import { creditMessagesEn } from '../../i18n/credit.messages.en.js';
import { checkoutMessagesEn } from '../../i18n/checkout.messages.en.js';
import type { PayButtonMessages } from './pay-button.messages.js';

/** Every word `<xh-pay-button>` shows, in English. */
export const payButtonMessagesEn: PayButtonMessages = {
  ...commonMessagesEn,
  ...creditMessagesEn,
  ...checkoutMessagesEn,
  order: 'Order',
  items: 'Items',
  timeLeft: 'Time left to pay',
  methodWallet: 'Xinghui Wallet',
  methodCredit: 'Xinghui Credit (pay later)',
  balance: (balance) => `balance ${balance}`,
  creditAvailable: (available) => `${available} available`,
  walletShort: (balance) => `balance ${balance}: not enough`,
  payWithCredit: 'Pay with Xinghui Credit',
  loading: 'Loading the payment…',
  amountDue: 'Amount due',
  walletBalance: 'Xinghui Wallet balance',
  payWithWallet: 'Pay with Xinghui Wallet',
  confirm: 'Confirm payment',
  processing: 'Paying… please keep this page open',
  succeeded: 'Payment successful',
  direct: 'The money goes straight to the supplier',
  escrowNotice: (days) =>
    `Escrow: the bank holds the money and pays the supplier once you confirm receipt (or ${days} days after shipment)`,
  receipt: 'E-receipt',
  paidAt: 'Paid at',
  creditLeft: 'Credit still available',
  print: 'Print receipt',
  insufficient: 'Not enough in your Xinghui Wallet',
  insufficientDetail: (shortfall) =>
    `You need ${shortfall} more. Top up, then refresh the balance and pay.`,
  topUp: 'Top up',
  refreshBalance: 'Refresh balance',
  networkError: 'Connection failed: the payment is not complete',
  setupError: 'The payment button is not set up correctly',
  genericError: 'The payment did not go through',
};
