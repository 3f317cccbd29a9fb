import type { Logger } from '../../logger.js';
import type { Store } from '../../store/store.js';
import type { PartnerRecord } from './records.js';
import type { Outbox } from './outbox.js';

/** What an operation of the engine runs with: one partner, one moment, one transaction. */
export interface Context {
  store: Store;
  partner: PartnerRecord;
  /** The partner's test-clock time, in Unix seconds. Every rule reads this, never `Date.now()`. */
  now: number;
  /** The API request behind the operation, recorded on its events; `null` for the clock. */
  request: { id: string; idempotency_key: string | null } | null;
  /**
   * Effects outside the database (a log line with an SMS code, later webhook deliveries) wait
   * here and run only once the transaction has committed, so a rollback sends nothing.
   */
  afterCommit: (() => void)[];
  /** Where webhook attempts leave the process; hand them over from `afterCommit` only. */
  outbox: Outbox;
  log: Logger;
}
