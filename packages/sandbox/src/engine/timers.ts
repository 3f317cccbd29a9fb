import { expireCheckoutSessionWhenDue } from './checkout-sessions.js';
import type { Context } from './context.js';
import type { TimerKind, TimerRecord } from './records.js';

/** What each kind of timer does when it falls due. */
const HANDLERS: Record<TimerKind, (ctx: Context, ref: string) => void> = {
  expire_checkout_session: expireCheckoutSessionWhenDue,
};

/**
 * Runs every timer of the partner that is due by its clock, earliest first. The bank calls this
 * before each request and after each clock advance, so time-driven changes (a session expiring)
 * are in place before anyone looks.
 *
 * @returns how many timers ran
 */
export function runDueTimers(ctx: Context): number {
  const due = ctx.store
    .find<TimerRecord>('timers', { where: { partner: ctx.partner.id, state: 'pending' } })
    .filter((timer) => timer.due_at <= ctx.now)
    .sort((a, b) => a.due_at - b.due_at);
  for (const timer of due) {
    HANDLERS[timer.kind]({ ...ctx, request: null }, timer.ref);
    ctx.store.update('timers', { ...timer, state: 'done' });
  }
  return due.length;
}
