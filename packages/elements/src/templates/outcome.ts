import { html, type TemplateResult } from 'lit';

/**
 * An outcome block (success or a problem) with its own heading, which takes focus, and at
 * most one way forward. A string detail is one paragraph; a template is shown as it is.
 */
export function outcome(
  kind: 'success' | 'problem',
  title: string,
  detail: string | TemplateResult = '',
  action?: { label: string; run(): void },
): TemplateResult {
  return html`<div class="outcome ${kind}">
    <h2 tabindex="-1">${title}</h2>
    ${typeof detail === 'string' ? (detail ? html`<p>${detail}</p>` : '') : detail}
    ${action ? html`<button class="secondary" @click=${action.run}>${action.label}</button>` : ''}
  </div>`;
}
