import { ALWAYS_WRONG_CODE } from '../core/test-values.js';
import { maskPhone, type VerificationCode } from '@xinghui/contract';
import { ApiError } from '../core/api-error.js';
import {
  CODE_BUDGETS,
  assertPhoneMayGuess,
  assertPhoneMayReceiveCode,
  budgetRefusal,
  lockWait,
  phoneBudget,
  saveBudget,
} from './code-budgets.js';
import type { Context } from '../core/context.js';
import type { VerificationCodeRecord } from '../core/records.js';

/** What a code confirms: an action of one amount to one payee. */
export interface CodePurpose {
  session: string;
  /** When the session ends (Unix seconds): a session out of codes may not ask again before. */
  sessionEndsAt: number;
  phone: string;
  amount: number;
  payee: string;
}

/**
 * A session has one current code: asking again replaces it in place, so the old one can never
 * confirm anything, and finding it is a lookup by key rather than a search.
 */
function codeIdOf(session: string): string {
  return `vc_${session.replace('_', '')}`;
}

function latestCode(ctx: Context, session: string): VerificationCodeRecord | undefined {
  const record = ctx.store.get<VerificationCodeRecord>('verification_codes', codeIdOf(session));
  return record?.partner === ctx.partner.id ? record : undefined;
}

/** Six random digits from the CSPRNG, without modulo bias; never the always-wrong test code. */
function sixDigits(): string {
  for (;;) {
    const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
    const code = String(value % 1_000_000).padStart(6, '0');
    if (value < 4_294_000_000 && code !== ALWAYS_WRONG_CODE) return code;
  }
}

/**
 * Sends a new one-time code for an action, replacing any earlier one, within the budgets of
 * {@link CODE_BUDGETS}. The "SMS" is a log line, written only after the transaction commits.
 *
 * @throws ApiError `rate_limited` when the session has used its codes, or the phone its codes,
 *   its wrong guesses or its wait after a locked code; `resend_too_soon` within 60 s of the
 *   session's previous code (each with `Retry-After`)
 */
export function sendCode(ctx: Context, purpose: CodePurpose): VerificationCode {
  const previous = latestCode(ctx, purpose.session);
  const sessionCodes = previous ? (previous.codes_sent ?? 1) : 0;
  if (sessionCodes >= CODE_BUDGETS.codesPerSession) {
    throw budgetRefusal(
      `This session has used its ${CODE_BUDGETS.codesPerSession} codes: start again with a new session`,
      purpose.sessionEndsAt - ctx.now,
    );
  }
  const budget = phoneBudget(ctx, purpose.phone);
  assertPhoneMayReceiveCode(ctx, budget);
  if (previous?.status === 'active' && previous.resend_available_at > ctx.now) {
    const wait = previous.resend_available_at - ctx.now;
    throw new ApiError('resend_too_soon', `A code was just sent; ask for another in ${wait} s`, {
      retryAfter: wait,
    });
  }
  saveBudget(ctx, { ...budget, codes_sent: budget.codes_sent + 1 });
  const record: VerificationCodeRecord = {
    id: codeIdOf(purpose.session),
    partner: ctx.partner.id,
    session: purpose.session,
    code: sixDigits(),
    phone: purpose.phone,
    amount: purpose.amount,
    payee: purpose.payee,
    status: 'active',
    failed_attempts: 0,
    expires_at: ctx.now + CODE_BUDGETS.lifetimeSeconds,
    resend_available_at: ctx.now + CODE_BUDGETS.resendAfterSeconds,
    created: ctx.now,
    codes_sent: sessionCodes + 1,
  };
  if (previous) ctx.store.update('verification_codes', record);
  else ctx.store.insert('verification_codes', record);
  ctx.afterCommit.push(() =>
    ctx.log({
      msg: 'sms.sent (sandbox: the code is printed here and readable at GET /v1/sandbox/verification_codes)',
      phone: record.phone,
      code: record.code,
      session: record.session,
      partner: ctx.partner.id,
    }),
  );
  return presentCode(record);
}

export function presentCode(record: VerificationCodeRecord): VerificationCode {
  return {
    object: 'verification_code',
    phone_masked: maskPhone(record.phone),
    created: record.created,
    expires_at: record.expires_at,
    resend_available_at: record.resend_available_at,
    attempts_remaining: CODE_BUDGETS.attemptsPerCode - record.failed_attempts,
  };
}

/**
 * Checks the code the shop owner typed for an action and uses it up. A wrong code counts as a
 * try even though the call fails (the error commits), against the code (the fifth wrong try
 * locks it, and the phone then waits longer for a new one with each lock of the day) and
 * against the phone's wrong guesses for the day.
 *
 * @throws ApiError `verification_code_required`, `…_expired`, `…_locked` or `…_invalid`;
 *   `rate_limited` once the phone's wrong guesses for the day are spent (nothing is compared)
 */
export function consumeCode(ctx: Context, purpose: CodePurpose, typed: string): void {
  const record = latestCode(ctx, purpose.session);
  if (!record || record.status === 'used') {
    throw new ApiError('verification_code_required', 'Ask for a one-time code first', {
      param: 'verification_code',
    });
  }
  if (record.status === 'locked') {
    throw new ApiError('verification_code_locked', 'Too many wrong codes: ask for a new one', {
      param: 'verification_code',
    });
  }
  if (record.expires_at <= ctx.now) {
    throw new ApiError('verification_code_expired', 'The code has expired: ask for a new one', {
      param: 'verification_code',
    });
  }
  if (record.amount !== purpose.amount || record.payee !== purpose.payee) {
    throw new ApiError(
      'verification_code_invalid',
      'The code was sent for a different amount or payee',
      {
        param: 'verification_code',
      },
    );
  }
  const budget = phoneBudget(ctx, purpose.phone);
  assertPhoneMayGuess(ctx, budget);
  if (record.code !== typed || typed === ALWAYS_WRONG_CODE) {
    const failed = record.failed_attempts + 1;
    const locked = failed >= CODE_BUDGETS.attemptsPerCode;
    const locks = budget.locks + (locked ? 1 : 0);
    const wait = locked ? lockWait(CODE_BUDGETS, locks) : 0;
    ctx.store.update('verification_codes', {
      ...record,
      failed_attempts: failed,
      status: locked ? 'locked' : 'active',
    });
    saveBudget(ctx, {
      ...budget,
      wrong_guesses: budget.wrong_guesses + 1,
      locks,
      blocked_until: locked ? Math.max(budget.blocked_until, ctx.now + wait) : budget.blocked_until,
    });
    throw locked
      ? new ApiError(
          'verification_code_locked',
          `Too many wrong codes: ask for a new one in ${wait} s`,
          { param: 'verification_code', commit: true },
        )
      : new ApiError(
          'verification_code_invalid',
          `Wrong code: ${CODE_BUDGETS.attemptsPerCode - failed} tries left`,
          { param: 'verification_code', commit: true },
        );
  }
  ctx.store.update('verification_codes', { ...record, status: 'used' });
}

/** Sandbox only: the latest code sent for a checkout session, to type in tests and demos. */
export function latestCodeFor(ctx: Context, session: string): VerificationCodeRecord | undefined {
  return latestCode(ctx, session);
}
