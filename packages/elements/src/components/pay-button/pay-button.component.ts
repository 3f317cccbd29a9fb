import { Task } from '@lit/task';
import {
  formatMoney,
  money,
  newIdempotencyKey,
  type ClientCheckoutSession,
  type Money,
} from '@xinghui/contract';
import { isXinghuiError, XinghuiConnectionError } from '@xinghui/sdk';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { clientFor } from '../../configure.js';
import { emit } from '../../events/emit.js';
import { localeOf, messagesFor, type Messages } from '../../i18n/messages.js';
import { payButtonStyles } from './pay-button.styles.js';

/**
 * Where the pay button is in its flow; reflected as the host's `state` attribute, so pages
 * and tests can see (and style) it.
 */
export type PayButtonState =
  | 'loading'
  | 'ready'
  | 'sending'
  | 'code'
  | 'processing'
  | 'succeeded'
  | 'insufficient'
  | 'expired'
  | 'locked'
  | 'network-error'
  | 'error';

/** What to do again after a network failure. */
type Retry = () => void;

const CODE_PATTERN = /^\d{6}$/;

/** States shown as an outcome block with its own heading: the status line only announces them. */
const OUTCOMES: ReadonlySet<PayButtonState> = new Set([
  'succeeded',
  'insufficient',
  'expired',
  'locked',
  'network-error',
  'error',
]);

/**
 * Pays a checkout session from the shop's Xinghui Wallet: shows the amount, the supplier and
 * the wallet balance, sends a one-time code to the shop owner's phone, and confirms with it.
 * The amount and the payee come from the session your server created; the page cannot
 * change them.
 *
 * @summary One-click wallet payment of a checkout session, confirmed by SMS code.
 *
 * @event xh-ready - The session is loaded. `detail: { checkoutSessionId }`
 * @event xh-payment-succeeded - The supplier is paid. `detail: { checkoutSessionId, paymentId, amount }`
 * @event xh-payment-failed - A payment attempt failed. `detail: { code, message }`
 *
 * @csspart base - The card around everything.
 * @csspart amount - The amount due.
 * @csspart supplier - The supplier's name.
 * @csspart balance - The wallet balance.
 * @csspart pay - The button that starts paying (sends the code).
 * @csspart code-input - The one-time code field.
 * @csspart confirm - The button that confirms the payment with the code.
 * @csspart resend - The button that sends a new code.
 * @csspart status - The live status line (progress and errors).
 *
 * @cssproperty --xh-color-primary - Buttons and accents. Default `#c7000b`.
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
 * <xh-pay-button client-secret="cs_…_secret_…" publishable-key="pk_test_…"></xh-pay-button>
 * ```
 */
export class XhPayButton extends LitElement {
  static override styles = payButtonStyles;

  // Reactive properties are declared in `static properties`, not with decorators: lowering
  // decorators for browsers also lowers every `#private` member to WeakMaps, which cost the CDN
  // file about 1.4 KB min+gzip for this one class. Internal state also says `attribute: false`
  // (implied by `state` for lit) so the custom-elements manifest does not list it as attributes.
  static override properties = {
    clientSecret: { attribute: 'client-secret' },
    publishableKey: { attribute: 'publishable-key' },
    apiBase: { attribute: 'api-base' },
    state: { reflect: true },
    session: { state: true, attribute: false },
    message: { state: true, attribute: false },
    messageIsError: { state: true, attribute: false },
    phoneMasked: { state: true, attribute: false },
    attemptsLeft: { state: true, attribute: false },
    resendInSeconds: { state: true, attribute: false },
    paymentId: { state: true, attribute: false },
  };

  /** The client secret of the checkout session, from your server. */
  declare clientSecret: string;

  /** Your publishable key, `pk_test_…`; or call `configure()` once for the page. */
  declare publishableKey: string;

  /** The bank's API address; defaults to the page-wide `configure()` value, else the sandbox. */
  declare apiBase: string;

  /** Where the flow is (read-only): reflected as the `state` attribute. */
  declare state: PayButtonState;

  declare private session: ClientCheckoutSession | undefined;
  declare private message: string;
  declare private messageIsError: boolean;
  declare private phoneMasked: string;
  declare private attemptsLeft: number;
  declare private resendInSeconds: number;
  declare private paymentId: string;

  #action: AbortController | undefined;
  #retry: Retry | undefined;
  #resendTimer: ReturnType<typeof setInterval> | undefined;
  #resendAt = 0;
  /** One idempotency key per code the shop owner submits: a retry after a lost answer reuses it. */
  #confirmKey = '';
  #focusAfterUpdate: string | undefined;

  readonly #load = new Task(this, {
    args: () => [this.clientSecret, this.publishableKey, this.apiBase] as const,
    task: ([clientSecret, publishableKey, apiBase], { signal }) =>
      clientFor(publishableKey, apiBase).checkoutSessions.retrieve(clientSecret, { signal }),
    onComplete: (session) => this.#loaded(session),
    onError: (error) => this.#failed(error, () => void this.#load.run()),
  });

  constructor() {
    super();
    this.clientSecret = '';
    this.publishableKey = '';
    this.apiBase = '';
    this.state = 'loading';
    this.message = '';
    this.messageIsError = false;
    this.phoneMasked = '';
    this.attemptsLeft = 0;
    this.resendInSeconds = 0;
    this.paymentId = '';
  }

  /** Reloads the session: its status and the wallet balance (after a top-up, say). */
  refresh(): void {
    this.#setState('loading');
    void this.#load.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#load.abort();
    this.#action?.abort();
    this.#stopResendTimer();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusAfterUpdate) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusAfterUpdate)?.focus();
      this.#focusAfterUpdate = undefined;
    }
  }

  get #t(): Messages {
    return messagesFor(localeOf(this));
  }

  #money(value: Money): string {
    return formatMoney(value, localeOf(this));
  }

  #setState(state: PayButtonState, message = '', isError = false): void {
    this.state = state;
    this.message = message;
    this.messageIsError = isError;
  }

  #loaded(session: ClientCheckoutSession): void {
    const first = this.session === undefined;
    this.session = session;
    if (session.status === 'complete') {
      this.paymentId = session.payment ?? '';
      this.#setState('succeeded', this.#t.alreadyPaid);
    } else if (session.status === 'expired') {
      this.#setState('expired', this.#t.expired, true);
    } else if (session.wallet.balance.amount < session.amount.amount) {
      this.#setState('insufficient', this.#t.insufficient, true);
    } else {
      this.#setState('ready');
    }
    if (first) emit(this, 'xh-ready', { checkoutSessionId: session.id });
  }

  /** Turns any failure into a state with a way forward; `retry` repeats what failed. */
  #failed(error: unknown, retry: Retry): void {
    if (error instanceof DOMException && error.name === 'AbortError') return;
    const t = this.#t;
    if (error instanceof XinghuiConnectionError) {
      this.#retry = retry;
      this.#setState('network-error', t.networkError, true);
      return;
    }
    const code = isXinghuiError(error) ? (error.code ?? '') : '';
    switch (code) {
      case 'session_expired':
        this.#setState('expired', t.expired, true);
        break;
      case 'session_not_open':
        this.refresh();
        break;
      case 'insufficient_balance':
        this.#setState('insufficient', t.insufficient, true);
        void this.#load.run();
        break;
      case 'verification_code_invalid':
        this.attemptsLeft = Math.max(0, this.attemptsLeft - 1);
        this.#focusAfterUpdate = '[part="code-input"]';
        this.#setState('code', t.wrongCode(this.attemptsLeft), true);
        break;
      case 'verification_code_expired':
        this.#setState('code', t.codeExpired, true);
        break;
      case 'verification_code_locked':
        this.#setState('locked', t.codeLocked, true);
        break;
      case 'verification_code_required':
        this.#setState('ready', t.genericError, true);
        break;
      case 'resend_too_soon':
        this.#setState(
          this.phoneMasked ? 'code' : 'ready',
          t.tooSoon(Math.max(1, this.resendInSeconds)),
          true,
        );
        break;
      default:
        this.#setState('error', code ? (error as Error).message : t.setupError, true);
    }
  }

  async #sendCode(): Promise<void> {
    const clientSecret = this.clientSecret;
    this.#setState('sending', this.#t.sendingCode);
    this.#action = new AbortController();
    try {
      const sent = await clientFor(
        this.publishableKey,
        this.apiBase,
      ).checkoutSessions.requestVerificationCode(clientSecret, { signal: this.#action.signal });
      this.phoneMasked = sent.phone_masked;
      this.attemptsLeft = sent.attempts_remaining;
      this.#startResendTimer(sent.resend_available_at - sent.created);
      this.#focusAfterUpdate = '[part="code-input"]';
      this.#setState('code', this.#t.codeSentTo(sent.phone_masked));
    } catch (error) {
      this.#failed(error, () => void this.#sendCode());
    }
  }

  async #confirm(code: string): Promise<void> {
    if (!CODE_PATTERN.test(code)) {
      this.#focusAfterUpdate = '[part="code-input"]';
      this.#setState('code', this.#t.codeHint, true);
      return;
    }
    this.#setState('processing', this.#t.processing);
    this.#action = new AbortController();
    try {
      const paid = await clientFor(this.publishableKey, this.apiBase).checkoutSessions.confirm(
        this.clientSecret,
        { payment_method: 'wallet', verification_code: code },
        { signal: this.#action.signal, idempotencyKey: this.#confirmKey },
      );
      this.session = paid;
      this.paymentId = paid.payment ?? '';
      this.#stopResendTimer();
      this.#focusAfterUpdate = '.outcome h2';
      this.#setState('succeeded', this.#t.succeeded);
      emit(this, 'xh-payment-succeeded', {
        checkoutSessionId: paid.id,
        paymentId: this.paymentId,
        amount: money(paid.amount.amount, paid.amount.currency as 'CNY'),
      });
    } catch (error) {
      this.#failed(error, () => void this.#confirm(code));
      if (this.state !== 'network-error') this.#confirmKey = '';
      const failure = isXinghuiError(error) ? (error.code ?? 'error') : 'error';
      emit(this, 'xh-payment-failed', {
        code: error instanceof XinghuiConnectionError ? 'network_error' : failure,
        message: this.message,
      });
    }
  }

  #startResendTimer(seconds: number): void {
    this.#stopResendTimer();
    this.#resendAt = Date.now() + seconds * 1000;
    const tick = () => {
      this.resendInSeconds = Math.max(0, Math.ceil((this.#resendAt - Date.now()) / 1000));
      if (this.resendInSeconds === 0) this.#stopResendTimer();
    };
    tick();
    this.#resendTimer = setInterval(tick, 1000);
  }

  #stopResendTimer(): void {
    clearInterval(this.#resendTimer);
    this.#resendTimer = undefined;
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('[part="code-input"]');
    this.#confirmKey ||= newIdempotencyKey();
    void this.#confirm(input?.value.trim() ?? '');
  }

  protected override render(): TemplateResult {
    const busy =
      this.state === 'loading' || this.state === 'sending' || this.state === 'processing';
    return html`
      <div part="base" aria-busy=${busy ? 'true' : 'false'}>
        ${this.session ? this.#renderSummary(this.session) : nothing} ${this.#renderStep()}
        <p
          part="status"
          role="status"
          aria-live="polite"
          class="${this.messageIsError ? 'error' : ''} ${OUTCOMES.has(this.state) ? 'visually-hidden' : ''}"
        >
          ${this.state === 'loading' ? this.#t.loading : this.message}
        </p>
      </div>
    `;
  }

  #renderSummary(session: ClientCheckoutSession): TemplateResult {
    const t = this.#t;
    return html`
      <div class="row">
        <span class="label">${t.amountDue}</span>
        <span part="amount">${this.#money(session.amount)}</span>
      </div>
      <div class="row">
        <span class="label">${t.payTo}</span>
        <span part="supplier">${session.supplier.business_name}</span>
      </div>
      <div class="row">
        <span class="label">${t.walletBalance}</span>
        <span part="balance">${this.#money(session.wallet.balance)}</span>
      </div>
    `;
  }

  #renderStep(): TemplateResult | typeof nothing {
    const t = this.#t;
    switch (this.state) {
      case 'ready':
      case 'sending':
        return html`<button
          part="pay"
          class="primary"
          ?disabled=${this.state === 'sending'}
          @click=${() => void this.#sendCode()}
        >
          ${t.payWithWallet}
        </button>`;
      case 'code':
      case 'processing':
        return this.#renderCodeForm();
      case 'succeeded':
        return html`<div class="outcome success">
          <h2 tabindex="-1">${t.succeeded}</h2>
          ${
            this.session
              ? html`<p>
                  ${t.succeededDetail(this.#money(this.session.amount), this.session.supplier.business_name)}
                </p>`
              : nothing
          }
          ${this.paymentId ? html`<p class="muted">${this.paymentId}</p>` : nothing}
        </div>`;
      case 'insufficient': {
        const session = this.session;
        const shortfall = session ? session.amount.amount - session.wallet.balance.amount : 0;
        return this.#renderProblem(
          t.insufficient,
          shortfall > 0
            ? t.insufficientDetail(this.#money({ amount: shortfall, currency: 'CNY' }))
            : '',
          t.refreshBalance,
          () => this.refresh(),
        );
      }
      case 'expired':
        return this.#renderProblem(t.expired, t.expiredDetail);
      case 'locked':
        return this.#renderProblem(t.codeLocked, '', t.getNewCode, () => void this.#sendCode());
      case 'network-error':
        return this.#renderProblem(t.networkError, t.networkErrorDetail, t.retry, () =>
          this.#retry?.(),
        );
      case 'error':
        return this.#renderProblem(t.genericError, '');
      default:
        return nothing;
    }
  }

  #renderCodeForm(): TemplateResult {
    const t = this.#t;
    const processing = this.state === 'processing';
    return html`
      <form @submit=${this.#onSubmit} novalidate>
        <label for="code">${t.codeLabel}</label>
        <input
          id="code"
          part="code-input"
          inputmode="numeric"
          autocomplete="one-time-code"
          maxlength="6"
          pattern="[0-9]{6}"
          aria-describedby="code-hint"
          ?disabled=${processing}
          required
        />
        <span id="code-hint" class="muted">${t.codeHint}</span>
        <button part="confirm" class="primary" type="submit" ?disabled=${processing}>
          ${t.confirm}
        </button>
        <div class="actions">
          <button
            part="resend"
            class="link"
            type="button"
            ?disabled=${processing || this.resendInSeconds > 0}
            @click=${() => void this.#sendCode()}
          >
            ${this.resendInSeconds > 0 ? t.resendIn(this.resendInSeconds) : t.resend}
          </button>
        </div>
      </form>
    `;
  }

  #renderProblem(
    title: string,
    detail: string,
    action?: string,
    onAction?: () => void,
  ): TemplateResult {
    return html`<div class="outcome problem">
      <h2 tabindex="-1">${title}</h2>
      ${detail ? html`<p>${detail}</p>` : nothing}
      ${action ? html`<button class="secondary" @click=${onAction}>${action}</button>` : nothing}
    </div>`;
  }
}
