import type { ClientCheckoutSession, Money } from '@xinghui/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { failureCode, failureWaitSeconds } from '../../base/failure.js';
import { XhFlowElement } from '../../base/flow-element.js';
import { CreditCheckoutController } from '../../controllers/credit-checkout.controller.js';
import { readConsentTexts } from '../../controllers/enrolment-consents.js';
import type { EnrolmentController } from '../../controllers/enrolment.controller.js';
import { LazyView } from '../../controllers/lazy-view.js';
import { emit } from '../../events/emit.js';
import { baseStyles } from '../../styles/base.styles.js';
import { creditStyles } from '../../styles/credit.styles.js';
import { commitment } from '../../templates/commitment.js';
import { creditChoice, loanPayee } from '../../templates/credit-choice.js';
import { figureRows } from '../../templates/figure-rows.js';
import { loanPaid } from '../../templates/loan-paid.js';
import { outcome } from '../../templates/outcome.js';
import type { Words } from '../../i18n/words.js';
import type { OneClickLoanMessages } from './one-click-loan.messages.js';
import { oneClickLoanWords } from './one-click-loan.words.js';
import { oneClickLoanStyles } from './one-click-loan.styles.js';
import { OUTCOMES, REREAD, type OneClickLoanState } from './one-click-loan.states.js';

export type { OneClickLoanState } from './one-click-loan.states.js';

/**
 * Pays a checkout session with Xinghui Credit (星辉贷), for platforms where credit is the only
 * way to pay (受托支付: the bank lends and pays for the order itself, into escrow when the
 * session holds it, else to the supplier). A shop with a line chooses a term with every figure
 * before it commits (APR first, daily rate, total interest, total to repay, the schedule, first
 * and last due dates, the penalty rate in words), reads and accepts that term's own loan
 * agreement, and confirms with a one-time code on a step that restates the commitment. A shop
 * without a line enrols on the spot: it confirms the details the partner registered (shown
 * masked) or types them, gives its consents, and sees the bank's decision: a refusal says why
 * and lets it apply again; an approval shows the new line before the first loan.
 *
 * @summary Credit-only checkout: enrol in one tap, choose a term, accept, confirm by SMS code.
 *
 * @event xh-ready - The session is loaded. `detail: { checkoutSessionId }`
 * @event xh-loan-confirmed - The loan is made and the order paid. `detail: { checkoutSessionId, paymentId, loanId }`
 * @event xh-loan-failed - Paying on credit cannot go ahead (declined, not enough credit, a frozen line, a failed confirmation). `detail: { code, message }`
 *
 * @csspart base - The card around everything.
 * @csspart amount - The order amount.
 * @csspart supplier - The supplier's name.
 * @csspart available - The available credit.
 * @csspart enrol-form - The enrolment form.
 * @csspart on-file - The shop's details on file, masked, to confirm.
 * @csspart edit-details - The button to type the details instead (or go back to those on file).
 * @csspart consent - Each consent text with its checkbox.
 * @csspart consent-checkbox - Each consent's checkbox.
 * @csspart apply - The button that gives the consents and applies.
 * @csspart line-summary - The new line after approval: limit, APR, validity, terms.
 * @csspart continue - The button from the approval to the loan.
 * @csspart apply-again - The button back to the form after a refusal.
 * @csspart term - Each term's radio button.
 * @csspart offer-summary - The chosen term's cost (APR, daily rate, interest, total, due dates, penalty).
 * @csspart schedule - The chosen term's instalment table.
 * @csspart loan-payee - Where the loan goes: into escrow, or to the supplier.
 * @csspart agreement - The loan agreement of the chosen term (expandable).
 * @csspart agreement-checkbox - The checkbox that accepts the loan agreement.
 * @csspart borrow - The button that starts borrowing (sends the code).
 * @csspart loan-details - On success: the loan number, the payment number, the credit left.
 */
export class XhOneClickLoan extends XhFlowElement<OneClickLoanState> {
  /** The shadow root's styles: theme them with the `--xh-…` custom properties and `::part`. */
  static override styles = [baseStyles, creditStyles, oneClickLoanStyles];

  static override properties = {
    session: { state: true, attribute: false },
  };

  declare private session: ClientCheckoutSession | undefined;

  /** The offers of the shop's line, the term chosen, that term's agreement. */
  readonly #credit = new CreditCheckoutController(this);
  /** The enrolment's code (form, decisions), loaded for a session without a line. */
  readonly #enrolmentView = new LazyView(this, () => import('./one-click-loan.enrolment.view.js'));
  /** The enrolment of a shop without a line, and the bank's decision, once its code is here. */
  #enrolment: EnrolmentController | undefined;

  protected override readonly beforeCode = 'offers';
  protected override readonly outcomes = OUTCOMES;

  constructor() {
    super();
    this.loadTask(
      async (clientSecret, signal) => {
        const session = await this.client.checkoutSessions.retrieve(clientSecret, { signal });
        if (!(session.status === 'open' && session.payment_methods.includes('credit'))) {
          return session;
        }
        if (session.credit !== null) {
          await this.#credit.load(this.client, clientSecret, session, this.locale, signal);
          return session;
        }
        // No line: the form's code loads while the bank sends the consent texts it shows.
        const [view, consents] = await Promise.all([
          this.#enrolmentView.load(),
          readConsentTexts(this.client, clientSecret, this.locale, signal),
        ]);
        this.#enrolment ??= new view.EnrolmentController(this, () => this.messages);
        this.#enrolment.start(session, consents);
        return session;
      },
      (session) => this.#loaded(session),
      (error) => this.#failed(error, () => this.refresh()),
    );
  }

  /** Reloads the session, the line and the offers (after a repayment, say). */
  refresh(): void {
    this.reload();
  }

  protected override get words(): Words<OneClickLoanMessages> {
    return oneClickLoanWords;
  }

  protected get messages(): OneClickLoanMessages {
    return oneClickLoanWords.in(this.locale);
  }

  /** Money moved elsewhere on the page: fresh figures, unless the shop owner is mid-loan. */
  protected override fundsChanged(): void {
    if (['offers', 'insufficient-credit', 'frozen'].includes(this.state)) super.fundsChanged();
  }

  #loaded(session: ClientCheckoutSession): void {
    const t = this.messages;
    const first = this.session === undefined;
    this.session = session;
    if (first) emit(this, 'xh-ready', { checkoutSessionId: session.id });
    const line = session.credit;
    if (session.status === 'complete') {
      this.setState('succeeded', t.alreadyPaid);
    } else if (session.status === 'expired') {
      this.setState('expired', t.expired, true);
    } else if (!session.payment_methods.includes('credit')) {
      this.setState('error', t.creditNotAllowed, true);
    } else if (line === null) {
      if (!['enrol', 'declined', 'referred'].includes(this.state)) this.setState('enrol');
    } else if (line?.status === 'frozen') {
      this.#cannotBorrow('frozen', 'credit_line_frozen', t.frozen);
    } else if (line && line.status !== 'active') {
      this.setState('error', t.lineClosed, true);
    } else if (!this.#credit.offers) {
      this.#cannotBorrow('insufficient-credit', 'insufficient_credit', t.insufficientCredit);
    } else if (this.state === 'deciding') {
      // Just approved: the new line first, then the loan.
      this.focusAfterUpdate('.outcome h2');
      this.setState('approved', t.approved);
    } else if (this.state !== 'approved' && this.state !== 'offers') {
      this.setState('offers');
    }
  }

  /** A state where the loan cannot go ahead: shown, focused and told to the page. */
  #cannotBorrow(state: OneClickLoanState, code: string, message: string): void {
    this.focusAfterUpdate('.outcome h2');
    this.setState(state, message, true);
    emit(this, 'xh-loan-failed', { code, message });
  }

  /** Turns any failure into a state with a way forward; `retry` repeats what failed. */
  #failed(error: unknown, retry: () => void): void {
    const code = failureCode(error);
    if (code && REREAD.has(code)) {
      // The bank knows better than what the page loaded: read it again.
      this.refresh();
    } else if (code === 'consent_template_outdated') {
      // The new text is read while the step says why it must be read again.
      const step = this.state === 'deciding' ? 'enrol' : 'offers';
      this.setState(step, this.messages.templateOutdated, true);
      super.fundsChanged();
    } else {
      this.showFailure(code, retry, failureWaitSeconds(error));
    }
  }

  // Enrolment

  #submitEnrolment(enrolment: EnrolmentController): void {
    const wrong = enrolment.check();
    if (wrong) {
      this.focusAfterUpdate(`#${wrong}`);
      this.setState('enrol', this.messages.fixErrors, true);
      return;
    }
    void this.#apply(enrolment);
  }

  async #apply(enrolment: EnrolmentController): Promise<void> {
    const t = this.messages;
    this.setState('deciding', t.deciding);
    try {
      const { client, clientSecret, locale } = this;
      const application = await enrolment.apply(client, clientSecret, locale, this.newAction());
      if (application.status === 'approved') {
        // Still deciding (for the shop owner) until the offers are here: read them, staying
        // on this step, and the load shows the new line.
        super.fundsChanged();
        return;
      }
      const declined = application.status === 'declined';
      const title = declined ? t.declined : t.referred;
      this.focusAfterUpdate('.outcome h2');
      this.setState(declined ? 'declined' : 'referred', title, declined);
      const reasons = application.reasons.map((reason) => reason.message[locale]);
      emit(this, 'xh-loan-failed', {
        code: declined ? 'credit_declined' : 'credit_referred',
        message: [title, ...reasons].join(' '),
      });
    } catch (error) {
      this.#failed(error, () => void this.#apply(enrolment));
    }
  }

  /** After a refusal: the form again, as it was, to fix and apply again. */
  #applyAgain(enrolment: EnrolmentController): void {
    enrolment.again();
    this.focusAfterUpdate('[part="enrol-form"] input');
    this.setState('enrol');
  }

  // Borrowing

  #startBorrowing(): void {
    if (!this.#credit.agreementAccepted) {
      this.focusAfterUpdate('[part="agreement-checkbox"]');
      this.setState('offers', this.messages.agreementRequired, true);
      return;
    }
    const clientSecret = this.clientSecret;
    void this.sendCode((signal) =>
      this.client.checkoutSessions.requestVerificationCode(clientSecret, { signal }),
    );
  }

  async #confirm(code: string, idempotencyKey: string): Promise<void> {
    this.setState('processing', this.messages.processing);
    const signal = this.newAction();
    try {
      const paid = await this.client.checkoutSessions.confirm(
        this.clientSecret,
        this.#credit.confirmParams(code),
        { signal, idempotencyKey },
      );
      // The confirmed session carries the line as the bank has it now: the credit left.
      this.session = paid;
      this.code.stop();
      this.focusAfterUpdate('.outcome h2');
      this.setState('succeeded', this.messages.succeeded);
      emit(this, 'xh-loan-confirmed', {
        checkoutSessionId: paid.id,
        paymentId: paid.payment ?? '',
        loanId: paid.loan ?? '',
      });
      this.funds.moved('loan');
    } catch (error) {
      this.#failed(error, () => void this.#confirm(code, idempotencyKey));
      emit(this, 'xh-loan-failed', {
        code: failureCode(error) ?? 'aborted',
        message: this.message || this.messages.genericError,
      });
    }
  }

  // Rendering

  #money = (value: Money) => this.format.money(value);

  protected override render(): TemplateResult {
    const busy = ['loading', 'deciding', 'sending', 'processing'].includes(this.state);
    const session = this.session;
    const showOrder =
      session && !['enrol', 'deciding', 'succeeded', 'code', 'processing'].includes(this.state);
    return html`
      <div part="base" aria-busy=${busy ? 'true' : 'false'}>
        ${showOrder ? this.#renderOrder(session) : nothing} ${this.#renderStep(session)}
        ${this.statusLine(this.messages.loading)}
      </div>
    `;
  }

  /** The amount, the supplier, and the credit available now. */
  #renderOrder(session: ClientCheckoutSession): TemplateResult {
    const t = this.messages;
    const available = this.#credit.offers?.available ?? session.credit?.available;
    return figureRows([
      [t.amountDue, this.#money(session.amount), 'amount'],
      [t.payTo, session.supplier.business_name, 'supplier'],
      available && [t.available, this.#money(available), 'available'],
    ]);
  }

  #renderStep(session: ClientCheckoutSession | undefined): TemplateResult | typeof nothing {
    const t = this.messages;
    // Before the session is read, only a failure can be shown.
    if (!session) {
      const failed = this.state === 'error' && outcome('problem', this.message || t.genericError);
      return failed || (this.sharedOutcome() ?? nothing);
    }
    switch (this.state) {
      case 'enrol':
      case 'deciding':
      case 'approved':
      case 'declined':
        return this.#renderEnrolment(this.state);
      case 'offers':
      case 'sending':
        return html`${creditChoice({
            t,
            format: this.format,
            credit: this.#credit,
            disabled: this.state === 'sending',
            payee: loanPayee(t, session),
          })}
          <button
            part="borrow"
            class="primary"
            ?disabled=${this.state === 'sending'}
            @click=${() => this.#startBorrowing()}
          >
            ${t.borrowAndPay(this.#money(session.amount))}
          </button>`;
      case 'code':
      case 'processing':
        return this.codeStep(
          t.confirm,
          (code, key) => void this.#confirm(code, key),
          commitment({
            t,
            format: this.format,
            session,
            method: t.methodCredit,
            credit: this.#credit,
          }),
        );
      case 'succeeded':
        return loanPaid({
          t,
          format: this.format,
          session,
          earlier: this.message === t.alreadyPaid,
          credit: this.#credit,
        });
      case 'referred':
        return outcome('problem', t.referred, t.referredDetail);
      case 'insufficient-credit': {
        const available = this.#money(session.credit?.available ?? { amount: 0, currency: 'CNY' });
        return outcome(
          'problem',
          t.insufficientCredit,
          t.insufficientCreditDetail(available, this.#money(session.amount)),
          { label: t.checkAgain, run: () => this.refresh() },
        );
      }
      case 'frozen':
        return outcome('problem', t.frozen, t.frozenDetail, {
          label: t.checkAgain,
          run: () => this.refresh(),
        });
      case 'expired':
        return outcome('problem', t.expired, t.expiredDetail);
      case 'error':
        return outcome('problem', this.message || t.genericError);
      default:
        return this.sharedOutcome() ?? nothing;
    }
  }

  /** The enrolment's steps, by the code loaded with a session without a line. */
  #renderEnrolment(
    state: 'enrol' | 'deciding' | 'approved' | 'declined',
  ): TemplateResult | typeof nothing {
    const [view, enrolment] = [this.#enrolmentView.view, this.#enrolment];
    if (!view || !enrolment) return nothing;
    const { messages: t, format, locale } = this;
    return view.enrolmentStep(state, {
      t,
      format,
      locale,
      enrolment,
      onSubmit: () => this.#submitEnrolment(enrolment),
      onContinue: () => {
        this.focusAfterUpdate('[part="term"]:checked');
        this.setState('offers');
      },
      onApplyAgain: () => this.#applyAgain(enrolment),
    });
  }
}
