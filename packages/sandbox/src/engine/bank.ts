import { silentLogger, type Logger } from '../logger.js';
import type { Store } from '../store/store.js';
import { ApiError } from './core/api-error.js';
import { clockNow } from './core/clock.js';
import type { Context } from './core/context.js';
import { discardingOutbox, type Outbox } from './core/outbox.js';
import type { PartnerRecord } from './core/records.js';
import { runDueTimers } from './due-timers.js';

/** Options of a {@link Bank} beyond its store, log and clock. */
export interface BankOptions {
  /**
   * Where webhook attempts go once their transaction has committed. `createSandbox` wires the
   * webhook sender in here; the Bank knows only the interface.
   * @default an outbox that sends nothing
   */
  outbox?: Outbox;
}

/** How an operation ended, as seen inside its transaction just before it commits. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * The bank's engine behind one store: it runs each operation as one transaction for one
 * partner, at that partner's clock time, and knows nothing of HTTP.
 */
export class Bank {
  /** Takes webhook attempts once their transactions commit. */
  readonly outbox: Outbox;

  constructor(
    readonly store: Store,
    readonly log: Logger = silentLogger,
    /** The wall clock in milliseconds; test clocks add their offsets to it. */
    readonly wallClock: () => number = Date.now,
    options: BankOptions = {},
  ) {
    this.outbox = options.outbox ?? discardingOutbox;
  }

  /**
   * Runs `work` as one transaction. Timers that fell due run first, in a transaction of their
   * own, so a refused request cannot undo them. `beforeCommit` sees the outcome inside the
   * transaction (the HTTP layer stores idempotent responses there, with the effects).
   * Effects outside the database run after the commit (`Store.afterCommit`), which for a
   * store that groups commits comes after this returns: the caller awaits `store.committed()`
   * before answering.
   *
   * @throws ApiError when the operation refuses; its writes are rolled back unless the error
   *   asks to commit them (a wrong one-time code still counts as a try)
   */
  run<T>(
    partnerId: string,
    request: Context['request'],
    work: (ctx: Context) => T,
    beforeCommit?: (ctx: Context, outcome: Outcome<T>) => void,
  ): T {
    // One reading of the clock for both transactions: a session cannot expire between them.
    const wallMs = this.wallClock();
    if (this.#timersDue(partnerId, wallMs))
      this.#transaction(partnerId, wallMs, null, runDueTimers);
    return this.#transaction(partnerId, wallMs, request, work, beforeCommit);
  }

  /** A read outside any transaction, so a request with nothing due opens only one. */
  #timersDue(partnerId: string, wallMs: number): boolean {
    const partner = this.store.get<PartnerRecord>('partners', partnerId);
    return partner?.next_timer_at != null && partner.next_timer_at <= clockNow(partner, wallMs);
  }

  /** Runs each effect; one that throws is logged and the others still run. */
  #runEffects(effects: (() => void)[]): void {
    for (const effect of effects) {
      try {
        effect();
      } catch (error) {
        this.log({ msg: 'after-commit effect failed', error: String(error) });
      }
    }
  }

  #transaction<T>(
    partnerId: string,
    wallMs: number,
    request: Context['request'],
    work: (ctx: Context) => T,
    beforeCommit?: (ctx: Context, outcome: Outcome<T>) => void,
  ): T {
    const afterCommit: (() => void)[] = [];
    let committedError: ApiError | undefined;
    const value = this.store.transaction(() => {
      const partner = this.store.get<PartnerRecord>('partners', partnerId);
      if (!partner) throw new Error(`No partner ${partnerId}`);
      const ctx: Context = {
        store: this.store,
        partner,
        now: clockNow(partner, wallMs),
        request,
        afterCommit,
        outbox: this.outbox,
        log: this.log,
      };
      try {
        const result = work(ctx);
        beforeCommit?.(ctx, { ok: true, value: result });
        return result;
      } catch (error) {
        if (!(error instanceof ApiError && error.options.commit)) throw error;
        committedError = error;
        beforeCommit?.(ctx, { ok: false, error });
        return undefined as T;
      }
    });
    // What leaves the process (webhooks, printed codes) waits for the commit, and never leaves
    // for writes a failed commit threw away.
    if (afterCommit.length > 0) this.store.afterCommit(() => this.#runEffects(afterCommit));
    if (committedError) throw committedError;
    return value;
  }
}
