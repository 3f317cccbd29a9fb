import {
  sessionIdOfClientSecret,
  type CreditLineStatement,
  type LimitReview,
  type Loan,
  type LoanAgreement,
  type PayoffCertificate,
} from '@xinghui/contract';
import { isServer, type PropertyDeclarations, type PropertyValues } from 'lit';
import { failureCode, failureWaitSeconds } from '../../base/failure.js';
import { XhFlowElement } from '../../base/flow-element.js';
import { LazyView } from '../../controllers/lazy-view.js';
import { LoanRepaymentsController } from '../../controllers/loan-repayments.controller.js';
import { ReceiptConfirmationController } from '../../controllers/receipt-confirmation.controller.js';
import { RepaymentController } from '../../controllers/repayment.controller.js';
import { emit } from '../../events/emit.js';
import type { Words } from '../../i18n/words.js';
import { readAccount, type Account } from './credit-wallet.account.js';
import type { CreditWalletState } from './credit-wallet.state.js';
import type { CreditWalletMessages } from './credit-wallet.messages.js';
import { creditWalletWords } from './credit-wallet.words.js';

/** The bank's answers when a payment has nothing (any more) for the shop to confirm (`failed`). */
const RECEIPT_GONE: ReadonlySet<string> = new Set([
  'escrow_disputed',
  'escrow_settled',
  'payment_not_in_escrow',
  'resource_missing',
]);

/** Events of older pages after which the figures are out of date (`xh-funds-changed` aside). */
const REFRESH_ON = ['xh-payment-succeeded', 'xh-loan-confirmed', 'xh-repayment-succeeded'];

/**
 * What `<xh-credit-wallet>` does, apart from how it looks (credit-wallet.component.ts): it reads
 * the account, walks each flow from step to step (repaying a loan, confirming receipt, a loan's
 * detail, statements, certificates, a limit review, revoking data sharing) and turns every
 * failure into a step with a way forward.
 */
export abstract class CreditWalletFlows extends XhFlowElement<CreditWalletState> {
  static override properties: PropertyDeclarations = {
    payment: {},
    account: { state: true, attribute: false },
    busy: { state: true, attribute: false },
  };

  /**
   * An escrowed payment of the shop, `pay_…`: once loaded, the wallet opens 确认收货 for it (the
   * amount, the supplier, the auto-confirm date, then the code). Or call `confirmReceipt(id)`.
   */
  declare payment: string;
  declare protected account: Account | undefined;
  /** A call the step waits for (a document, a review): its buttons are disabled. */
  declare protected busy: boolean;

  protected readonly repayment = new RepaymentController(this);
  protected readonly receipts = new ReceiptConfirmationController();
  /** The payments made on the loan in detail. */
  protected readonly payments = new LoanRepaymentsController(this);
  /** The secondary views (a loan's detail, documents, 确认收货), loaded when one first opens. */
  protected readonly views = new LazyView(this, () => import('./credit-wallet.details.view.js'));
  /** Which flow the code step belongs to. */
  protected flow: 'repay' | 'receipt' = 'repay';
  /** The loan of the detail view (and its certificate), and the documents read. */
  protected loanId = '';
  protected agreement: LoanAgreement | undefined;
  protected statement: CreditLineStatement | undefined;
  protected certificate: PayoffCertificate | undefined;
  protected review: LimitReview | undefined;
  /** When the shop confirmed receipt, for the e-receipt. */
  protected releasedAt = 0;
  #announced = false;
  #openedPayment = '';
  readonly #onPageEvent = (event: Event) => {
    if (event.target !== this) this.fundsChanged();
  };

  protected override get beforeCode(): CreditWalletState {
    return this.flow === 'receipt' ? 'receipt' : 'repay';
  }

  protected override readonly outcomes: ReadonlySet<CreditWalletState> = new Set([
    'repaid',
    'received',
    'reviewed',
    'revoked',
    'expired',
    'network-error',
    'locked',
    'error',
  ]);

  constructor() {
    super();
    this.payment = '';
    this.busy = false;
    this.loadTask(
      (clientSecret, signal) => readAccount(this.client, clientSecret, signal),
      (account) => this.#loaded(account),
      (error) => this.failed(error, () => this.refresh()),
    );
  }

  /** Reloads every figure from the bank. */
  refresh(): void {
    this.reload();
  }

  /** Opens 确认收货 for one of the shop's escrowed payments (`pay_…`). */
  confirmReceipt(paymentId: string): void {
    void this.#openReceipt(paymentId);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return; // a server renderer told to connect elements has no document
    for (const type of REFRESH_ON) document.addEventListener(type, this.#onPageEvent);
  }

  /** Removed from the page: stops listening (the base cancels what is in flight). */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (isServer) return;
    for (const type of REFRESH_ON) document.removeEventListener(type, this.#onPageEvent);
  }

  protected override get words(): Words<CreditWalletMessages> {
    return creditWalletWords;
  }

  protected get messages(): CreditWalletMessages {
    return creditWalletWords.in(this.locale);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('payment') && this.payment && this.account) this.#openPaymentOnce();
  }

  /** The loan the step is about: the one in detail, or the one being repaid. */
  protected get loan(): Loan | undefined {
    const inDetail = this.state === 'loan' || this.state === 'certificate';
    const id = inDetail ? this.loanId : this.repayment.loanId;
    return this.account?.loans.find((loan) => loan.id === id);
  }

  /** Every new state ends whatever was in flight. */
  protected override setState(state: CreditWalletState, message = '', isError = false): void {
    super.setState(state, message, isError);
    this.busy = false;
    this.requestUpdate();
  }

  #loaded(account: Account): void {
    this.account = account;
    if (this.state === 'loading') this.setState('ready');
    if (!this.#announced) {
      this.#announced = true;
      emit(this, 'xh-ready', { walletSessionId: sessionIdOfClientSecret(this.clientSecret) ?? '' });
    }
    if (this.payment) this.#openPaymentOnce();
  }

  #openPaymentOnce(): void {
    if (this.#openedPayment === this.payment) return;
    this.#openedPayment = this.payment;
    void this.#openReceipt(this.payment);
  }

  /** Turns any failure into a state with a way forward; `retry` repeats what failed. */
  protected failed(error: unknown, retry: () => void): void {
    const t = this.messages;
    const code = failureCode(error);
    const loan = this.loan;
    switch (code) {
      case 'insufficient_balance':
        this.#toQuote(t.notEnoughBalance(this.format.money(this.account!.wallet.balance)));
        break;
      case 'amount_too_large':
        this.#toQuote(t.amountTooLarge(loan ? this.format.money(loan.payoff_amount) : ''));
        break;
      case 'parameter_invalid':
        this.#toQuote(t.bankRefused(code));
        break;
      case 'escrow_disputed':
      case 'escrow_settled':
      case 'payment_not_in_escrow':
      case 'resource_missing':
        // Nothing (any more) to confirm for this payment: back to the account, figures re-read.
        this.backToAccount('#receipts-title', t.receiptUnavailable, true);
        this.fundsChanged();
        break;
      default:
        this.showFailure(code, retry, failureWaitSeconds(error));
    }
  }

  /** Back to the quote with what went wrong (the figures reloaded: they may have moved). */
  #toQuote(message: string): void {
    this.code.stop();
    this.focusAfterUpdate(this.repayment.partial ? '[part="amount-input"]' : '#quote-title');
    this.setState('repay', message, true);
    this.fundsChanged();
  }

  protected startRepay(loan: Loan): void {
    this.flow = 'repay';
    this.repayment.start(loan);
    this.code.stop();
    this.code.phoneMasked = '';
    this.focusAfterUpdate('#quote-title');
    this.setState('repay');
  }

  protected async openLoan(loan: Loan): Promise<void> {
    this.loanId = loan.id;
    this.agreement = undefined;
    this.readPayments(); // the view's own call, while its code loads
    const from = this.state;
    if (!this.views.view) {
      this.busy = true;
      try {
        await this.views.load();
      } catch (error) {
        this.failed(error, () => void this.openLoan(loan));
        return;
      }
      if (this.state !== from || this.loanId !== loan.id) return; // the shop moved on meanwhile
    }
    this.focusAfterUpdate('#loan-title');
    this.setState('loan');
  }

  protected readPayments(): void {
    void this.payments.read(this.client, this.clientSecret, this.loanId);
  }

  protected backToAccount(focus = '#loans-title', message = '', isError = false): void {
    this.code.stop();
    this.focusAfterUpdate(focus);
    this.setState('ready', message, isError);
  }

  /** Reads a document, then shows `state`; on a refusal stays where it was and says why. */
  async #read<T>(state: CreditWalletState, read: (signal: AbortSignal) => Promise<T>) {
    const t = this.messages;
    const from = this.state;
    this.busy = true;
    this.message = t.loadingDocument;
    try {
      // The view's code loads with the bank's answer, not after it.
      const [value] = await Promise.all([read(this.newAction()), this.views.load()]);
      this.focusAfterUpdate(state === 'loan' ? '#agreement-title' : '#document-title');
      this.setState(state);
      return value;
    } catch (error) {
      const code = failureCode(error) ?? '';
      const known: Record<string, string> = {
        parameter_invalid: t.futureMonth,
        loan_not_repaid: t.notRepaid,
        resource_missing: t.noLine,
      };
      if (known[code]) this.setState(from, known[code], true);
      else this.showFailure(code || undefined, () => this.refresh(), failureWaitSeconds(error));
      return undefined;
    }
  }

  protected async showAgreement(): Promise<void> {
    const { clientSecret, loanId } = this;
    const agreement = await this.#read('loan', (signal) =>
      this.client.wallet.retrieveLoanAgreement(clientSecret, loanId, {}, { signal }),
    );
    this.agreement = agreement ?? this.agreement;
    this.requestUpdate();
  }

  protected async showCertificate(): Promise<void> {
    const { clientSecret, loanId } = this;
    const certificate = await this.#read('certificate', (signal) =>
      this.client.creditDocuments.retrievePayoffCertificate(clientSecret, loanId, { signal }),
    );
    this.certificate = certificate ?? this.certificate;
    this.requestUpdate();
  }

  protected async showStatement(month: string): Promise<void> {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
      this.focusAfterUpdate('[part="statement-month"]');
      this.setState('ready', this.messages.badMonth, true);
      return;
    }
    const { clientSecret } = this;
    const statement = await this.#read('statement', (signal) =>
      this.client.creditDocuments.retrieveStatement(clientSecret, month, { signal }),
    );
    this.statement = statement ?? this.statement;
    this.requestUpdate();
  }

  async #openReceipt(paymentId: string): Promise<void> {
    this.flow = 'receipt';
    this.code.stop();
    this.code.phoneMasked = '';
    this.busy = true;
    try {
      await Promise.all([
        this.receipts.open(this.client, this.clientSecret, paymentId, this.newAction()),
        this.views.load(), // the step's code, with the bank's answer
      ]);
      this.focusAfterUpdate('#receipt-title');
      this.setState('receipt');
    } catch (error) {
      // Opened for the page's `payment` with nothing to confirm: say so, not the whole account.
      const code = failureCode(error) ?? '';
      if (paymentId === this.payment && RECEIPT_GONE.has(code))
        this.setState('error', this.messages.receiptUnavailable, true);
      else this.failed(error, () => void this.#openReceipt(paymentId));
    }
  }

  protected sendReceiptCode(): void {
    void this.sendCode(this.receipts.codeRequest(this.client, this.clientSecret));
  }

  /** Checks the amount in the page, then asks the bank for a code bound to it. */
  protected submitAmount(typed: string): void {
    const loan = this.loan;
    if (!loan || !this.account) return;
    const t = this.messages;
    const problem = this.repayment.check(loan, typed, this.account.wallet.balance, t, this.format);
    if (problem) {
      if (this.repayment.partial) this.focusAfterUpdate('[part="amount-input"]');
      this.setState('repay', problem, true);
      return;
    }
    void this.sendCode(this.repayment.codeRequest(this.client, this.clientSecret));
  }

  /** The code step's confirm: the repayment, or the release of what escrow holds. */
  protected async confirmWithCode(code: string, idempotencyKey: string): Promise<void> {
    const t = this.messages;
    const receiptFlow = this.flow === 'receipt';
    this.setState('processing', receiptFlow ? t.confirming : t.processing);
    const options = { signal: this.newAction(), idempotencyKey };
    try {
      if (receiptFlow) {
        const held = this.receipts.current!;
        const paid = await this.receipts.confirm(this.client, this.clientSecret, code, options);
        this.releasedAt = Math.floor(Date.now() / 1000);
        this.#succeeded('received', t.received);
        emit(this, 'xh-receipt-confirmed', {
          paymentId: paid.id,
          amount: held.amount,
          supplierName: held.supplier_name,
        });
        this.funds.moved('release');
      } else {
        const repaid = await this.repayment.repay(this.client, this.clientSecret, code, options);
        this.#succeeded('repaid', t.repaid);
        emit(this, 'xh-repayment-succeeded', {
          loanId: repaid.loan,
          repaymentId: repaid.id,
          amount: repaid.amount,
        });
        this.funds.moved('repayment');
      }
    } catch (error) {
      this.failed(error, () => void this.confirmWithCode(code, idempotencyKey));
      if (!receiptFlow)
        emit(this, 'xh-repayment-failed', {
          code: failureCode(error) ?? 'aborted',
          message: this.message,
        });
    }
  }

  #succeeded(state: CreditWalletState, message: string): void {
    this.code.stop();
    this.focusAfterUpdate('.outcome h2');
    this.setState(state, message);
    // Its own figures: the `xh-funds-changed` it fires is for the page's other components.
    this.fundsChanged();
  }

  protected async requestReview(): Promise<void> {
    const t = this.messages;
    this.setState('reviewing', t.reviewing);
    this.busy = true;
    try {
      const review = await this.client.wallet.requestLimitReview(this.clientSecret, {
        signal: this.newAction(),
      });
      this.review = review;
      this.focusAfterUpdate('.outcome h2');
      this.setState('reviewed', t.reviewed);
      emit(this, 'xh-limit-review-completed', { outcome: review.outcome, limit: review.limit });
      this.fundsChanged();
    } catch (error) {
      if (failureCode(error) === 'resource_missing')
        this.setState('ready', t.noLineForReview, true);
      else this.failed(error, () => void this.requestReview());
    }
  }

  protected async revoke(): Promise<void> {
    this.busy = true;
    this.message = '';
    try {
      await this.client.wallet.revokeDataSharing(this.clientSecret, { signal: this.newAction() });
      this.#revoked();
    } catch (error) {
      // Nothing left to revoke: it was revoked before.
      if (failureCode(error) === 'resource_missing') this.#revoked();
      else this.failed(error, () => void this.revoke());
    }
  }

  #revoked(): void {
    this.focusAfterUpdate('.outcome h2');
    this.setState('revoked', this.messages.revoked);
  }
}
