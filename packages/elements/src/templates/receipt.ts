import { html, type TemplateResult } from 'lit';
import { summaryList, type SummaryRow } from './summary-list.js';

/**
 * An e-receipt (电子回单): a titled list of what was paid, to whom, how and when, and a button
 * that prints it (the component's print styles show only the receipt). Parts: `receipt`,
 * `receipt-details`, `print`.
 */
export function receipt(title: string, printLabel: string, rows: SummaryRow[]): TemplateResult {
  return html`<section part="receipt" class="receipt" aria-labelledby="receipt-title">
    <h3 id="receipt-title">${title}</h3>
    ${summaryList(rows, 'receipt-details')}
    <button part="print" class="secondary" @click=${() => window.print()}>${printLabel}</button>
  </section>`;
}
