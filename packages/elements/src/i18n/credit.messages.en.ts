import type { CreditMessages } from './credit.messages.js';

const METHODS_EN: Record<string, string> = {
  pay_anytime: 'Pay any time',
  equal_installment: 'Equal instalments',
  equal_principal: 'Equal principal',
  interest_first: 'Interest first',
};

/** `creditMessages` in English, loaded with the first English component (see `words.ts`). */
export const creditMessagesEn: CreditMessages = {
  termName: (method, length) =>
    `${METHODS_EN[method] ?? method} · ${length} ${
      method === 'pay_anytime' ? 'days' : length === 1 ? 'month' : 'months'
    }`,
  chooseTerm: 'Choose how to repay',
  apr: 'APR',
  dailyRate: 'Daily rate',
  totalInterest: 'Total interest',
  totalToRepay: 'Total to repay',
  interestShort: (interest) => `interest ${interest}`,
  firstDue: 'First payment due',
  finalDue: 'Last payment due',
  schedule: 'Repayment schedule',
  installmentNumber: 'No.',
  dueDate: 'Due date',
  installmentAmount: 'Amount',
  ofWhichInterest: 'Interest',
  penaltyLabel: 'Late payment',
  penalty: (rate) => `overdue principal costs 1.5 × the APR: ${rate} a year`,
  loanToEscrow: (days) =>
    `The bank pays the loan into escrow, never into your account, and pays the supplier once you confirm receipt (or ${days} days after shipment)`,
  loanToSupplier:
    'The bank pays the loan straight to the supplier (entrusted payment), never into your account',
};
