import { html, nothing, type TemplateResult } from 'lit';
import type { EnrolmentController, EnrolmentField } from '../controllers/enrolment.controller.js';
import type { EnrolmentMessages } from '../i18n/enrolment.messages.js';
import { summaryList } from './summary-list.js';

export interface EnrolmentFormOptions {
  t: EnrolmentMessages;
  enrolment: EnrolmentController;
  /** While the bank decides: everything disabled. */
  busy: boolean;
  onSubmit(): void;
}

type FieldOptions = {
  hint?: string;
  inputmode?: string;
  autocomplete?: string;
  maxlength?: number;
};

/**
 * The enrolment form: the shop's details on file (masked) to confirm, or typed in full; months
 * trading; each consent text in full with its own unticked checkbox (the credit-query one
 * required); and the button that consents and applies. Parts: `enrol-form`, `on-file`,
 * `edit-details`, `field-<name>`, `consent`, `consent-checkbox`, `apply`.
 */
export function enrolmentForm(options: EnrolmentFormOptions): TemplateResult {
  const { t, enrolment, busy } = options;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    options.onSubmit();
  };
  const labels: Record<EnrolmentField, [string, FieldOptions]> = {
    business_name: [t.businessName, { autocomplete: 'organization' }],
    credit_code: [t.creditCode, { hint: t.creditCodeHint, maxlength: 18 }],
    owner_name: [t.ownerName, { autocomplete: 'name' }],
    phone: [t.phone, { inputmode: 'tel', autocomplete: 'tel', maxlength: 11 }],
    months_trading: [
      t.monthsTrading,
      { hint: t.monthsTradingHint, inputmode: 'numeric', maxlength: 4 },
    ],
  };
  const onFile = enrolment.onFile;
  return html`<form part="enrol-form" class="enrol" novalidate @submit=${submit}>
    <h2>${t.enrolTitle}</h2>
    <p class="muted">${t.enrolIntro}</p>
    ${
      onFile && !enrolment.typing
        ? html`<section class="on-file" aria-labelledby="on-file-title">
            <h3 id="on-file-title">${t.onFile}</h3>
            ${summaryList(
              [
                [t.businessName, onFile.business_name],
                [t.creditCode, onFile.credit_code_masked ?? ''],
                [t.ownerName, onFile.owner_name_masked ?? ''],
                [t.phone, onFile.phone_masked],
              ],
              'on-file',
            )}
            <p class="muted">${t.onFileHint}</p>
          </section>`
        : nothing
    }
    ${
      onFile
        ? html`<button
            part="edit-details"
            class="link"
            type="button"
            ?disabled=${busy}
            @click=${() => enrolment.type(!enrolment.typing)}
          >
            ${enrolment.typing ? t.useOnFile : t.editDetails}
          </button>`
        : nothing
    }
    ${enrolment.fields.map((name) => field(enrolment, name, ...labels[name], busy))}
    ${enrolment.consents.map(({ type, template }) => {
      const id = `consent-${type}`;
      const error = type === 'credit_query' ? enrolment.errors.credit_query : undefined;
      const optional = type === 'credit_query' ? '' : (t.optionalConsent[type] ?? '');
      return html`<section part="consent" class="consent" aria-labelledby="${id}-title">
        <h3 id="${id}-title">${template.title}</h3>
        <p class="consent-text">${template.text}</p>
        <div class="check">
          <input
            type="checkbox"
            id=${id}
            part="consent-checkbox"
            .checked=${enrolment.given[type] ?? false}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? `${id}-error` : nothing}
            ?disabled=${busy}
            @change=${(event: Event) =>
              enrolment.consent(type, (event.currentTarget as HTMLInputElement).checked)}
          />
          <label for=${id}>${t.agreeTo(template.title)}${optional}</label>
        </div>
        ${error ? html`<span id="${id}-error" class="field-error">${error}</span>` : nothing}
      </section>`;
    })}
    <button part="apply" class="primary" type="submit" ?disabled=${busy}>${t.apply}</button>
  </form>`;
}

/** One labelled field, its hint and its error tied to it by `aria-describedby`. */
function field(
  enrolment: EnrolmentController,
  name: EnrolmentField,
  label: string,
  attrs: FieldOptions,
  busy: boolean,
): TemplateResult {
  const id = name.replace('_', '-');
  const error = enrolment.errors[name];
  const describedBy = [attrs.hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      name=${name}
      part="field-${id}"
      .value=${enrolment.values[name]}
      inputmode=${attrs.inputmode ?? 'text'}
      autocomplete=${attrs.autocomplete ?? 'off'}
      maxlength=${attrs.maxlength ?? 100}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      ?disabled=${busy}
      required
      @input=${(event: Event) => enrolment.input(name, event.currentTarget as HTMLInputElement)}
      @blur=${() => enrolment.blur(name)}
    />
    ${attrs.hint ? html`<span id="${id}-hint" class="muted">${attrs.hint}</span>` : nothing}
    ${error ? html`<span id="${id}-error" class="field-error">${error}</span>` : nothing}
  </div>`;
}
