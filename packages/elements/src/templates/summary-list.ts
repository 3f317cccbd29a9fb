import { html, type TemplateResult } from 'lit';

/** One line of a summary: a label and its value ("金额", "¥258.00"). */
export type SummaryRow = readonly [label: string, value: string];

/**
 * Labelled figures as a description list, one row each: what a code confirms, a receipt. Every
 * value has its label, so no id or figure stands alone.
 */
export function summaryList(rows: readonly SummaryRow[], part: string): TemplateResult {
  return html`<dl part=${part} class="summary">
    ${rows.map(
      ([label, value]) =>
        html`<div class="row">
          <dt class="label">${label}</dt>
          <dd>${value}</dd>
        </div>`,
    )}
  </dl>`;
}
