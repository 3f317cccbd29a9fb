import type { FlowState } from '../../base/flow-element.js';

/**
 * Where the credit wallet is in its flow; reflected as the host's `state` attribute, so pages
 * and tests can see (and style) it, and announced by `xh-state-change`.
 */
export type CreditWalletState =
  | 'ready'
  | 'loan'
  | 'repay'
  | 'repaid'
  | 'receipt'
  | 'received'
  | 'statement'
  | 'certificate'
  | 'reviewing'
  | 'reviewed'
  | 'revoke-confirm'
  | 'revoked'
  | FlowState;
