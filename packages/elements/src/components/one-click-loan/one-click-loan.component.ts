import { Task } from '@lit/task';
import {
  creditCodeProblem,
  type ClientCheckoutSession,
  type ConsentTemplate,
  type CreditApplication,
  type CreditLine,
  type LoanOffer,
  type LoanOffers,
} from '@xinghui/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { failureCode, failureWaitSeconds } from '../../base/failure.js';
import { XhFlowElement } from '../../base/flow-element.js';
import { emit } from '../../events/emit.js';
import { baseStyles } from '../../styles/base.styles.js';
import { creditStyles } from '../../styles/credit.styles.js';
import { offerSummary, termKey, termOf, termPicker } from '../../templates/loan-offer.js';
import { outcome } from '../../templates/outcome.js';
import { oneClickLoanMessages, type OneClickLoanMessages } from './one-click-loan.messages.js';
import { oneClickLoanStyles } from './one-click-loan.styles.js';

/**
 * Where the loan is in its flow; reflected as the host's `state` attribute, so pages and tests
 * can see (and style) it.
 */
export type OneClickLoanState =
  | 'loading'
  | 'enrol'
  | 'deciding'
  | 'declined'
  | 'referred'
  | 'offers'
  | 'sending'
  | 'code'
  | 'processing'
  | 'succeeded'
  | 'insufficient-credit'
  | 'frozen'
  | 'expired'
  | 'network-error'
  | 'locked'
  | 'error';

/** Everything the element loads for a session: what it shows depends on which parts exist. */
interface Loaded {
  session: ClientCheckoutSession;
  /** `null`: the shop has no line yet (enrolment). */
  line: CreditLine | null;
  offers?: LoanOffers;
  agreement?: ConsentTemplate;
  consents?: { creditQuery: ConsentTemplate; dataSharing: ConsentTemplate };
}

/** The enrolment form's fields, as typed. */
interface Enrolment {
  business_name: string;
  credit_code: string;
  owner_name: string;
  phone: string;
  months_trading: string;
  credit_query: boolean;
  data_sharing: boolean;
}

type Field = keyof Enrolment;

const EMPTY_ENROLMENT: Enrolment = {
  business_name: '',
  credit_code: '',
  owner_name: '',
  phone: '',
  months_trading: '',
  credit_query: false,
  data_sharing: false,
};

const MOBILE = /^1[3-9]\d{9}$/;

/**
 * Pays a checkout session on credit (受托支付: the bank lends and pays the supplier directly).
 * A shop with a credit line sees its available credit and, for each term, the schedule, total
 * interest, APR and daily rate; accepts the loan agreement; and confirms with a one-time code.
 * A shop without a line enrols on the spot: its details, the credit-query and data-sharing
 * consents (each in full, each its own checkbox), and the bank's instant decision.
 *
 * @summary One-click loan at checkout: enrol, choose a term, accept, confirm by SMS code.
 *
 * @event xh-ready - The session is loaded. `detail: { checkoutSessionId }`
 * @event xh-loan-confirmed - The loan is made and the supplier paid. `detail: { checkoutSessionId, paymentId, loanId }`
 * @event xh-loan-failed - Paying on credit cannot go ahead (declined, not enough credit, a frozen line, a failed confirmation). `detail: { code, message }`
 *
 * @csspart base - The card around everything.
 * @csspart amount - The order amount.
 * @csspart supplier - The supplier's name.
 * @csspart available - The available credit.
 * @csspart enrol-form - The enrolment form.
 * @csspart consent - Each consent text with its checkbox.
 * @csspart apply - The button that gives the consents and applies.
 * @csspart term - Each term's radio button.
 * @csspart offer-summary - The chosen term's cost (APR, daily rate, interest, due dates).
 * @csspart schedule - The chosen term's instalment table.
 * @csspart agreement - The loan agreement text (expandable).
 * @csspart agreement-checkbox - The checkbox that accepts the loan agreement.
 * @csspart borrow - The button that starts borrowing (sends the code).
 * @csspart code-input - The one-time code field.
 * @csspart confirm - The button that confirms the loan with the code.
 * @csspart resend - The button that sends a new code.
 * @csspart status - The live status line (progress and errors).
 *
 * @cssproperty --xh-color-primary - Buttons and accents. Default `#0b57d0`.
 * @cssproperty --xh-color-on-primary - Text on primary buttons. Default `#ffffff`.
 * @cssproperty --xh-color-text - Text. Default `#1f2329`.
 * @cssproperty --xh-color-muted - Labels and hints. Default `#5c6370`.
 * @cssproperty --xh-color-danger - Errors. Default `#b3261e`.
 * @cssproperty --xh-color-success - Success. Default `#1a7f37`.
 * @cssproperty --xh-color-surface - The card's background. Default `#ffffff`.
 * @cssproperty --xh-color-border - The card's border. Default `#dee0e3`.
 * @cssproperty --xh-color-focus - Focus rings. Default `#3370ff`.
 * @cssproperty --xh-radius - The card's corners. Default `0.75rem`.
 * @cssproperty --xh-spacing - Space between rows. Default `0.75rem`.
 * @cssproperty --xh-font-family - Text font.
 *
 * @example
 * ```html
 * <xh-one-click-loan client-secret="cs_…_secret_…" publishable-key="pk_test_…"></xh-one-click-loan>
 * ```
 */
export class XhOneClickLoan extends XhFlowElement<OneClickLoanState> {
  /** The shadow root's styles: theme them with the `--xh-…` custom properties and `::part`. */
  static override styles = [baseStyles, creditStyles, oneClickLoanStyles];

  static override properties = {
    loaded: { state: true, attribute: false },
    selected: { state: true, attribute: false },
    agreementAccepted: { state: true, attribute: false },
    enrolment: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    application: { state: true, attribute: false },
    paymentId: { state: true, attribute: false },
    loanId: { state: true, attribute: false },
  };

  declare private loaded: Loaded | undefined;
  declare private selected: string;
  declare private agreementAccepted: boolean;
  declare private enrolment: Enrolment;
  declare private errors: Partial<Record<Field, string>>;
  declare private application: CreditApplication | undefined;
  declare private paymentId: string;
  declare private loanId: string;

  #announced = false;

  // Outcome blocks have their own heading: the status line only announces these.
  protected override readonly beforeCode = 'offers';
  protected override readonly outcomes: ReadonlySet<OneClickLoanState> = new Set([
    'succeeded',
    'declined',
    'referred',
    'insufficient-credit',
    'frozen',
    'expired',
    'locked',
    'network-error',
    'error',
  ]);

  constructor() {
    super();
    this.selected = '';
    this.agreementAccepted = false;
    this.enrolment = { ...EMPTY_ENROLMENT };
    this.errors = {};
    this.paymentId = '';
    this.loanId = '';
  }

  readonly #load = new Task(this, {
    args: () => this.clientArgs,
    task: ([clientSecret], { signal }) => this.#fetch(clientSecret, signal),
    onComplete: (loaded) => this.#loaded(loaded),
    onError: (error) => this.#failed(error, () => void this.#load.run()),
  });

  /** Reloads the session, the line and the offers (after a repayment, say). */
  refresh(): void {
    this.setState('loading');
    void this.#load.run();
  }

  /** Removed from the page: cancels what is still loading. */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#load.abort();
  }

  protected get messages(): OneClickLoanMessages {
    return oneClickLoanMessages[this.locale];
  }

  get #offer(): LoanOffer | undefined {
    return this.loaded?.offers?.data.find((offer) => termKey(offer) === this.selected);
  }

  /** Reads what the flow needs: the session, the line, then the offers or the consent texts. */
  async #fetch(clientSecret: string, signal: AbortSignal): Promise<Loaded> {
    const client = this.client;
    const options = { signal };
    const session = await client.checkoutSessions.retrieve(clientSecret, options);
    // `credit: null` says the shop has no line: no call that would fail. (A bank from before
    // that field leaves it out, and answers the line's read with `resource_missing`.)
    // An ended session (paid or expired) reads only itself: the bank refuses the rest with
    // `session_not_open` / `session_expired`, and its outcome needs no line.
    const line =
      session.credit === null || session.status !== 'open'
        ? null
        : await client.credit.retrieveLine(clientSecret, options).catch((error: unknown) => {
            if (failureCode(error) === 'resource_missing') return null;
            throw error;
          });
    if (session.status !== 'open' || !session.payment_methods.includes('credit')) {
      return { session, line };
    }
    const locale = this.locale;
    if (!line) {
      const [creditQuery, dataSharing] = await Promise.all([
        client.consents.retrieveTemplate(clientSecret, 'credit_query', { locale }, options),
        client.consents.retrieveTemplate(clientSecret, 'data_sharing', { locale }, options),
      ]);
      return { session, line, consents: { creditQuery, dataSharing } };
    }
    if (line.status !== 'active') return { session, line };
    const [offers, agreement] = await Promise.all([
      client.credit.listLoanOffers(clientSecret, options),
      client.consents.retrieveTemplate(
        clientSecret,
        'loan_agreement',
        { locale, term: this.#offer },
        options,
      ),
    ]);
    return { session, line, offers, agreement };
  }

  #loaded(loaded: Loaded): void {
    const t = this.messages;
    this.loaded = loaded;
    const { session, line, offers } = loaded;
    if (!this.#announced) {
      this.#announced = true;
      emit(this, 'xh-ready', { checkoutSessionId: session.id });
    }
    if (session.status === 'complete') {
      this.paymentId = session.payment ?? '';
      this.loanId = session.loan ?? '';
      this.setState('succeeded', t.alreadyPaid);
    } else if (session.status === 'expired') {
      this.setState('expired', t.expired, true);
    } else if (!session.payment_methods.includes('credit')) {
      this.setState('error', t.creditNotAllowed, true);
    } else if (!line) {
      this.setState('enrol');
    } else if (line.status === 'frozen') {
      this.#cannotBorrow('frozen', 'credit_line_frozen', t.frozen);
    } else if (line.status !== 'active') {
      this.setState('error', t.lineClosed, true);
    } else if (offers && offers.available.amount < session.amount.amount) {
      this.#cannotBorrow('insufficient-credit', 'insufficient_credit', t.insufficientCredit);
    } else {
      if (!offers?.data.some((offer) => termKey(offer) === this.selected)) {
        this.selected = offers?.data[0] ? termKey(offers.data[0]) : '';
      }
      const approved = this.state === 'deciding' && this.application?.limit;
      if (approved) this.focusAfterUpdate('[part="term"]:checked');
      this.setState(
        'offers',
        approved ? t.approved(this.format.money(this.application!.limit!)) : '',
      );
    }
  }

  /** A state where the loan cannot go ahead: shown, focused and told to the page. */
  #cannotBorrow(state: OneClickLoanState, code: string, message: string): void {
    this.focusAfterUpdate('.outcome h2');
    this.setState(state, message, true);
    emit(this, 'xh-loan-failed', { code, message });
  }

  /** Turns any failure into a state with a way forward; `retry` repeats what failed. */
  #failed(error: unknown, retry: () => void, from: OneClickLoanState = 'offers'): void {
    const code = failureCode(error);
    switch (code) {
      case 'session_not_open':
      case 'credit_line_missing':
      case 'credit_line_exists':
      case 'insufficient_credit':
      case 'credit_line_frozen':
        // The bank knows better than what the page loaded: read it again.
        this.refresh();
        break;
      case 'consent_template_outdated':
        this.setState(
          from === 'deciding' ? 'enrol' : 'offers',
          this.messages.templateOutdated,
          true,
        );
        void this.#load.run();
        break;
      default:
        this.showFailure(code, retry, failureWaitSeconds(error));
    }
  }

  // Enrolment

  #input(field: Field, event: Event): void {
    const input = event.currentTarget as HTMLInputElement;
    let value: string | boolean = input.type === 'checkbox' ? input.checked : input.value;
    if (field === 'credit_code' && typeof value === 'string') {
      const upper = value.toUpperCase();
      if (upper !== value) {
        const caret = input.selectionStart;
        input.value = upper;
        input.setSelectionRange(caret, caret);
      }
      value = upper;
    }
    this.enrolment = { ...this.enrolment, [field]: value };
    // The credit code is checked as it is typed; other fields once they were marked wrong.
    if (field === 'credit_code' || this.errors[field]) {
      this.errors = { ...this.errors, [field]: this.#problem(field, false) };
    }
  }

  #blur(field: Field): void {
    if (field === 'credit_code' && this.enrolment.credit_code) {
      this.errors = { ...this.errors, credit_code: this.#problem('credit_code', true) };
    }
  }

  /** What is wrong with a field, if anything; `complete` once the person is done typing. */
  #problem(field: Field, complete: boolean): string | undefined {
    const t = this.messages;
    const value = this.enrolment[field];
    if (typeof value === 'boolean') {
      return field === 'credit_query' && !value && complete ? t.creditQueryRequired : undefined;
    }
    const text = value.trim();
    if (!text) return complete ? t.required : undefined;
    switch (field) {
      case 'credit_code': {
        // While typing, a short code is not wrong yet, but a wrong character already is: the
        // validator reads the part typed so far, padded with zeros (valid in every position).
        const typing = !complete && text.length < 18;
        const problem = creditCodeProblem(typing ? text.padEnd(18, '0') : text);
        if (typing && problem !== 'characters') return undefined;
        return problem ? t.creditCodeProblems[problem] : undefined;
      }
      case 'phone':
        return MOBILE.test(text) || (!complete && text.length < 11 && /^\d*$/.test(text))
          ? undefined
          : t.phoneInvalid;
      case 'months_trading':
        return /^\d{1,4}$/.test(text) && Number(text) <= 1200 ? undefined : t.monthsInvalid;
      default:
        return undefined;
    }
  }

  #submitEnrolment(event: SubmitEvent): void {
    event.preventDefault();
    const fields = Object.keys(EMPTY_ENROLMENT) as Field[];
    const errors: Partial<Record<Field, string>> = {};
    for (const field of fields) {
      const problem = this.#problem(field, true);
      if (problem) errors[field] = problem;
    }
    this.errors = errors;
    const first = fields.find((field) => errors[field]);
    if (first) {
      this.focusAfterUpdate(`#${first.replace('_', '-')}`);
      this.setState('enrol', this.messages.fixErrors, true);
      return;
    }
    void this.#apply();
  }

  async #apply(): Promise<void> {
    const { consents } = this.loaded ?? {};
    if (!consents) return;
    const t = this.messages;
    const clientSecret = this.clientSecret;
    const locale = this.locale;
    const form = this.enrolment;
    this.setState('deciding', t.deciding);
    const options = { signal: this.newAction() };
    try {
      const client = this.client;
      await client.consents.create(
        clientSecret,
        { type: 'credit_query', template_version: consents.creditQuery.version, locale },
        options,
      );
      if (form.data_sharing) {
        await client.consents.create(
          clientSecret,
          { type: 'data_sharing', template_version: consents.dataSharing.version, locale },
          options,
        );
      }
      const application = await client.credit.apply(
        clientSecret,
        {
          business_name: form.business_name.trim(),
          credit_code: form.credit_code.trim(),
          owner_name: form.owner_name.trim(),
          phone: form.phone.trim(),
          months_trading: Number(form.months_trading),
        },
        options,
      );
      this.application = application;
      if (application.status === 'approved') {
        // Still deciding (for the shop owner) until the offers are here.
        void this.#load.run();
      } else if (application.status === 'declined') {
        this.focusAfterUpdate('.outcome h2');
        this.setState('declined', t.declined, true);
        emit(this, 'xh-loan-failed', {
          code: 'credit_declined',
          message: [t.declined, ...application.reasons.map((r) => r.message[locale])].join(' '),
        });
      } else {
        this.focusAfterUpdate('.outcome h2');
        this.setState('referred', t.referred);
        emit(this, 'xh-loan-failed', { code: 'credit_referred', message: t.referred });
      }
    } catch (error) {
      this.#failed(error, () => void this.#apply(), 'deciding');
    }
  }

  // Borrowing

  #startBorrowing(): void {
    if (!this.agreementAccepted) {
      this.focusAfterUpdate('[part="agreement-checkbox"]');
      this.setState('offers', this.messages.agreementRequired, true);
      return;
    }
    void this.#sendCode();
  }

  #sendCode(): Promise<void> {
    const clientSecret = this.clientSecret;
    return this.sendCode((signal) =>
      this.client.checkoutSessions.requestVerificationCode(clientSecret, { signal }),
    );
  }

  async #confirm(code: string, idempotencyKey: string): Promise<void> {
    const offer = this.#offer;
    const agreement = this.loaded?.agreement;
    if (!offer || !agreement) return;
    this.setState('processing', this.messages.processing);
    const signal = this.newAction();
    try {
      const paid = await this.client.checkoutSessions.confirm(
        this.clientSecret,
        {
          payment_method: 'credit',
          term: termOf(offer),
          loan_agreement: {
            template_version: agreement.version,
            locale: agreement.locale === 'en' ? 'en' : 'zh-CN',
          },
          verification_code: code,
        },
        { signal, idempotencyKey },
      );
      this.loaded = { ...this.loaded!, session: paid };
      this.paymentId = paid.payment ?? '';
      this.loanId = paid.loan ?? '';
      this.code.stop();
      this.focusAfterUpdate('.outcome h2');
      this.setState('succeeded', this.messages.succeeded);
      emit(this, 'xh-loan-confirmed', {
        checkoutSessionId: paid.id,
        paymentId: this.paymentId,
        loanId: this.loanId,
      });
    } catch (error) {
      this.#failed(error, () => void this.#confirm(code, idempotencyKey));
      emit(this, 'xh-loan-failed', {
        code: failureCode(error) ?? 'aborted',
        message: this.message || this.messages.genericError,
      });
    }
  }

  // Rendering

  protected override render(): TemplateResult {
    const busy = ['loading', 'deciding', 'sending', 'processing'].includes(this.state);
    return html`
      <div part="base" aria-busy=${busy ? 'true' : 'false'}>
        ${
          this.loaded && this.state !== 'enrol' && this.state !== 'deciding'
            ? this.#renderSummary(this.loaded)
            : nothing
        }
        ${this.#renderStep()} ${this.statusLine(this.messages.loading)}
      </div>
    `;
  }

  #renderSummary({ session, offers }: Loaded): TemplateResult {
    const t = this.messages;
    return html`
      <div class="row">
        <span class="label">${t.amountDue}</span>
        <span part="amount">${this.format.money(session.amount)}</span>
      </div>
      <div class="row">
        <span class="label">${t.payTo}</span>
        <span part="supplier">${session.supplier.business_name}</span>
      </div>
      ${
        offers
          ? html`<div class="row">
              <span class="label">${t.available}</span>
              <span part="available" class="amount">${this.format.money(offers.available)}</span>
            </div>`
          : nothing
      }
    `;
  }

  #renderStep(): TemplateResult | typeof nothing {
    const t = this.messages;
    switch (this.state) {
      case 'enrol':
      case 'deciding':
        return this.#renderEnrolment();
      case 'offers':
      case 'sending':
        return this.#renderOffers();
      case 'code':
      case 'processing':
        return html`${this.#renderChosenTerm()}
        ${this.codeStep(t.confirm, (code, key) => void this.#confirm(code, key))}`;
      case 'succeeded':
        return this.#renderSucceeded();
      case 'declined':
        return outcome(
          'problem',
          t.declined,
          html`<p>${t.declinedReasons}</p>
            <ul class="reasons">
              ${(this.application?.reasons ?? []).map(
                (reason) => html`<li>${reason.message[this.locale]}</li>`,
              )}
            </ul>
            <p>${t.otherWays}</p>`,
        );
      case 'referred':
        return outcome('problem', t.referred, t.referredDetail);
      case 'insufficient-credit': {
        const { session, offers } = this.loaded ?? {};
        return outcome(
          'problem',
          t.insufficientCredit,
          session && offers
            ? t.insufficientCreditDetail(
                this.format.money(offers.available),
                this.format.money(session.amount),
              )
            : '',
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
      case 'locked':
      case 'network-error':
        return this.sharedOutcome() ?? nothing;
      case 'error':
        return outcome('problem', this.message || t.genericError);
      default:
        return nothing;
    }
  }

  #renderEnrolment(): TemplateResult {
    const t = this.messages;
    const busy = this.state === 'deciding';
    const consents = this.loaded?.consents;
    const field = (
      name: Exclude<Field, 'credit_query' | 'data_sharing'>,
      label: string,
      attrs: { hint?: string; inputmode?: string; autocomplete?: string; maxlength?: number } = {},
    ) => {
      const id = name.replace('_', '-');
      const error = this.errors[name];
      const describedBy = [attrs.hint ? `${id}-hint` : '', error ? `${id}-error` : '']
        .filter(Boolean)
        .join(' ');
      return html`<div class="field">
        <label for=${id}>${label}</label>
        <input
          id=${id}
          name=${name}
          part="field-${id}"
          .value=${this.enrolment[name]}
          inputmode=${attrs.inputmode ?? 'text'}
          autocomplete=${attrs.autocomplete ?? 'off'}
          maxlength=${attrs.maxlength ?? 100}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          ?disabled=${busy}
          required
          @input=${(event: Event) => this.#input(name, event)}
          @blur=${() => this.#blur(name)}
        />
        ${attrs.hint ? html`<span id="${id}-hint" class="muted">${attrs.hint}</span>` : nothing}
        ${error ? html`<span id="${id}-error" class="field-error">${error}</span>` : nothing}
      </div>`;
    };
    const consent = (
      name: 'credit_query' | 'data_sharing',
      template: ConsentTemplate | undefined,
      optional: boolean,
    ) => {
      if (!template) return nothing;
      const id = name.replace('_', '-');
      const error = this.errors[name];
      return html`<section part="consent" class="consent" aria-labelledby="${id}-title">
        <h3 id="${id}-title">${template.title}</h3>
        <p class="consent-text">${template.text}</p>
        <div class="check">
          <input
            type="checkbox"
            id="${id}-consent"
            part="consent-checkbox"
            .checked=${this.enrolment[name]}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? `${id}-error` : nothing}
            ?disabled=${busy}
            @change=${(event: Event) => this.#input(name, event)}
          />
          <label for="${id}-consent"
            >${t.agreeTo(template.title)}${optional ? t.optionalConsent : ''}</label
          >
        </div>
        ${error ? html`<span id="${id}-error" class="field-error">${error}</span>` : nothing}
      </section>`;
    };
    return html`<form part="enrol-form" class="enrol" novalidate @submit=${this.#submitEnrolment}>
      <h2>${t.enrolTitle}</h2>
      <p class="muted">${t.enrolIntro}</p>
      ${field('business_name', t.businessName, { autocomplete: 'organization' })}
      ${field('credit_code', t.creditCode, { hint: t.creditCodeHint, maxlength: 18 })}
      ${field('owner_name', t.ownerName, { autocomplete: 'name' })}
      ${field('phone', t.phone, { inputmode: 'tel', autocomplete: 'tel', maxlength: 11 })}
      ${field('months_trading', t.monthsTrading, {
        hint: t.monthsTradingHint,
        inputmode: 'numeric',
        maxlength: 4,
      })}
      ${consent('credit_query', consents?.creditQuery, false)}
      ${consent('data_sharing', consents?.dataSharing, true)}
      <button part="apply" class="primary" type="submit" ?disabled=${busy}>${t.apply}</button>
    </form>`;
  }

  #renderOffers(): TemplateResult | typeof nothing {
    const t = this.messages;
    const { offers, agreement, session } = this.loaded ?? {};
    const offer = this.#offer;
    if (!offers || !agreement || !offer || !session) return nothing;
    const busy = this.state === 'sending';
    return html`
      ${termPicker({
        t,
        format: this.format,
        offers: offers.data,
        selected: this.selected,
        disabled: busy,
        onSelect: (chosen) => (this.selected = termKey(chosen)),
      })}
      ${offerSummary({ t, format: this.format, offer, full: true })}
      <details part="agreement" class="agreement">
        <summary>${agreement.title}</summary>
        <p class="consent-text">${agreement.text}</p>
      </details>
      <div class="check">
        <input
          type="checkbox"
          id="agreement"
          part="agreement-checkbox"
          .checked=${this.agreementAccepted}
          ?disabled=${busy}
          @change=${(event: Event) =>
            (this.agreementAccepted = (event.currentTarget as HTMLInputElement).checked)}
        />
        <label for="agreement">${t.agreementAccept(agreement.title)}</label>
      </div>
      <button
        part="borrow"
        class="primary"
        ?disabled=${busy}
        @click=${() => this.#startBorrowing()}
      >
        ${t.borrowAndPay(this.format.money(session.amount))}
      </button>
    `;
  }

  #renderChosenTerm(): TemplateResult | typeof nothing {
    const offer = this.#offer;
    if (!offer) return nothing;
    return html`<div class="row">
        <span class="label">${this.messages.chooseTerm}</span>
        <span class="chosen-term"
          >${this.messages.termName(offer.repayment_method, offer.length)}</span
        >
      </div>
      ${offerSummary({ t: this.messages, format: this.format, offer, full: false })}`;
  }

  #renderSucceeded(): TemplateResult {
    const t = this.messages;
    const session = this.loaded?.session;
    const due = this.#offer?.schedule.installments.at(-1)?.due_date;
    return outcome(
      'success',
      this.message === t.alreadyPaid ? t.alreadyPaid : t.succeeded,
      html`${
        session
          ? html`<p>
              ${t.succeededDetail(
                this.format.money(session.amount),
                session.supplier.business_name,
              )}
            </p>`
          : nothing
      }
      ${
        due && this.message !== t.alreadyPaid
          ? html`<p class="due-date">${t.dueOn(this.format.day(due))}</p>`
          : nothing
      }
      ${this.loanId ? html`<p class="muted">${t.loanNumber(this.loanId)}</p>` : nothing}`,
    );
  }
}
