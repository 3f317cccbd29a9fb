import type { RepaymentMethod } from '@xinghui/contract';

/**
 * Words for loan offers, shared by every component that shows them (`<xh-one-click-loan>`,
 * `<xh-pay-button>`): term names, the cost of a term, and its schedule.
 */
export interface CreditMessages {
  /** "随借随还 · 30 天", "Equal instalments · 3 months". */
  termName(method: RepaymentMethod | (string & {}), length: number): string;
  chooseTerm: string;
  apr: string;
  dailyRate: string;
  totalInterest: string;
  totalToRepay: string;
  interestShort(interest: string): string;
  firstDue: string;
  finalDue: string;
  schedule: string;
  installmentNumber: string;
  dueDate: string;
  installmentAmount: string;
  ofWhichInterest: string;
  penaltyLabel: string;
  /** The penalty rate in plain words: overdue principal at 1.5 × the APR (`rate` a year). */
  penalty(rate: string): string;
  /** Where a loan goes on an escrowed order (受托支付 into escrow): held until receipt. */
  loanToEscrow(autoReleaseDays: number): string;
  /** Where a loan goes on an order without escrow: to the supplier now. */
  loanToSupplier: string;
}

const METHODS_ZH: Record<string, string> = {
  pay_anytime: '随借随还',
  equal_installment: '等额本息',
  equal_principal: '等额本金',
  interest_first: '先息后本',
};

/** In Chinese; `credit.messages.en.ts` has them in English (see `words.ts`). */
export const creditMessages: CreditMessages = {
  termName: (method, length) =>
    `${METHODS_ZH[method] ?? method} · ${length} ${method === 'pay_anytime' ? '天' : '期（月）'}`,
  chooseTerm: '选择还款方式',
  apr: '年化利率',
  dailyRate: '日利率',
  totalInterest: '总利息',
  totalToRepay: '应还总额',
  interestShort: (interest) => `利息 ${interest}`,
  firstDue: '首期还款日',
  finalDue: '最后还款日',
  schedule: '还款计划',
  installmentNumber: '期数',
  dueDate: '到期日',
  installmentAmount: '应还金额',
  ofWhichInterest: '其中利息',
  penaltyLabel: '逾期罚息',
  penalty: (rate) => `逾期未还的本金按年化利率的 1.5 倍计息，即年化 ${rate}`,
  loanToEscrow: (days) =>
    `借款由银行直接付入担保交易托管，不经过您的账户；您确认收货后（或发货 ${days} 天后自动确认）银行才付给供应商`,
  loanToSupplier: '借款由银行直接付给供应商（受托支付），不经过您的账户',
};
