import type { FlowState } from '../../base/flow-element.js';

/**
 * Where the loan is in its flow; reflected as the host's `state` attribute (and announced by
 * `xh-state-change`), so pages and tests can see (and style) it.
 */
export type OneClickLoanState =
  | FlowState
  | 'enrol'
  | 'deciding'
  | 'approved'
  | 'declined'
  | 'referred'
  | 'offers'
  | 'succeeded'
  | 'insufficient-credit'
  | 'frozen';

/** Refusals that mean the session or the line changed since the page read them. */
export const REREAD = new Set([
  'session_not_open',
  'credit_line_missing',
  'credit_line_exists',
  'insufficient_credit',
  'credit_line_frozen',
]);

/** States shown as an outcome block with its own heading: the status line only announces them. */
export const OUTCOMES: ReadonlySet<OneClickLoanState> = new Set<OneClickLoanState>([
  'succeeded',
  'approved',
  'declined',
  'referred',
  'insufficient-credit',
  'frozen',
  'expired',
  'locked',
  'network-error',
  'error',
]);
