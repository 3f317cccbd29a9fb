import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { XhElement } from './xh-element.js';

/**
 * A component that walks the shop owner through steps: where it is (`state`, reflected as an
 * attribute for pages, CSS and tests) and what the live status line says about it.
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

  constructor() {
    super();
    this.state = 'loading' as State;
    this.message = '';
    this.messageIsError = false;
  }

  protected setState(state: State, message = '', isError = false): void {
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
