import { expireCheckoutSessionWhenDue } from './payments/checkout-sessions.js';
import { autoReleaseWhenDue } from './escrow/escrow.js';
import { collectOnDueDate, markOverdue, remindPaymentDue } from './credit/loan-servicing.js';
import { expireLineWhenDue } from './credit/line-expiry.js';
import type { Context } from './core/context.js';
import type { PartnerRecord, TimerKind, TimerRecord } from './core/records.js';
import { attemptWhenDue } from './webhooks/webhook-deliveries.js';
import { expirePreApprovalWhenDue } from './credit/pre-approvals.js';
import {
  sendOverdueNotice,
  sendPaymentDueToday,
  sendPaymentReminder,
} from './credit/loan-notices.js';

/** What each kind of timer does when it falls due. */
const HANDLERS: Record<TimerKind, (ctx: Context, ref: string) => void> = {
  expire_checkout_session: expireCheckoutSessionWhenDue,
  loan_payment_due: remindPaymentDue,
  loan_due: collectOnDueDate,
  loan_overdue: markOverdue,
  escrow_auto_release: autoReleaseWhenDue,
  webhook_delivery: attemptWhenDue,
  credit_line_expiry: expireLineWhenDue,
  expire_pre_approval: expirePreApprovalWhenDue,
  notice_payment_reminder: sendPaymentReminder,
  notice_payment_due_today: sendPaymentDueToday,
  notice_overdue: sendOverdueNotice,
};

/**
 * Runs every timer of the partner that is due by its clock, earliest first, and forgets it.
 * The bank calls this before each request and when the clock is advanced, so time-driven
 * changes (a session expiring) are in place before anyone looks. Most calls find nothing due
 * and cost one comparison (`next_timer_at`).
 *
 * @returns how many timers ran
 */
export function runDueTimers(ctx: Context): number {
  if (ctx.partner.next_timer_at === null || ctx.partner.next_timer_at > ctx.now) return 0;
  // Only the timers due (an index range), in due order, the latest scheduled first on a tie.
  const due = ctx.store
    .find<TimerRecord>('timers', {
      where: { partner: ctx.partner.id },
      range: { field: 'due_at', lt: ctx.now + 1 },
    })
    .filter((timer) => timer.due_at <= ctx.now)
    .sort((a, b) => a.due_at - b.due_at);
  for (const timer of due) {
    // Each runs as of its own time: a clock moved 40 days at once still bills the due date as the due date.
    HANDLERS[timer.kind]({ ...ctx, now: timer.due_at, request: null }, timer.ref);
    ctx.store.delete('timers', timer.id);
  }
  // Read again: a handler may have scheduled timers of its own (and updated the partner).
  const [next] = ctx.store.find<TimerRecord>('timers', {
    where: { partner: ctx.partner.id },
    range: { field: 'due_at' },
    oldestFirst: true,
    limit: 1,
  });
  const partner = ctx.store.get<PartnerRecord>('partners', ctx.partner.id)!;
  ctx.partner = { ...partner, next_timer_at: next ? next.due_at : null };
  ctx.store.update('partners', ctx.partner);
  return due.length;
}
