import type { PartnerRecord } from './records.js';

/** A partner's test-clock time in Unix seconds: the wall clock plus what `advance` added. */
export function clockNow(partner: PartnerRecord, wallClockMs: number = Date.now()): number {
  return Math.floor(wallClockMs / 1000) + partner.clock_offset_seconds;
}

/** The longest single advance: one year is enough to run any loan or escrow to its end. */
export const MAX_ADVANCE_SECONDS = 366 * 86_400;
