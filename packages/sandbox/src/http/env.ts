import type { Bank } from '../engine/bank.js';

/** What the bank's HTTP layer keeps per request. */
export interface Env {
  Variables: {
    bank: Bank;
    /** `req_…`: returned in a header and in every error. */
    requestId: string;
    /** The partner the request authenticated as, once known (for the log). */
    partnerId?: string;
  };
}
