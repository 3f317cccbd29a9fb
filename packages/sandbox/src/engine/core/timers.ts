import { generateId } from '@xinghui/contract';
import type { Context } from './context.js';
import type { TimerKind, TimerRecord } from './records.js';

/** Asks for `kind` to run on `ref` once the partner's clock reaches `dueAt` (see timers.ts). */
export function scheduleTimer(ctx: Context, kind: TimerKind, ref: string, dueAt: number): void {
  const timer: TimerRecord = {
    id: generateId('tmr'),
    partner: ctx.partner.id,
    kind,
    ref,
    due_at: dueAt,
  };
  ctx.store.insert('timers', timer);
  if (ctx.partner.next_timer_at === null || dueAt < ctx.partner.next_timer_at) {
    ctx.partner = { ...ctx.partner, next_timer_at: dueAt };
    ctx.store.update('partners', ctx.partner);
  }
}
