import { newIdempotencyKey, type VerificationCode } from '@xinghui/contract';
import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { VerificationCodeController } from '../controllers/verification-code.controller.js';
import type { FlowMessages } from '../i18n/common.messages.js';
import { CODE_PATTERN, codeForm } from '../templates/code-form.js';
import { outcome } from '../templates/outcome.js';
import { failureCode, failureWaitSeconds } from './failure.js';
import { XhElement } from './xh-element.js';

/**
 * A component that walks the shop owner through steps: where it is (`state`, reflected as an
 * attribute for pages, CSS and tests), what the live status line says about it, the one-time
 * code step every money-moving flow has, and the failures every flow shows alike. Each flow's
 * states include `sending`, `code`, `locked`, `expired`, `network-error` and `error`.
 */
export abstract class XhFlowElement<State extends string> extends XhElement {
  static override properties: PropertyDeclarations = {
    state: { reflect: true },
    message: { state: true, attribute: false },
    messageIsError: { state: true, attribute: false },
  };

  /** Where the flow is (read-only): reflected as the `state` attribute. */
  declare state: State;

  /** What the status line says now. */
  declare protected message: string;
  declare protected messageIsError: boolean;

  /** States shown as an outcome block with its own heading: the status line only announces them. */
  protected abstract readonly outcomes: ReadonlySet<State>;

  /** Where the flow goes back to when no code could be sent (the step that asks for one). */
  protected abstract readonly beforeCode: State;

  /** The component's words for what the flow says. */
  protected abstract get messages(): FlowMessages;

  /** The one-time code step: where the code went, tries left, the resend countdown. */
  protected readonly code = new VerificationCodeController(this);

  /** What to do again after a network failure (the outcome's retry button). */
  protected retry: (() => void) | undefined;

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
    this.state = 'loading' as State;
    this.message = '';
    this.messageIsError = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#action?.abort();
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
    this.setState('sending' as State, t.sendingCode);
    try {
      const sent = await request(this.newAction());
      this.code.sent(sent);
      this.focusAfterUpdate('[part="code-input"]');
      this.setState('code' as State, t.codeSentTo(sent.phone_masked));
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
   * well-formed code and the idempotency key of this submission.
   */
  protected codeStep(
    confirmLabel: string,
    confirm: (code: string, idempotencyKey: string) => void,
  ): TemplateResult {
    return codeForm({
      t: this.messages,
      confirmLabel,
      busy: this.state === 'processing',
      resendInSeconds: this.code.resendInSeconds,
      onSubmit: (code) => {
        if (!CODE_PATTERN.test(code)) {
          this.focusAfterUpdate('[part="code-input"]');
          this.setState('code' as State, this.messages.codeHint, true);
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
    switch (this.state as string) {
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
        this.setState('network-error' as State, t.networkError, true);
        break;
      case 'session_expired':
        this.code.stop();
        this.focusAfterUpdate('.outcome h2');
        this.setState('expired' as State, t.expired, true);
        break;
      case 'verification_code_invalid':
        this.code.wrongCode();
        this.focusAfterUpdate('[part="code-input"]');
        this.setState('code' as State, t.wrongCode(this.code.attemptsLeft), true);
        break;
      case 'verification_code_expired':
        this.focusAfterUpdate('[part="code-input"]');
        this.setState('code' as State, t.codeExpired, true);
        break;
      case 'verification_code_locked':
        this.focusAfterUpdate('.outcome h2');
        this.setState('locked' as State, t.codeLocked, true);
        break;
      case 'rate_limited':
        // The code budgets of the bank: no code, or no check of one, until the wait is over; the
        // resend button counts that wait down.
        if (this.code.phoneMasked) this.code.waitBeforeResend(Math.max(1, waitSeconds ?? 60));
        this.setState(
          this.code.phoneMasked ? ('code' as State) : this.beforeCode,
          t.rateLimited(Math.max(1, waitSeconds ?? 60)),
          true,
        );
        break;
      case 'resend_too_soon':
        this.setState(
          this.code.phoneMasked ? ('code' as State) : this.beforeCode,
          t.tooSoon(Math.max(1, this.code.resendInSeconds)),
          true,
        );
        break;
      case 'setup_error':
        this.setState('error' as State, t.setupError, true);
        break;
      default:
        this.setState('error' as State, t.unexpected(code), true);
    }
  }

  protected setState(state: State, message = '', isError = false): void {
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
