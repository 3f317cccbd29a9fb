import { html, nothing, type TemplateResult } from 'lit';
import { summaryList, type SummaryRow } from './summary-list.js';

/**
 * An e-receipt (电子回单): a titled list of what was paid, to whom, how and when, and a button
 * that prints it (the component's print styles show only the receipt). Parts: `receipt`,
 * `receipt-details`, `print`. `reference` (the payment's or repayment's number) joins the
 * title in the receipt's accessible name: two receipts on one page (two orders paid in a list)
 * are then two landmarks a screen reader tells apart.
 */
export function receipt(
  title: string,
  printLabel: string,
  rows: SummaryRow[],
  reference?: string,
): TemplateResult {
  return html`<section
    part="receipt"
    class="receipt"
    aria-labelledby=${reference ? nothing : 'receipt-title'}
    aria-label=${reference ? `${title} ${reference}` : nothing}
  >
    <h3 id="receipt-title">${title}</h3>
    ${summaryList(rows, 'receipt-details')}
    <button part="print" class="secondary" @click=${() => window.print()}>${printLabel}</button>
  </section>`;
}
