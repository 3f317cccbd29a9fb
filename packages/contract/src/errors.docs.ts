import type { ErrorCode, ErrorType } from './errors.js';

/** What an error means and what the caller should do about it. */
export interface ErrorDoc {
  meaning: string;
  action: string;
}

/**
 * What each error type covers, for the docs' error catalogue (docs/errors.md).
 *
 * @internal
 */
export const ERROR_TYPE_DOCS = {
  invalid_request_error:
    'The request cannot be done as sent: a bad parameter, an unknown object, or an object in the wrong state.',
  authentication_error:
    'The bank could not tell who is calling: no key, an unknown key, or an unknown client secret.',
  permission_error:
    'The caller is known but may not do this (see the credential table in sandbox.md).',
  idempotency_error: 'The `Idempotency-Key` cannot be used for this request.',
  rate_limit_error: 'Too many requests, or a one-time code asked for again too soon.',
  payment_error: 'Money could not move: balance, credit line or one-time code.',
  api_error:
    'The bank failed. The request may or may not have taken effect; retry with the same idempotency key.',
} as const satisfies Record<ErrorType, string>;

/**
 * What each error code means and what to do, for docs/errors.md. Kept out of the package's entry
 * points so no page's bundle carries this text; `satisfies` makes a new code without an entry a
 * compile error.
 *
 * @internal
 */
export const ERROR_DOCS = {
  parameter_invalid: {
    meaning:
      'A parameter has a wrong value or type; `param` names it and `message` says what was expected.',
    action: 'Fix the named field (money is an integer number of fen, rates are decimal strings).',
  },
  parameter_missing: {
    meaning: 'A required parameter is absent; `param` names it.',
    action: 'Send the named field.',
  },
  body_invalid: {
    meaning: 'The body is not a JSON object (malformed JSON, or not an object).',
    action: 'Send `Content-Type: application/json` and a JSON object.',
  },
  body_too_large: {
    meaning: 'The body is larger than the bank reads (64 KB); it was not read.',
    action: 'Send a smaller body: no request of the API needs more.',
  },
  unsupported_media_type: {
    meaning: 'A POST body was not sent as JSON (a missing or other `Content-Type`).',
    action: 'Send `Content-Type: application/json` (the SDK always does).',
  },
  host_not_allowed: {
    meaning: 'The sandbox does not answer to this `Host` header (a guard against DNS rebinding).',
    action: 'Call it as localhost or 127.0.0.1, or start it with `--host` for the name you use.',
  },
  api_version_invalid: {
    meaning: '`Xinghui-Version` names a version the bank does not have.',
    action: 'Send `2026-11-01`, or leave the header out.',
  },
  resource_missing: {
    meaning: 'No object with that id (or template) exists for this partner.',
    action: 'Check the id and that it was created with the same partner\u2019s keys.',
  },
  route_not_found: {
    meaning: 'No endpoint has that method and path.',
    action: 'Check the path against the API reference (every path starts with `/v1/`).',
  },
  session_expired: {
    meaning: 'The session behind the client secret has expired.',
    action: 'Create a new session on your server and hand its client secret to the page.',
  },
  session_not_open: {
    meaning: 'The checkout session is already completed or expired: it cannot be confirmed again.',
    action: 'Read the session: a completed one has its `payment`; otherwise create a new session.',
  },
  consent_template_outdated: {
    meaning: 'The consent was given for a template version that is no longer current.',
    action: 'Fetch the current template, show its text, and send its `version`.',
  },
  consent_not_revocable: {
    meaning: 'This consent kind cannot be revoked (or is already revoked).',
    action: 'Only data-sharing consents are revocable; nothing to do for the others.',
  },
  consent_required: {
    meaning:
      'The shop has not given a consent this action needs (the credit-query authorisation, or the loan agreement).',
    action: 'Record the consent first (`consents.create`), then retry the action.',
  },
  credit_line_exists: {
    meaning: 'The shop already has a credit line: it cannot apply again.',
    action: 'Read the existing line; ask for a limit review to raise it.',
  },
  credit_line_not_active: {
    meaning: 'The credit line is closed.',
    action: 'Nothing can be drawn or reviewed on it.',
  },
  payment_not_in_escrow: {
    meaning: 'The payment was not made in escrow, so it cannot be shipped, released or disputed.',
    action:
      'Use escrow actions only on payments whose checkout session asked for escrow; refund others instead.',
  },
  escrow_disputed: {
    meaning: 'The escrowed payment has an open dispute: nothing is released until it is resolved.',
    action: 'Refund, or close the dispute (`release` or `resume`).',
  },
  escrow_not_disputed: {
    meaning: 'The payment has no open dispute to close.',
    action: 'Read the payment\u2019s `escrow.status` first.',
  },
  escrow_already_shipped: {
    meaning: 'The escrowed payment was already reported as shipped.',
    action: 'Nothing to do: the auto-release timer is already running.',
  },
  escrow_settled: {
    meaning: 'Nothing is held any more: the escrow was released or refunded in full.',
    action: 'Nothing to do; read the payment for what happened.',
  },
  loan_not_repaid: {
    meaning:
      'The loan still owes something: a payoff certificate (结清证明) is issued once it is repaid.',
    action: 'Read the loan for its payoff amount; ask again after the last repayment.',
  },
  pre_approval_not_open: {
    meaning:
      'The shop has no open invitation: it already accepted or declined it, it expired, or it was never invited (ineligible).',
    action:
      'Read the pre-approval for its status; an expired or declined shop may be nominated again.',
  },
  partner_release_not_allowed: {
    meaning:
      'The partner\u2019s contract does not let its secret key release escrowed money: receipt is the shop\u2019s to confirm.',
    action:
      'Let the shop confirm receipt on its page (`confirmClientReceipt`), or wait for the auto-confirm date.',
  },
  amount_too_large: {
    meaning: 'The amount is more than is left to refund, release or repay; `param` names it.',
    action: 'Send at most what the object says is left (or leave the amount out for all of it).',
  },
  balance_limit_exceeded: {
    meaning:
      'The operation would take a balance (or one posting) beyond 10^13 fen, the most an amount may be (`MAX_AMOUNT`); nothing was changed.',
    action: 'Move money out of the account first, or send a smaller amount.',
  },
  loan_already_repaid: {
    meaning: 'The loan is already repaid in full: nothing is owed on it, so nothing was taken.',
    action: 'Nothing to do; read the loan (`status: repaid`) or its repayments for the receipts.',
  },
  credit_code_in_use: {
    meaning:
      'Another of your buyers already has this unified social credit code (统一社会信用代码): one business, one buyer; `param` is `credit_code`.',
    action: 'Use the existing buyer (the message names it), or check the code you were given.',
  },
  currency_mismatch: {
    meaning: 'The amount\u2019s currency is not the currency of the object it applies to.',
    action: 'Send the same currency as the payment or loan (`CNY`).',
  },
  resend_too_soon: {
    meaning: 'A new one-time code was asked for less than 60 s after the last one.',
    action: 'Wait for `Retry-After` seconds, then ask again; the code already sent still works.',
  },
  api_key_missing: {
    meaning: 'No `Authorization` header.',
    action: 'Send `Authorization: Bearer sk_test_…` (server) or `Bearer pk_test_…` (page).',
  },
  api_key_invalid: {
    meaning: 'The key is unknown, or the header is not `Bearer <key>`.',
    action: 'Check the key (sandbox keys are per partner and per sandbox file).',
  },
  api_key_expired: {
    meaning:
      'The secret key was rolled (`keys roll`, `POST /v1/sandbox/api_keys/roll`) and its overlap has ended.',
    action: 'Use the new secret key the roll answered with.',
  },
  client_secret_invalid: {
    meaning: 'The `Xinghui-Client-Secret` is missing, unknown, or belongs to another partner.',
    action: 'Pass the `client_secret` of a session your server created with the same partner.',
  },
  secret_key_required: {
    meaning: 'This endpoint is for the partner\u2019s server: a publishable key may not call it.',
    action: 'Call it from your backend with the secret key.',
  },
  permission_denied: {
    meaning: 'The session may not do this (a wallet session on a checkout call, say).',
    action: 'Use a session whose kind allows the call (see the credential table).',
  },
  origin_not_allowed: {
    meaning: 'The page\u2019s `Origin` is not in the publishable key\u2019s allowed origins.',
    action: 'Add the origin to the partner\u2019s allowed origins, or serve the page from one.',
  },
  idempotency_key_invalid: {
    meaning: 'The `Idempotency-Key` is missing on a POST, empty, or too long.',
    action:
      'Send a unique key of 1\u2013255 printable ASCII characters per operation (the SDK makes one).',
  },
  idempotency_key_in_use: {
    meaning: 'A request with the same key is still running.',
    action: 'Retry after `Retry-After` with the same key: you get the first request\u2019s answer.',
  },
  idempotency_key_reused: {
    meaning: 'The key was already used for a different request (method, path or body).',
    action: 'Never retry: use a new key for a new operation.',
  },
  rate_limited: {
    meaning: 'Too many requests in a short time.',
    action: 'Retry after `Retry-After` seconds, with the same idempotency key.',
  },
  insufficient_balance: {
    meaning: 'The shop\u2019s wallet balance does not cover the amount.',
    action: 'Let the shop top up, or pay on credit.',
  },
  insufficient_credit: {
    meaning: 'The credit available on the shop\u2019s line does not cover the amount.',
    action: 'Pay with the wallet, repay to free credit, or ask for a limit review.',
  },
  credit_line_frozen: {
    meaning: 'The shop has an overdue loan: new drawdowns are blocked.',
    action: 'Repay every past-due amount; the line is active again at once.',
  },
  wallet_frozen: {
    meaning:
      'The shop’s wallet is frozen, so it cannot pay. The sandbox answers it for the test amount ¥666.02 (see docs/sandbox.md, Test values).',
    action: 'Tell the shop to contact the bank, or offer another payment method; nothing was paid.',
  },
  payment_declined: {
    meaning:
      'The bank declined the payment. The sandbox answers it for the test amount ¥666.03 (see docs/sandbox.md, Test values).',
    action: 'Show the shop that the payment was declined; a retry needs a new one-time code.',
  },
  credit_line_expired: {
    meaning:
      'The credit line\u2019s validity period ended (`expires_at`): no new drawdowns; loans already drawn run on as agreed.',
    action:
      'Ask for a limit review (with the shop\u2019s data-sharing consent): it renews the line for 12 months.',
  },
  credit_line_missing: {
    meaning: 'The shop has no credit line yet.',
    action:
      'Let the shop apply (`credit.apply` in the page, `creditApplications.create` on the server).',
  },
  payment_method_unavailable: {
    meaning: 'The checkout session does not accept this payment method.',
    action: 'Use one of the session\u2019s `payment_methods`.',
  },
  verification_code_required: {
    meaning:
      'No one-time code was requested for this action, or it was requested for another amount or payee.',
    action: 'Request a code for this action, then confirm with it.',
  },
  verification_code_invalid: {
    meaning: 'The one-time code is wrong.',
    action: 'Let the shop try again; five wrong tries void the code.',
  },
  verification_code_expired: {
    meaning: 'The one-time code has expired.',
    action: 'Request a new code.',
  },
  verification_code_locked: {
    meaning: 'Five wrong tries voided the code.',
    action: 'Request a new code (after the resend wait).',
  },
  internal_error: {
    meaning: 'The bank failed while handling the request.',
    action: 'Retry with the same idempotency key; quote `request_id` if it persists.',
  },
} as const satisfies Record<ErrorCode, ErrorDoc>;
