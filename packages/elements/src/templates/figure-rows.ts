import { html, nothing, type TemplateResult } from 'lit';

/** A labelled figure with its own part (`amount`, `supplier`, `available`…), for `::part`. */
export type FigureRow = readonly [label: string, value: string, part: string];

/**
 * Labelled figures above a flow (the amount, the payee, the credit available), each value in its
 * own part and never wrapped on a phone (class `figure`). Rows without a value are left out.
 */
export function figureRows(rows: readonly (FigureRow | undefined)[]): TemplateResult {
  return html`${rows.map((row) =>
    row
      ? html`<div class="row">
          <span class="label">${row[0]}</span>
          <span part=${row[2]} class="figure">${row[1]}</span>
        </div>`
      : nothing,
  )}`;
}
