import { ListParams } from '../list.js';
import { Timestamp } from '../common.js';
import { z } from '../zod.js';

/**
 * The sandbox's request log: every API call it answered, so a partner can find the call behind
 * an error by the request id the error carried. It names the kind of credential a call used,
 * never the key or client secret itself.
 */

/** The kinds of credential a logged call can have used. */
export const REQUEST_CREDENTIAL_KINDS = [
  'secret_key',
  'publishable_key',
  'publishable_key+checkout_session',
  'publishable_key+wallet_session',
  'none',
] as const;

/** One API call the sandbox answered. */
export const SandboxRequest = z.object({
  /** The request id (`req_…`), as in the `Xinghui-Request-Id` header and every error. */
  id: z.string(),
  object: z.literal('sandbox_request'),
  /** The partner the call authenticated as. */
  partner: z.string(),
  method: z.string(),
  /** The path, without the query string. */
  path: z.string(),
  /** The HTTP status answered. */
  status: z.int(),
  /** The error code of an error answer (`parameter_invalid`…); `null` for a success. */
  error_code: z.nullable(z.string()),
  credential: z.enum(REQUEST_CREDENTIAL_KINDS),
  /** The `Idempotency-Key` sent, if any. */
  idempotency_key: z.nullable(z.string()),
  /** True when the answer was the stored answer of an earlier call with the same key. */
  replayed: z.boolean(),
  /** How long the sandbox took to answer, in milliseconds. */
  duration_ms: z.number(),
  created: Timestamp,
});
export type SandboxRequest = z.infer<typeof SandboxRequest>;

/** Filters of the request log, newest first. */
export const ListSandboxRequestsParams = z.extend(ListParams, {
  /** An exact status (`402`) or a class of them (`4xx`). */
  status: z.optional(
    /* @__PURE__ */ z
      .string()
      .check(
        z.regex(/^[1-5](\d\d|xx)$/, 'must be a status such as "402" or a class such as "4xx"'),
      ),
  ),
  /** Only calls to exactly this path (`/v1/payments`, `/v1/payments/pay_…/release`). */
  path: z.optional(
    /* @__PURE__ */ z.string().check(z.regex(/^\/v1\//, 'must be a path starting with "/v1/"')),
  ),
});
export type ListSandboxRequestsParams = z.input<typeof ListSandboxRequestsParams>;

/**
 * A one-time code the sandbox "texted" to a shop owner's phone: the latest code of each
 * session (a resent code replaces the one before it).
 */
export const SandboxMessage = z.object({
  /** `vc_…` */
  id: z.string(),
  object: z.literal('sandbox_message'),
  /** The phone the SMS went to. */
  phone: z.string(),
  /** The checkout or wallet session the code was sent for. */
  session: z.string(),
  code: z.string(),
  /** The amount the code confirms, in fen. */
  amount: z.int(),
  /** Who the code pays (the supplier's or the bank's name). */
  payee: z.string(),
  status: z.string(),
  expires_at: Timestamp,
  created: Timestamp,
});
export type SandboxMessage = z.infer<typeof SandboxMessage>;

/** One account of the partner's ledger with its recorded balance. */
export const LedgerAccount = z.object({
  id: z.string(),
  object: z.literal('ledger_account'),
  /** `settlement`, `wallet`, `escrow`… */
  kind: z.string(),
  /** The buyer or supplier that owns it; `null` for the bank's own accounts. */
  owner: z.nullable(z.string()),
  /** Fen, as recorded (the ledger check recomputes it from postings). */
  balance: z.int(),
  currency: z.literal('CNY'),
  status: z.string(),
  created: Timestamp,
});
export type LedgerAccount = z.infer<typeof LedgerAccount>;
