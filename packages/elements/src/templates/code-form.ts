import { html, type TemplateResult } from 'lit';
import type { CommonMessages } from '../i18n/common.messages.js';
import { keepConfirmInView } from './keep-confirm-in-view.js';
import { summaryList, type SummaryRow } from './summary-list.js';

export type { SummaryRow } from './summary-list.js';

/** The six digits of a one-time code: checked in the page before the bank is asked. */
export const CODE_PATTERN = /^\d{6}$/;

export interface CodeFormOptions {
  t: CommonMessages;
  /**
   * What the code confirms, restated on the code step itself: amount, payee, method, and for
   * credit the total to repay and the term. Part `confirm-summary`; none when empty.
   */
  summary?: readonly SummaryRow[];
  /** The confirm button's words ("确认付款", "确认还款", …). */
  confirmLabel: string;
  /** While the bank is confirming: everything disabled. */
  busy: boolean;
  resendInSeconds: number;
  /** Called with what the shop owner typed, trimmed. */
  onSubmit(code: string): void;
  onResend(): void;
}

/**
 * The one-time-code form: a numeric field the phone can fill from the SMS, the confirm button
 * (Enter submits) kept on screen above the phone keyboard, and a resend button that counts
 * down, under what it confirms. Parts:
 * `confirm-summary`, `code-input`, `confirm`, `resend`. The `code-help` slot shows the page's own
 * words beside the field (the demo's sandbox code panel).
 */
export function codeForm(options: CodeFormOptions): TemplateResult {
  const { t, busy, resendInSeconds } = options;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('code');
    options.onSubmit((input as HTMLInputElement | null)?.value.trim() ?? '');
  };
  const summary = options.summary ?? [];
  return html`
    ${summary.length ? summaryList(summary, 'confirm-summary') : ''}
    <form @submit=${submit} novalidate>
      <label for="code">${t.codeLabel}</label>
      <input
        id="code"
        name="code"
        part="code-input"
        inputmode="numeric"
        autocomplete="one-time-code"
        enterkeyhint="done"
        maxlength="6"
        pattern="[0-9]{6}"
        aria-describedby="code-hint"
        ?disabled=${busy}
        @focus=${keepConfirmInView}
        required
      />
      <span id="code-hint" class="muted">${t.codeHint}</span>
      <slot name="code-help"></slot>
      <button part="confirm" class="primary" type="submit" ?disabled=${busy}>
        ${options.confirmLabel}
      </button>
      <div class="actions">
        <button
          part="resend"
          class="link"
          type="button"
          ?disabled=${busy || resendInSeconds > 0}
          @click=${options.onResend}
        >
          ${resendInSeconds > 0 ? t.resendIn(resendInSeconds) : t.resend}
        </button>
      </div>
    </form>
  `;
}
