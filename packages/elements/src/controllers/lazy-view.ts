import type { ReactiveControllerHost } from 'lit';

/**
 * The code of a view a component shows only once the shop opens it (a loan's detail, a
 * statement, the enrolment form, a receipt), loaded with `import()` the first time: a page that
 * never opens the view never loads it. A flow calls {@link LazyView.load} together with the bank
 * call the view makes anyway and shows the view when both have answered, so opening it is not
 * slower and no loading state of its own flashes: the step it leaves stays on screen, busy, as
 * it does for the bank. In the ESM entries the same `import()` is a chunk of the merchant's
 * bundle; a server renders first states only, which never need a view.
 */
export class LazyView<View> {
  #view: View | undefined;
  #loading: Promise<View> | undefined;

  /**
   * @param host re-rendered when the code arrives after a render asked for it
   * @param importView the view module's `import()`, with a literal specifier for the bundler
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importView: () => Promise<View>,
  ) {}

  /**
   * Loads the view's code once; a load that failed is tried again at the next call. It fails
   * with a `NetworkError` DOMException, which the flows show as the bank being out of reach.
   */
  load(): Promise<View> {
    this.#loading ??= this.importView().then(
      (view) => (this.#view = view),
      (error: unknown) => {
        this.#loading = undefined;
        throw new DOMException(
          `a view's code could not be loaded: ${String(error)}`,
          'NetworkError',
        );
      },
    );
    return this.#loading;
  }

  /**
   * The view's code for a render: once loaded, the module; before (a state set without
   * {@link LazyView.load}), `undefined`, and the host renders again when it has arrived.
   */
  get view(): View | undefined {
    if (!this.#view)
      this.load().then(
        () => this.host.requestUpdate(),
        () => undefined,
      );
    return this.#view;
  }
}
