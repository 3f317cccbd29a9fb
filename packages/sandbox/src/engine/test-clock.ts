import type { AdvanceTestClockParams, TestClock } from '@xinghui/contract';
import { ApiError } from './core/api-error.js';
import { MAX_ADVANCE_SECONDS } from './core/clock.js';
import type { Context } from './core/context.js';
import { runDueTimers } from './due-timers.js';

export function presentClock(ctx: Context): TestClock {
  return { object: 'test_clock', now: ctx.now, offset_seconds: ctx.partner.clock_offset_seconds };
}

/**
 * Moves the partner's clock forward and runs what fell due on the way (sessions expiring),
 * in the same transaction. Time only moves forward: what happened cannot be undone.
 */
export function advanceClock(ctx: Context, params: AdvanceTestClockParams): TestClock {
  const seconds = (params.days ?? 0) * 86_400 + (params.seconds ?? 0);
  if (seconds <= 0 || seconds > MAX_ADVANCE_SECONDS) {
    throw new ApiError(
      'parameter_invalid',
      `Advance by 1 second to ${MAX_ADVANCE_SECONDS / 86_400} days`,
      {
        param: 'seconds',
      },
    );
  }
  const partner = {
    ...ctx.partner,
    clock_offset_seconds: ctx.partner.clock_offset_seconds + seconds,
  };
  ctx.store.update('partners', partner);
  const now = ctx.now + seconds;
  runDueTimers({ ...ctx, partner, now, request: null });
  return { object: 'test_clock', now, offset_seconds: partner.clock_offset_seconds };
}
