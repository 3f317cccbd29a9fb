import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a {@link LoadController} reads, when, and where the result goes. */
export interface LoadOptions<Args extends readonly unknown[], T> {
  /** What the load depends on: it runs again before a render in which one of these changed. */
  args: () => Args;
  /** Reads the value; `signal` aborts when a newer run starts or {@link LoadController.abort}. */
  load: (args: Args, signal: AbortSignal) => Promise<T>;
  /** The value of the latest run (an older run's value is dropped). */
  loaded: (value: T) => void;
  /** What the latest run threw, an abort included. */
  failed: (error: unknown) => void;
}

/**
 * Loads something a component shows, and loads it again when what it depends on changed: only
 * what our components used of `@lit/task` (which cost a page 0.6 KB min+gzip). Before each
 * render it compares `args` with the last run's, one by one as lit compares properties
 * (`Object.is`), and runs when one changed (and before the first render); `run()` reads again
 * whatever changed. A new run aborts the one before, whose result is then dropped. The host
 * renders again when a run starts and when it ends.
 */
export class LoadController<Args extends readonly unknown[], T> implements ReactiveController {
  #args: Args | undefined;
  #abort: AbortController | undefined;
  /** Counts the runs: only the latest one's result is passed on. */
  #runs = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LoadOptions<Args, T>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.options.args();
    const last = this.#args;
    if (!last || args.some((arg, i) => !Object.is(arg, last[i]))) void this.run(args);
  }

  /** Runs the load now (with `args`, else the current ones), aborting a run still going. */
  async run(args: Args = this.options.args()): Promise<void> {
    this.#args = args;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const run = ++this.#runs;
    this.host.requestUpdate();
    let value: T | undefined;
    let error: unknown;
    let threw = false;
    try {
      value = await this.options.load(args, abort.signal);
    } catch (thrown) {
      threw = true;
      error = thrown;
    }
    if (run !== this.#runs) return;
    // Done: a later abort must not reach a signal whose reader may still hold it.
    this.#abort = undefined;
    if (threw) this.options.failed(error);
    else this.options.loaded(value as T);
    this.host.requestUpdate();
  }

  /** Aborts the run still going, if any (its `failed` hears the abort). */
  abort(): void {
    this.#abort?.abort();
  }
}
