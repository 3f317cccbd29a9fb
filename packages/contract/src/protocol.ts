/**
 * Names and values of the wire protocol that clients and the bank must agree on.
 */

/** The API version this contract describes; the SDK sends it on every request. */
export const API_VERSION = '2026-11-01';

/** Request header naming the API version a client was built for. */
export const API_VERSION_HEADER = 'Xinghui-Version';

/** Request header carrying the idempotency key of a POST. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** Response header with the id of the request, quoted in every error. */
export const REQUEST_ID_HEADER = 'Xinghui-Request-Id';

/** Request header carrying a session's client secret on browser calls. */
export const CLIENT_SECRET_HEADER = 'Xinghui-Client-Secret';

/** Header carrying the signature of a webhook delivery. */
export const SIGNATURE_HEADER = 'Xinghui-Signature';

/** Response header set when a response is a replay of an earlier idempotent request. */
export const IDEMPOTENT_REPLAY_HEADER = 'Idempotent-Replayed';

/**
 * Header of a webhook delivery naming its event (`evt_…`): the same on every retry, so a
 * receiver can skip an event it has already processed.
 */
export const WEBHOOK_EVENT_ID_HEADER = 'Xinghui-Event-Id';

/**
 * Response header on every error: `true` when the same request may be sent again (after
 * `Retry-After`, with the same idempotency key), `false` when retrying can never help.
 */
export const SHOULD_RETRY_HEADER = 'Xinghui-Should-Retry';
