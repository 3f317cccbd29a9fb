import { openEnum } from './open-enum.js';
import { z } from './zod.js';

/** The families of error the bank returns; each maps to one SDK error class. */
export const ERROR_TYPES = [
  'invalid_request_error',
  'authentication_error',
  'permission_error',
  'idempotency_error',
  'rate_limit_error',
  'payment_error',
  'api_error',
] as const;
/** A family of error; each maps to one SDK error class. */
export type ErrorType = (typeof ERROR_TYPES)[number];

/**
 * The name of every error code, in the table's order. Kept apart from {@link ERROR_CODES} so
 * that a page's bundle, which parses error envelopes but never needs a code's status, carries
 * the names only (the table is checked to have exactly these keys).
 */
export const ERROR_CODE_NAMES = [
  'parameter_invalid',
  'parameter_missing',
  'body_invalid',
  'body_too_large',
  'unsupported_media_type',
  'host_not_allowed',
  'api_version_invalid',
  'resource_missing',
  'route_not_found',
  'session_expired',
  'session_not_open',
  'consent_template_outdated',
  'consent_not_revocable',
  'consent_required',
  'credit_line_exists',
  'credit_line_not_active',
  'payment_not_in_escrow',
  'escrow_disputed',
  'escrow_not_disputed',
  'escrow_already_shipped',
  'escrow_settled',
  'pre_approval_not_open',
  'loan_not_repaid',
  'partner_release_not_allowed',
  'amount_too_large',
  'balance_limit_exceeded',
  'loan_already_repaid',
  'credit_code_in_use',
  'currency_mismatch',
  'resend_too_soon',
  'api_key_missing',
  'api_key_invalid',
  'api_key_expired',
  'client_secret_invalid',
  'secret_key_required',
  'permission_denied',
  'origin_not_allowed',
  'idempotency_key_invalid',
  'idempotency_key_in_use',
  'idempotency_key_reused',
  'rate_limited',
  'insufficient_balance',
  'insufficient_credit',
  'credit_line_frozen',
  'wallet_frozen',
  'payment_declined',
  'credit_line_expired',
  'credit_line_missing',
  'payment_method_unavailable',
  'verification_code_required',
  'verification_code_invalid',
  'verification_code_expired',
  'verification_code_locked',
  'internal_error',
] as const;

/**
 * Every error code the bank returns, with its type, HTTP status and whether the same request
 * may be sent again (after `Retry-After`, with the same idempotency key): the one table the bank
 * (to answer and to set `Xinghui-Should-Retry`), the SDK and the docs read.
 */
export const ERROR_CODES = {
  parameter_invalid: { type: 'invalid_request_error', status: 400, retryable: false },
  parameter_missing: { type: 'invalid_request_error', status: 400, retryable: false },
  body_invalid: { type: 'invalid_request_error', status: 400, retryable: false },
  body_too_large: { type: 'invalid_request_error', status: 413, retryable: false },
  unsupported_media_type: { type: 'invalid_request_error', status: 415, retryable: false },
  host_not_allowed: { type: 'invalid_request_error', status: 421, retryable: false },
  api_version_invalid: { type: 'invalid_request_error', status: 400, retryable: false },
  resource_missing: { type: 'invalid_request_error', status: 404, retryable: false },
  route_not_found: { type: 'invalid_request_error', status: 404, retryable: false },
  session_expired: { type: 'invalid_request_error', status: 409, retryable: false },
  session_not_open: { type: 'invalid_request_error', status: 409, retryable: false },
  consent_template_outdated: { type: 'invalid_request_error', status: 409, retryable: false },
  consent_not_revocable: { type: 'invalid_request_error', status: 409, retryable: false },
  consent_required: { type: 'invalid_request_error', status: 409, retryable: false },
  credit_line_exists: { type: 'invalid_request_error', status: 409, retryable: false },
  credit_line_not_active: { type: 'invalid_request_error', status: 409, retryable: false },
  payment_not_in_escrow: { type: 'invalid_request_error', status: 400, retryable: false },
  escrow_disputed: { type: 'invalid_request_error', status: 409, retryable: false },
  escrow_not_disputed: { type: 'invalid_request_error', status: 409, retryable: false },
  escrow_already_shipped: { type: 'invalid_request_error', status: 409, retryable: false },
  escrow_settled: { type: 'invalid_request_error', status: 409, retryable: false },
  pre_approval_not_open: { type: 'invalid_request_error', status: 409, retryable: false },
  loan_not_repaid: { type: 'invalid_request_error', status: 409, retryable: false },
  partner_release_not_allowed: { type: 'permission_error', status: 403, retryable: false },
  amount_too_large: { type: 'invalid_request_error', status: 400, retryable: false },
  balance_limit_exceeded: { type: 'invalid_request_error', status: 409, retryable: false },
  loan_already_repaid: { type: 'invalid_request_error', status: 409, retryable: false },
  credit_code_in_use: { type: 'invalid_request_error', status: 409, retryable: false },
  currency_mismatch: { type: 'invalid_request_error', status: 400, retryable: false },
  resend_too_soon: { type: 'rate_limit_error', status: 429, retryable: true },
  api_key_missing: { type: 'authentication_error', status: 401, retryable: false },
  api_key_invalid: { type: 'authentication_error', status: 401, retryable: false },
  api_key_expired: { type: 'authentication_error', status: 401, retryable: false },
  client_secret_invalid: { type: 'authentication_error', status: 401, retryable: false },
  secret_key_required: { type: 'permission_error', status: 403, retryable: false },
  permission_denied: { type: 'permission_error', status: 403, retryable: false },
  origin_not_allowed: { type: 'permission_error', status: 403, retryable: false },
  idempotency_key_invalid: { type: 'idempotency_error', status: 400, retryable: false },
  idempotency_key_in_use: { type: 'idempotency_error', status: 409, retryable: true },
  idempotency_key_reused: { type: 'idempotency_error', status: 422, retryable: false },
  rate_limited: { type: 'rate_limit_error', status: 429, retryable: true },
  insufficient_balance: { type: 'payment_error', status: 402, retryable: false },
  insufficient_credit: { type: 'payment_error', status: 402, retryable: false },
  credit_line_frozen: { type: 'payment_error', status: 402, retryable: false },
  wallet_frozen: { type: 'payment_error', status: 402, retryable: false },
  payment_declined: { type: 'payment_error', status: 402, retryable: false },
  credit_line_expired: { type: 'payment_error', status: 402, retryable: false },
  credit_line_missing: { type: 'payment_error', status: 402, retryable: false },
  payment_method_unavailable: { type: 'payment_error', status: 402, retryable: false },
  verification_code_required: { type: 'payment_error', status: 402, retryable: false },
  verification_code_invalid: { type: 'payment_error', status: 402, retryable: false },
  verification_code_expired: { type: 'payment_error', status: 402, retryable: false },
  verification_code_locked: { type: 'payment_error', status: 402, retryable: false },
  internal_error: { type: 'api_error', status: 500, retryable: true },
} as const satisfies Record<
  (typeof ERROR_CODE_NAMES)[number],
  { type: ErrorType; status: number; retryable: boolean }
>;
/** An exact reason for an error (docs/errors.md lists them). */
export type ErrorCode = (typeof ERROR_CODE_NAMES)[number];

/**
 * The body of every error response: `{ error: { type, code, message, param?, request_id } }`.
 *
 * `type` and `code` are open: a newer bank may add values, and clients must still read them.
 */
export const ErrorEnvelope = z.object({
  error: z.object({
    type: openEnum(ERROR_TYPES),
    code: openEnum(ERROR_CODE_NAMES),
    message: z.string(),
    param: z.optional(z.string()),
    request_id: z.string(),
  }),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;
