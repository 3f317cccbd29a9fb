import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Counts down to a bank time (Unix seconds), once a second while the element is on the page:
 * how long a checkout session stays open. The bank decides when it ends; this only shows it,
 * and says when the time is up so the page can stop offering to pay.
 */
export class CountdownController implements ReactiveController {
  /** Whole seconds left; 0 once the time is up. */
  left = 0;

  #until = 0;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly ended: () => void,
  ) {
    host.addController(this);
  }

  /** Counts down to `seconds` (Unix time). */
  until(seconds: number): void {
    this.#until = seconds;
    this.hostConnected();
  }

  hostConnected(): void {
    clearInterval(this.#timer);
    if (!this.#until) return;
    this.#tick();
    if (this.left > 0) this.#timer = setInterval(() => this.#tick(), 1000);
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
  }

  #tick(): void {
    this.left = Math.max(0, Math.ceil(this.#until - Date.now() / 1000));
    if (this.left === 0) {
      clearInterval(this.#timer);
      this.ended();
    }
    this.host.requestUpdate();
  }
}

/** Seconds as a clock a shop owner reads at a glance: `29:05`, `1:00:00`. */
export function clock(seconds: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
