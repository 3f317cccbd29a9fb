import { css } from 'lit';

/** What only the one-click loan looks like, on top of the shared base and credit styles. */
export const oneClickLoanStyles = css`
  [part='amount'] {
    font-size: 1.5em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  h2 {
    margin: 0;
    font-size: 1.25em;
  }

  h3 {
    margin: 0;
    font-size: 1em;
  }

  form.enrol {
    gap: var(--xh-spacing, 0.75rem);
  }

  .field {
    display: grid;
    gap: 0.25rem;
  }

  .field input[aria-invalid='true'] {
    border-color: var(--xh-color-danger, #b3261e);
  }

  .field-error {
    color: var(--xh-color-danger, #b3261e);
    font-size: 0.875em;
  }

  .consent {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem;
    border: 1px solid var(--xh-color-border, #dee0e3);
    border-radius: var(--xh-radius-control, 0.5rem);
  }

  .consent-text {
    margin: 0;
    font-size: 0.875em;
    white-space: pre-line;
  }

  details.agreement summary {
    cursor: pointer;
    color: var(--xh-color-link, #1f5bd6);
    text-decoration: underline;
    padding: 0.25rem 0;
  }

  .reasons {
    margin: 0;
    padding-inline-start: 1.25rem;
    text-align: start;
  }
`;
