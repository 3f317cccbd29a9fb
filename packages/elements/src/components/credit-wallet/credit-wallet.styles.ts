import { css } from 'lit';

/** What only the credit wallet looks like, on top of the shared base styles. */
export const creditWalletStyles = css`
  :host {
    max-width: 36rem;
  }

  section {
    display: grid;
    gap: 0.5rem;
  }

  h2,
  h3,
  h4 {
    margin: 0;
    font-size: 1.125em;
  }

  h3,
  h4 {
    font-size: 1em;
    font-variant-numeric: tabular-nums;
  }

  .figure {
    font-size: 1.75em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  meter {
    width: 100%;
    height: 0.75rem;
  }

  .gauge-text,
  .note {
    margin: 0;
  }

  .warning {
    color: var(--xh-color-danger, #b3261e);
  }

  .credit {
    color: var(--xh-color-success, #1a7f37);
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }

  .loan {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem;
    border: 1px solid var(--xh-color-border, #dee0e3);
    border-radius: var(--xh-radius-control, 0.5rem);
  }

  .loan.overdue {
    border-color: var(--xh-color-danger, #b3261e);
  }

  /* A badge ("还款中") and a figure never break inside, even at 320 px. */
  .badge {
    font-size: 0.8125em;
    font-weight: 500;
    margin-inline-start: 0.25rem;
    white-space: nowrap;
  }

  .amount,
  .figure {
    white-space: nowrap;
  }

  .loan-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
  }

  .loan-head .figure {
    font-size: 1em;
  }

  /* A schedule wider than a phone scrolls inside itself, not the page. */
  .table-scroll {
    overflow-x: auto;
  }

  .inline-form {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
  }

  .inline-form label {
    flex-basis: 100%;
  }

  .inline-form input {
    flex: 1 1 10rem;
    width: auto;
  }

  .document {
    display: grid;
    gap: 0.5rem;
  }

  .document-text {
    margin: 0;
    max-height: 24rem;
    overflow: auto;
    white-space: pre-wrap;
    font: inherit;
    font-size: 0.875em;
  }

  /* Printing a document or a receipt prints only it, in full. */
  @media print {
    :host {
      max-width: none;
    }

    [part='base'] {
      border: none;
    }

    [part='status'],
    button,
    .outcome > h2 {
      display: none;
    }

    .document-text {
      max-height: none;
      overflow: visible;
    }
  }

  .total {
    font-weight: 600;
    border-top: 1px solid var(--xh-color-border, #dee0e3);
    padding-top: 0.25rem;
  }

  fieldset {
    border: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }

  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-height: 2.75rem;
    font-weight: 400;
  }

  .choice input {
    width: auto;
    min-height: 0;
  }

  .confirm {
    display: grid;
    gap: 0.5rem;
  }

  .confirm p,
  .reasons {
    margin: 0;
  }

  .reasons {
    text-align: start;
  }
`;
