import { html, type TemplateResult } from 'lit';
import { summaryList, type SummaryRow } from './summary-list.js';

export interface CreditDocumentOptions {
  /** The document's title: "2026年12月 对账单", "结清证明". */
  title: string;
  rows: readonly SummaryRow[];
  /** The bank's SHA-256 of the document's text. */
  hash: string;
  printLabel: string;
  /** A closing line (how the figures add up, what is certified). */
  note?: string;
}

/**
 * A document the bank issues the shop (a monthly statement, a payoff certificate) as labelled
 * figures, the bank's hash of its text, and a print button (the component's print styles show
 * only the document). Its title is the view's heading, a level 2 like every other view's. Parts: `document`, `document-figures`, `print`.
 */
export function creditDocument(options: CreditDocumentOptions): TemplateResult {
  return html`<section part="document" class="document" aria-labelledby="document-title">
    <h2 id="document-title" tabindex="-1">${options.title}</h2>
    ${summaryList(options.rows, 'document-figures')}
    ${options.note ? html`<p class="note">${options.note}</p>` : ''}
    <p class="muted id">SHA-256 ${options.hash}</p>
    <button part="print" class="secondary" @click=${() => window.print()}>
      ${options.printLabel}
    </button>
  </section>`;
}
