import { css } from 'lit';

/** What only the pay button looks like, on top of the shared base styles. */
export const payButtonStyles = css`
  [part='amount'] {
    font-size: 1.75em;
    font-weight: 600;
  }

  [part='order'] {
    display: grid;
    gap: 0.25rem;
    padding-bottom: var(--xh-spacing, 0.75rem);
    border-bottom: 1px solid var(--xh-color-border, #dee0e3);
  }

  .lines {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* The long name wraps; its amount stays whole at the end of the row. */
  .lines li {
    flex-wrap: nowrap;
  }

  [part='escrow'] {
    margin: 0;
  }

  a.button {
    display: block;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--xh-radius-control, 0.5rem);
    text-align: center;
    text-decoration: none;
  }

  .receipt {
    display: grid;
    gap: 0.5rem;
    margin-top: 0.5rem;
    padding: var(--xh-spacing, 0.75rem);
    border: 1px dashed var(--xh-color-border-strong, #8f959e);
    border-radius: var(--xh-radius-control, 0.5rem);
    text-align: start;
  }

  .receipt h3 {
    margin: 0;
    font-size: 1em;
  }

  /* Printing the receipt prints only the receipt (hide the rest of your page in your own print styles). */
  @media print {
    [part='base'] {
      border: none;
    }
    [part='base'] > :not(.outcome),
    .outcome > :not(.receipt),
    [part='print'] {
      display: none;
    }
  }
`;
