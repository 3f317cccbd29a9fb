import { openEnum } from '../open-enum.js';
import { Timestamp } from '../common.js';
import { z } from '../zod.js';

/**
 * Resources of the sandbox bank only: partners made on demand, the test clock, the one-time
 * codes that a real bank would only ever send by SMS, and the ledger check.
 */

/** A partner of the sandbox bank, with its keys. Made fresh for each test. */
export const Partner = z.object({
  id: z.string(),
  object: z.literal('partner'),
  name: z.string(),
  /** `sk_test_…`: for the partner's server. Shown once, at creation. */
  secret_key: z.string(),
  /** `pk_test_…`: for the partner's pages. */
  publishable_key: z.string(),
  /** Origins whose pages may use the publishable key; `:*` allows any port. */
  allowed_origins: z.array(z.string()),
  /**
   * Whether the partner's contract lets its secret key release escrowed money
   * (`POST /v1/payments/{id}/release`, with a reason). Off unless asked for at creation: receipt
   * is the shop's to confirm.
   */
  secret_key_release: z.boolean(),
  created: Timestamp,
});
export type Partner = z.infer<typeof Partner>;

const OriginPattern = /* @__PURE__ */ z
  .string()
  .check(
    z.regex(
      /^https?:\/\/[a-z0-9.-]+(:(\d{1,5}|\*))?$/,
      'must be an origin such as "https://shop.example.com" or "http://localhost:*"',
    ),
  );

/** Parameters to create a sandbox partner. */
export const CreatePartnerParams = z.strictObject({
  name: z.optional(/* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(100))),
  /** Defaults to any port of localhost and 127.0.0.1. */
  allowed_origins: z.optional(/* @__PURE__ */ z.array(OriginPattern).check(z.maxLength(20))),
  /** Let the secret key release escrowed money, with a reason (default `false`). */
  secret_key_release: z.optional(z.boolean()),
});
export type CreatePartnerParams = z.input<typeof CreatePartnerParams>;

/** A partner's test clock: the sandbox's time for everything of that partner. */
export const TestClock = z.object({
  object: z.literal('test_clock'),
  /** The partner's current time, Unix seconds. */
  now: Timestamp,
  /** How far the clock is ahead of the wall clock. */
  offset_seconds: z.int(),
});
export type TestClock = z.infer<typeof TestClock>;

/** Parameters to move a test clock forward: days, seconds, or both. */
export const AdvanceTestClockParams = z.strictObject({
  days: z.optional(/* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(366))),
  seconds: z.optional(/* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(366 * 86_400))),
});
export type AdvanceTestClockParams = z.input<typeof AdvanceTestClockParams>;

/** The latest one-time code sent for a checkout session: what the shop owner's phone shows. */
export const SandboxVerificationCode = z.object({
  object: z.literal('sandbox_verification_code'),
  /** The checkout or wallet session the code was sent for. */
  session: z.string(),
  code: z.string(),
  status: z.string(),
  expires_at: Timestamp,
});
export type SandboxVerificationCode = z.infer<typeof SandboxVerificationCode>;

/** Which session's code to read: a checkout session's, or a wallet session's. */
export const SandboxVerificationCodeQuery = /* @__PURE__ */ z
  .strictObject({
    checkout_session: z.optional(
      /* @__PURE__ */ z
        .string()
        .check(z.regex(/^cs_[0-9A-Za-z]{8,64}$/, 'must be a checkout session id')),
    ),
    wallet_session: z.optional(
      /* @__PURE__ */ z
        .string()
        .check(z.regex(/^ws_[0-9A-Za-z]{8,64}$/, 'must be a wallet session id')),
    ),
  })
  .check(
    z.refine(
      (query) => (query.checkout_session === undefined) !== (query.wallet_session === undefined),
      {
        message: 'name exactly one session: checkout_session or wallet_session',
        path: ['checkout_session'],
      },
    ),
  );

/** The result of recomputing every balance from the ledger's postings. */
export const LedgerReport = z.object({
  object: z.literal('ledger_report'),
  ok: z.boolean(),
  accounts_checked: z.int(),
  entries_checked: z.int(),
  /** Accounts whose recorded balance differs from the sum of their postings. */
  balance_mismatches: z.array(
    z.object({ account: z.string(), recorded: z.int(), from_postings: z.int() }),
  ),
  /** Journal entries whose postings do not sum to zero. */
  unbalanced_entries: z.array(z.object({ entry: z.string(), sum: z.int() })),
  /**
   * Figures that are not exact integers within the money bounds, recomputed in BigInt: a
   * posting or a balance beyond 10^13 fen (2^53 − 1 for the external account), a recorded
   * balance that differs from its exact sum, an entry whose exact sum is not zero. `value` is the
   * exact figure, as decimal digits.
   */
  inexact_figures: z.optional(
    z.array(
      z.object({
        kind: openEnum(['account', 'entry', 'posting']),
        id: z.string(),
        value: z.string(),
      }),
    ),
  ),
});
export type LedgerReport = z.infer<typeof LedgerReport>;
