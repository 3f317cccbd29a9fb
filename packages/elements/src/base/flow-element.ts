import { newIdempotencyKey, type VerificationCode } from '@xinghui/contract';
import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { FundsChangedController } from '../controllers/funds-changed.controller.js';
import { LoadController } from '../controllers/load.controller.js';
import { VerificationCodeController } from '../controllers/verification-code.controller.js';
import { emit } from '../events/emit.js';
import type { FlowMessages } from '../i18n/common.messages.js';
import { CODE_PATTERN, codeForm, type SummaryRow } from '../templates/code-form.js';
import { outcome } from '../templates/outcome.js';
import { failureCode, failureWaitSeconds } from './failure.js';
import { XhElement } from './xh-element.js';

/**
 * The steps every flow has, whatever else it does: loading, the one-time code (sending it,
 * typing it, the bank confirming), and the failures shown alike. A component's own state type
 * is these and its own steps (`'ready' | 'succeeded' | FlowState`, say).
 */
export type FlowState =
  'loading' | 'sending' | 'code' | 'processing' | 'expired' | 'locked' | 'network-error' | 'error';

/**
 * A component that walks the shop owner through steps: where it is (`state`, reflected as an
 * attribute for pages, CSS and tests, and announced by `xh-state-change`), what the live status
 * line says about it, the one-time code step every money-moving flow has, the failures every
 * flow shows alike, loading from the bank, and re-reading its figures when money moved elsewhere
 * on the page (`xh-funds-changed`).
 *
 * `State` is the component's own steps; the shared ones ({@link FlowState}) are always added.
 *
 * @event xh-state-change - The flow moved to another step. `detail: { state, previous }`
 * @event xh-funds-changed - Money moved (a payment, a loan, a repayment): other components re-read their figures. `detail: { reason }`
 *
 * @slot code-help - Shown beside the one-time code field on the code step: your own help, or in
 *   the sandbox the code the bank "texted" (the demo's sandbox panel).
 *
 * @csspart status - The live status line (progress and errors).
 * @csspart confirm-summary - On the code step: what the code confirms (amount, payee, method…).
 * @csspart code-input - The one-time code field.
 * @csspart confirm - The button that confirms with the code.
 * @csspart resend - The button that sends a new code.
 *
 * @cssproperty --xh-color-primary - Buttons and accents. Default `#0b57d0` (not the error red).
 * @cssproperty --xh-color-on-primary - Text on primary buttons. Default `#ffffff`.
 * @cssproperty --xh-color-text - Text. Default `#1f2329`.
 * @cssproperty --xh-color-muted - Labels and hints. Default `#5c6370`.
 * @cssproperty --xh-color-link - Link-style buttons (resend, details). Default `#1f5bd6`.
 * @cssproperty --xh-color-danger - Errors. Default `#b3261e`.
 * @cssproperty --xh-color-success - Success. Default `#1a7f37`.
 * @cssproperty --xh-color-surface - The card's and the fields' background. Default `#ffffff`.
 * @cssproperty --xh-color-border - The card's border and table rules. Default `#dee0e3`.
 * @cssproperty --xh-color-border-strong - Field borders. Default `#8f959e`.
 * @cssproperty --xh-color-focus - Focus rings. Default `#3370ff`.
 * @cssproperty --xh-radius - The card's corners. Default `0.75rem`.
 * @cssproperty --xh-radius-control - Buttons' and fields' corners. Default `0.5rem`.
 * @cssproperty --xh-spacing - Space between rows. Default `0.75rem`.
 * @cssproperty --xh-font-family - Text font.
 * @cssproperty --xh-font-size - Base text size. Default `1rem`.
 */
export abstract class XhFlowElement<State extends string> extends XhElement {
  static override properties: PropertyDeclarations = {
    state: { reflect: true },
    message: { state: true, attribute: false },
    messageIsError: { state: true, attribute: false },
  };

  /**
   * Where the flow is: reflected as the `state` attribute. Set by the component only.
   *
   * @readonly
   */
  declare state: State | FlowState;

  /** What the status line says now. */
  declare protected message: string;
  declare protected messageIsError: boolean;

  /** States shown as an outcome block with its own heading: the status line only announces them. */
  protected abstract readonly outcomes: ReadonlySet<State | FlowState>;

  /** Where the flow goes back to when no code could be sent (the step that asks for one). */
  protected abstract readonly beforeCode: State | FlowState;

  /** The component's words for what the flow says. */
  protected abstract get messages(): FlowMessages;

  /** The one-time code step: where the code went, tries left, the resend countdown. */
  protected readonly code = new VerificationCodeController(this);

  /** Money moved: tells the page, and hears when another component on it moved money. */
  protected readonly funds = new FundsChangedController(this, () => this.fundsChanged());

  /** What to do again after a network failure (the outcome's retry button). */
  protected retry: (() => void) | undefined;

  /** The loads made by {@link loadTask}: run again by `reload()`, aborted on disconnect. */
  readonly #loads: { run(): Promise<void>; abort(): void }[] = [];
  #action: AbortController | undefined;
  /** How the last code was asked for: "send again" and "get a new code" ask the same way. */
  #codeRequest: ((signal: AbortSignal) => Promise<VerificationCode>) | undefined;
  /**
   * One idempotency key per code the shop owner submits. It lives while the bank's answer is
   * awaited or was lost (a retry after a network failure reuses it); any other state ends it.
   */
  #confirmKey = '';

  constructor() {
    super();
    this.state = 'loading';
    this.message = '';
    this.messageIsError = false;
  }

  /** Removed from the page: cancels what is still loading or being confirmed. */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#action?.abort();
    for (const load of this.#loads) load.abort();
  }

  /**
   * Reads everything again from the bank, from the loading step: what each component's public
   * `refresh()` does (after a top-up, say).
   */
  protected reload(): void {
    this.setState('loading');
    for (const load of this.#loads) void load.run();
  }

  /**
   * The load every component starts with: `fetch` runs when the element has a client secret
   * and a client (and again whenever those change, on `reload()`, and when money moved elsewhere); `loaded` gets its
   * result, `failed` whatever it threw.
   */
  protected loadTask<T>(
    fetch: (clientSecret: string, signal: AbortSignal) => Promise<T>,
    loaded: (value: T) => void,
    failed: (error: unknown) => void,
  ): void {
    this.#loads.push(
      new LoadController(this, {
        args: () => this.clientArgs,
        load: ([clientSecret], signal) => fetch(clientSecret, signal),
        loaded,
        failed,
      }),
    );
  }

  /**
   * Another component on the page moved money: read the figures again, staying on the step the
   * shop owner is on (a component's `loaded` decides what a fresh read changes).
   */
  protected fundsChanged(): void {
    for (const load of this.#loads) void load.run();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const previous = changed.get('state');
    if (previous !== undefined && previous !== this.state) {
      emit(this, 'xh-state-change', { state: this.state, previous });
    }
  }

  /** The signal of the next bank call; the one before is aborted, as is any on disconnect. */
  protected newAction(): AbortSignal {
    this.#action?.abort();
    this.#action = new AbortController();
    return this.#action.signal;
  }

  /** Asks the bank to text the shop owner a code (`request`), then shows the code step. */
  protected async sendCode(
    request: (signal: AbortSignal) => Promise<VerificationCode>,
  ): Promise<void> {
    const t = this.messages;
    this.#codeRequest = request;
    this.setState('sending', t.sendingCode);
    try {
      const sent = await request(this.newAction());
      this.code.sent(sent);
      this.focusAfterUpdate('[part="code-input"]');
      this.setState('code', t.codeSentTo(sent.phone_masked));
    } catch (error) {
      this.showFailure(
        failureCode(error),
        () => void this.sendCode(request),
        failureWaitSeconds(error),
      );
    }
  }

  /** Asks for a new code the way the last one was asked for. */
  #resendCode(): void {
    if (this.#codeRequest) void this.sendCode(this.#codeRequest);
  }

  /**
   * The code step: the form for the code the shop owner was texted, busy while the bank
   * confirms. A code that is not six digits is refused here, sending nothing; `confirm` gets a
   * well-formed code and the idempotency key of this submission. `summary` restates, beside the
   * code field, what the code confirms (amount, payee, method…).
   */
  protected codeStep(
    confirmLabel: string,
    confirm: (code: string, idempotencyKey: string) => void,
    summary: readonly SummaryRow[] = [],
  ): TemplateResult {
    return codeForm({
      t: this.messages,
      confirmLabel,
      summary,
      busy: this.state === 'processing',
      resendInSeconds: this.code.resendInSeconds,
      onSubmit: (code) => {
        if (!CODE_PATTERN.test(code)) {
          this.focusAfterUpdate('[part="code-input"]');
          this.setState('code', this.messages.codeHint, true);
          return;
        }
        this.#confirmKey ||= newIdempotencyKey();
        confirm(code, this.#confirmKey);
      },
      onResend: () => this.#resendCode(),
    });
  }

  /** The outcome blocks every flow shows alike: a locked code, and a network failure. */
  protected sharedOutcome(): TemplateResult | undefined {
    const t = this.messages;
    switch (this.state) {
      case 'locked':
        return outcome('problem', t.codeLocked, '', {
          label: t.getNewCode,
          run: () => this.#resendCode(),
        });
      case 'network-error':
        return outcome('problem', t.networkError, t.networkErrorDetail, {
          label: t.retry,
          run: () => this.retry?.(),
        });
      default:
        return undefined;
    }
  }

  /**
   * Shows what every flow shows alike: a network failure (with `retry`), the session's end, the
   * code step's refusals, a setup error, and anything unexpected (in the component's words, with
   * the bank's code). A component handles its own codes first and hands the rest here.
   *
   * @param waitSeconds what the bank asked to wait (`Retry-After`), for `rate_limited`
   */
  protected showFailure(code: string | undefined, retry: () => void, waitSeconds?: number): void {
    const t = this.messages;
    switch (code) {
      case undefined: // aborted on purpose: the element left the page
        return;
      case 'network_error':
        this.retry = retry;
        this.focusAfterUpdate('.outcome h2');
        this.setState('network-error', t.networkError, true);
        break;
      case 'session_expired':
        this.code.stop();
        this.focusAfterUpdate('.outcome h2');
        this.setState('expired', t.expired, true);
        break;
      case 'verification_code_invalid':
        this.code.wrongCode();
        this.focusAfterUpdate('[part="code-input"]');
        this.setState('code', t.wrongCode(this.code.attemptsLeft), true);
        break;
      case 'verification_code_expired':
        this.focusAfterUpdate('[part="code-input"]');
        this.setState('code', t.codeExpired, true);
        break;
      case 'verification_code_locked':
        this.focusAfterUpdate('.outcome h2');
        this.setState('locked', t.codeLocked, true);
        break;
      case 'rate_limited':
        // The code budgets of the bank: no code, or no check of one, until the wait is over; the
        // resend button counts that wait down.
        if (this.code.phoneMasked) this.code.waitBeforeResend(Math.max(1, waitSeconds ?? 60));
        this.setState(
          this.code.phoneMasked ? 'code' : this.beforeCode,
          t.rateLimited(Math.max(1, waitSeconds ?? 60)),
          true,
        );
        break;
      case 'resend_too_soon':
        this.setState(
          this.code.phoneMasked ? 'code' : this.beforeCode,
          t.tooSoon(Math.max(1, this.code.resendInSeconds)),
          true,
        );
        break;
      case 'setup_error':
        this.setState('error', t.setupError, true);
        break;
      default:
        this.setState('error', t.unexpected(code), true);
    }
  }

  protected setState(state: State | FlowState, message = '', isError = false): void {
    if (state !== 'processing' && state !== 'network-error') this.#confirmKey = '';
    this.state = state;
    this.message = message;
    this.messageIsError = isError;
  }

  /**
   * The live status line (part `status`): progress and errors, announced politely; visually
   * hidden under an outcome block, which says the same in its heading.
   */
  protected statusLine(loadingText: string): TemplateResult {
    const classes = [
      this.messageIsError && 'error',
      this.outcomes.has(this.state) && 'visually-hidden',
    ];
    return html`<p
      part="status"
      role="status"
      aria-live="polite"
      class=${classes.filter(Boolean).join(' ')}
    >
      ${this.state === 'loading' ? loadingText : this.message}
    </p>`;
  }
}
