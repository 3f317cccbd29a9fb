import { css } from 'lit';

/**
 * The look of loan offers (the term picker, the cost summary and the schedule), shared by every
 * component that shows them, and of checkboxes with their labels.
 */
export const creditStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: none;
    display: grid;
    gap: 0.25rem;
  }

  legend {
    font-weight: 500;
    padding: 0;
    margin-bottom: 0.25rem;
  }

  .term,
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }

  .term label {
    display: flex;
    flex: 1;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 0.75rem;
    font-weight: 400;
  }

  input[type='radio'],
  input[type='checkbox'] {
    width: 1.25rem;
    min-height: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    flex: none;
    accent-color: var(--xh-color-primary, #0b57d0);
  }

  input[type='radio']:focus-visible,
  input[type='checkbox']:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--xh-color-focus, #3370ff);
    outline-offset: 2px;
  }

  .check label {
    font-weight: 400;
  }

  dl.offer {
    display: grid;
    gap: 0.25rem;
    margin: 0;
  }

  dl.offer dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }

  table.schedule {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }

  table.schedule caption {
    text-align: start;
    font-weight: 500;
    padding-bottom: 0.25rem;
  }

  table.schedule th,
  table.schedule td {
    padding: 0.25rem 0.25rem;
    border-bottom: 1px solid var(--xh-color-border, #dee0e3);
    text-align: start;
  }

  table.schedule td.amount {
    text-align: end;
  }

  /*
   * On a phone a loan's five columns (期数 … 状态) fit a 375 px screen only a little tighter:
   * closer columns and a step smaller type, so that no header breaks onto two lines either.
   */
  @media (max-width: 30rem) {
    table.schedule {
      font-size: 0.8125em;
    }

    table.schedule th,
    table.schedule td {
      padding-inline: 0.125rem;
    }
  }

  /* Figures, dates and column headers never break across lines, even at 320 px. */
  table.schedule th,
  table.schedule td,
  dl.offer dd:not(.penalty),
  .figure {
    white-space: nowrap;
  }

  /* An order number or a payment id is one long word: it may break anywhere on a phone. */
  .id {
    overflow-wrap: anywhere;
  }
`;
