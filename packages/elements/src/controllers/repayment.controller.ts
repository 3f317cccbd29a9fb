import {
  parseMoneyInput,
  type Loan,
  type Money,
  type Repayment,
  type VerificationCode,
} from '@xinghui/contract';
import type { XinghuiBrowserClient } from '@xinghui/sdk';
import type { ReactiveControllerHost } from 'lit';
import type { Formatters } from '../i18n/locale.js';
import type { SummaryRow } from '../templates/summary-list.js';

/** The words a repayment's checks and its confirmation use. */
export interface RepaymentWords {
  badAmount: string;
  amountZero: string;
  amountTooLarge(max: string): string;
  notEnoughBalance(balance: string): string;
  receiptAmount: string;
  loanNumber: string;
  supplier: string;
  order: string;
  method: string;
  walletMethod: string;
  /** The amount's label when repaying everything owed today. */
  payoffLabel: string;
}

/**
 * One repayment from the shop's wallet: which loan, in full or in part, the amount the code was
 * sent for (the bank binds the code to it), and the receipt once repaid. The bank checks all of
 * it again; this keeps in one place what the page checks, shows on the code step, and sends.
 */
export class RepaymentController {
  loanId = '';
  partial = false;
  /** The amount the code was sent for; `undefined` is the payoff (everything owed today). */
  amount: Money | undefined;
  receipt: Repayment | undefined;

  /** @param host re-rendered when the mode (full or part) changes */
  constructor(private readonly host: ReactiveControllerHost) {}

  /** Starts repaying `loan`, in full by default. */
  start(loan: Loan): void {
    this.loanId = loan.id;
    this.partial = false;
    this.amount = undefined;
    this.host.requestUpdate();
  }

  choosePartial(partial: boolean): void {
    this.partial = partial;
    this.host.requestUpdate();
  }

  /**
   * Checks what the shop owner typed (in part) against what the loan owes and the wallet holds,
   * before any code is asked for; keeps the amount when it is right.
   *
   * @returns what is wrong in the shop owner's words, or `''`
   */
  check(loan: Loan, typed: string, balance: Money, t: RepaymentWords, format: Formatters): string {
    let amount: Money | undefined;
    if (this.partial) {
      const parsed = parseMoneyInput(typed);
      if (!parsed) return t.badAmount;
      if (parsed.amount === 0) return t.amountZero;
      if (parsed.amount > loan.payoff_amount.amount)
        return t.amountTooLarge(format.money(loan.payoff_amount));
      amount = parsed;
    }
    if ((amount ?? loan.payoff_amount).amount > balance.amount)
      return t.notEnoughBalance(format.money(balance));
    this.amount = amount;
    return '';
  }

  /** Asks the bank for a code bound to this loan and amount. */
  codeRequest(
    client: XinghuiBrowserClient,
    clientSecret: string,
  ): (signal: AbortSignal) => Promise<VerificationCode> {
    const { loanId, amount } = this;
    return (signal) =>
      client.wallet.requestRepaymentCode(clientSecret, loanId, amount ? { amount } : {}, {
        signal,
      });
  }

  /** Repays with the code; keeps the receipt. */
  async repay(
    client: XinghuiBrowserClient,
    clientSecret: string,
    code: string,
    options: { signal: AbortSignal; idempotencyKey: string },
  ): Promise<Repayment> {
    const { amount } = this;
    this.receipt = await client.wallet.repay(
      clientSecret,
      this.loanId,
      { verification_code: code, ...(amount ? { amount } : {}) },
      options,
    );
    return this.receipt;
  }

  /** What the code confirms, restated on the code step: the amount, the loan, the method. */
  summary(loan: Loan, t: RepaymentWords, format: Formatters): SummaryRow[] {
    const rows: SummaryRow[] = [
      [
        this.amount ? t.receiptAmount : t.payoffLabel,
        format.money(this.amount ?? loan.payoff_amount),
      ],
      [t.loanNumber, loan.id],
    ];
    if (loan.order_reference) rows.push([t.order, loan.order_reference]);
    if (loan.supplier_name) rows.push([t.supplier, loan.supplier_name]);
    rows.push([t.method, t.walletMethod]);
    return rows;
  }
}
