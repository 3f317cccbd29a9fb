import { css } from 'lit';

/** What only the pay button looks like, on top of the shared base styles. */
export const payButtonStyles = css`
  [part='amount'] {
    font-size: 1.75em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  [part='balance'] {
    font-variant-numeric: tabular-nums;
  }
`;
