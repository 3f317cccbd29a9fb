import { html, type TemplateResult } from 'lit';

/** One way to pay: its value, its name, and a figure beside it (a balance, what is available). */
export interface PaymentMethodChoice<M extends string> {
  method: M;
  name: string;
  detail: string;
  /** The part of the figure: `balance` for the wallet's. */
  detailPart: string;
}

/**
 * "付款方式": a native radio group (arrow keys move the choice), one radio per way to pay with its
 * figure, so the shop chooses wallet or credit in one place. Part: `method` on each radio.
 */
export function paymentMethods<M extends string>(options: {
  legend: string;
  choices: readonly PaymentMethodChoice<M>[];
  selected: M;
  disabled: boolean;
  onChange(method: M): void;
}): TemplateResult {
  return html`<fieldset class="methods">
    <legend>${options.legend}</legend>
    ${options.choices.map(
      ({ method, name, detail, detailPart }) =>
        html`<div class="term">
          <input
            type="radio"
            id="method-${method}"
            name="method"
            part="method"
            value=${method}
            .checked=${options.selected === method}
            ?disabled=${options.disabled}
            @change=${() => options.onChange(method)}
          />
          <label for="method-${method}">
            <span>${name}</span><span part=${detailPart} class="muted figure">${detail}</span>
          </label>
        </div>`,
    )}
  </fieldset>`;
}
