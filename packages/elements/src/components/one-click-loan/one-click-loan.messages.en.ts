import { commonMessagesEn } from '../../i18n/common.messages.en.js';
import { creditMessagesEn } from '../../i18n/credit.messages.en.js';
import { checkoutMessagesEn } from '../../i18n/checkout.messages.en.js';
import { enrolmentMessagesEn } from '../../i18n/enrolment.messages.en.js';
import type { OneClickLoanMessages } from './one-click-loan.messages.js';

/** Every word `<xh-one-click-loan>` shows, in English. */
export const oneClickLoanMessagesEn: OneClickLoanMessages = {
  ...commonMessagesEn,
  ...creditMessagesEn,
  ...checkoutMessagesEn,
  ...enrolmentMessagesEn,
  loading: 'Loading your credit…',
  amountDue: 'Order amount',
  available: 'Available credit',
  methodCredit: 'Xinghui Credit',
  borrowAndPay: (amount) => `Pay ${amount} with Xinghui Credit`,
  confirm: 'Confirm the loan',
  processing: 'Lending and paying… please keep this page open',
  succeeded: 'Loan made: the order is paid',
  succeededEscrow: (amount, supplier, days) =>
    `The bank lent ${amount} and holds it in escrow; it pays ${supplier} once you confirm receipt (or ${days} days after shipment).`,
  succeededDirect: (amount, supplier) => `The bank lent ${amount} and paid it to ${supplier}.`,
  loanNumber: 'Loan no.',
  availableNow: 'Credit still available',
  insufficientCredit: 'Not enough credit available',
  insufficientCreditDetail: (available, amount) =>
    `You have ${available} available and this order is ${amount}. Pay another way, such as your Xinghui Wallet, or repay and check again.`,
  checkAgain: 'Check my credit again',
  frozen: 'Your credit line is frozen',
  frozenDetail:
    'A loan is past due, so the line is paused. Repay what is overdue in “My account” and the line comes back; pay this order with your Xinghui Wallet for now.',
  lineClosed: 'Your credit line has ended or is closed: please pay another way',
  creditNotAllowed: 'This order cannot be paid with Xinghui Credit: please pay another way',
  setupError: 'The loan component is not set up correctly',
  genericError: 'The loan did not go through',
  templateOutdated: 'The agreement was updated: read it again, then confirm',
};
