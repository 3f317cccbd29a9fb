import { css } from 'lit';

/**
 * The look every component shares: the card, rows, buttons, fields, the code form, outcome
 * blocks and the live status line, themed by `--xh-*` custom properties (documented on each
 * component's class). Works from 320 px wide up.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: 28rem;
    font-family: var(
      --xh-font-family,
      system-ui,
      -apple-system,
      'PingFang SC',
      'Microsoft YaHei',
      'WenQuanYi Micro Hei',
      sans-serif
    );
    font-size: var(--xh-font-size, 1rem);
    line-height: 1.5;
    color: var(--xh-color-text, #1f2329);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  [part='base'] {
    position: relative;
    display: grid;
    gap: var(--xh-spacing, 0.75rem);
    padding: calc(var(--xh-spacing, 0.75rem) * 1.5);
    border: 1px solid var(--xh-color-border, #dee0e3);
    border-radius: var(--xh-radius, 0.75rem);
    background: var(--xh-color-surface, #ffffff);
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.25rem 1rem;
  }

  .label {
    color: var(--xh-color-muted, #5c6370);
    font-size: 0.875em;
  }

  button {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--xh-radius-control, 0.5rem);
    border: 1px solid transparent;
    cursor: pointer;
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  button:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--xh-color-focus, #3370ff);
    outline-offset: 2px;
  }

  .primary {
    width: 100%;
    background: var(--xh-color-primary, #0b57d0);
    color: var(--xh-color-on-primary, #ffffff);
    font-weight: 600;
  }

  .secondary {
    background: transparent;
    color: var(--xh-color-primary, #0b57d0);
    border-color: currentColor;
  }

  .link {
    background: none;
    border: none;
    padding: 0.5rem 0;
    color: var(--xh-color-link, #1f5bd6);
    text-decoration: underline;
  }

  form {
    display: grid;
    gap: 0.5rem;
  }

  label {
    font-weight: 500;
  }

  input,
  select {
    font: inherit;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--xh-color-border-strong, #8f959e);
    border-radius: var(--xh-radius-control, 0.5rem);
    background: var(--xh-color-surface, #ffffff);
    color: inherit;
  }

  [part='code-input'] {
    font-size: 1.5em;
    letter-spacing: 0.4em;
    font-variant-numeric: tabular-nums;
  }

  .amount {
    font-variant-numeric: tabular-nums;
  }

  /* Labelled figures (what a code confirms, a receipt): a long id may break anywhere. */
  dl.summary {
    display: grid;
    gap: 0.25rem;
    margin: 0;
  }

  dl.summary dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
  }

  [part='status'] {
    margin: 0;
    min-height: 1.5em;
  }

  /* Announced to screen readers, not shown: the outcome block already says it. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  [part='status'].error {
    color: var(--xh-color-danger, #b3261e);
  }

  .outcome {
    display: grid;
    gap: 0.25rem;
    text-align: center;
  }

  .outcome h2 {
    margin: 0;
    font-size: 1.25em;
  }

  .outcome.success h2 {
    color: var(--xh-color-success, #1a7f37);
  }

  .outcome.problem h2 {
    color: var(--xh-color-danger, #b3261e);
  }

  .outcome p {
    margin: 0;
    /* A payment id is one long word: let it wrap at 320 px. */
    overflow-wrap: anywhere;
  }

  .muted {
    color: var(--xh-color-muted, #5c6370);
    font-size: 0.875em;
  }
`;
