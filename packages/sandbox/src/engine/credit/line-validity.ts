import { addMonthsKeepingDay, shanghaiDate, startOfShanghaiDay } from '@xinghui/contract';
import type { Context } from '../core/context.js';
import type { CreditLineRecord } from '../core/records.js';
import { scheduleTimer } from '../core/timers.js';

/**
 * A line's validity period (额度有效期): 12 months from its approval, to the start of the same
 * day of the month (Asia/Shanghai). When it ends the line is `expired`: no new drawdowns
 * (`credit_line_expired`), loans already drawn run on as agreed. A limit review on the shop's
 * shared trade data renews it for another 12 months from the review.
 */
export const CREDIT_LINE_VALIDITY_MONTHS = 12;

/** When a line approved or renewed at `now` expires. */
export function lineExpiry(now: number): number {
  return startOfShanghaiDay(addMonthsKeepingDay(shanghaiDate(now), CREDIT_LINE_VALIDITY_MONTHS));
}

/** Puts a line's expiry on the partner's clock. */
export function setLineExpiryTimer(ctx: Context, line: CreditLineRecord): void {
  if (line.expires_at !== undefined)
    scheduleTimer(ctx, 'credit_line_expiry', line.id, line.expires_at);
}
