import type { VerificationCode } from '@xinghui/contract';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The one-time-code step's state, shared by every component that moves money: where the code
 * went (masked phone), how many tries are left, and the countdown until a new code may be sent.
 * The bank enforces all of it; this only shows it.
 */
export class VerificationCodeController implements ReactiveController {
  phoneMasked = '';
  attemptsLeft = 0;
  resendInSeconds = 0;

  #timer: ReturnType<typeof setInterval> | undefined;
  #resendAt = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** A code was sent: start the resend countdown from the bank's own times. */
  sent(code: VerificationCode): void {
    this.phoneMasked = code.phone_masked;
    this.attemptsLeft = code.attempts_remaining;
    this.stop();
    this.#resendAt = Date.now() + (code.resend_available_at - code.created) * 1000;
    this.#tick();
    this.#timer = setInterval(() => this.#tick(), 1000);
  }

  /** The bank asked to wait before another code (`rate_limited`): count that wait down instead. */
  waitBeforeResend(seconds: number): void {
    this.stop();
    this.#resendAt = Date.now() + seconds * 1000;
    this.#tick();
    this.#timer = setInterval(() => this.#tick(), 1000);
  }

  /** The bank refused a code: one try fewer. */
  wrongCode(): void {
    this.attemptsLeft = Math.max(0, this.attemptsLeft - 1);
    this.host.requestUpdate();
  }

  /** Stops the countdown (the step is over). */
  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }

  #tick(): void {
    this.resendInSeconds = Math.max(0, Math.ceil((this.#resendAt - Date.now()) / 1000));
    if (this.resendInSeconds === 0) this.stop();
    this.host.requestUpdate();
  }
}
