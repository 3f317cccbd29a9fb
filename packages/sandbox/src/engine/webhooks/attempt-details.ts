import {
  WEBHOOK_ATTEMPT_BODY_LIMIT,
  WEBHOOK_ATTEMPT_DETAILS_KEPT,
  type WebhookAttempt,
} from '@xinghui/contract';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A body as an attempt keeps it: at most {@link WEBHOOK_ATTEMPT_BODY_LIMIT} UTF-8 bytes, cut on
 * a character boundary, and whether it was cut. What an endpoint answers is the partner's
 * business, but its size must never be the store's.
 */
export function keptBody(
  text: string,
  limit: number = WEBHOOK_ATTEMPT_BODY_LIMIT,
): { body: string; body_truncated: boolean } {
  // A string's UTF-8 size is at most 3 bytes per UTF-16 unit: most bodies need no encoding.
  if (text.length * 3 <= limit) return { body: text, body_truncated: false };
  const bytes = encoder.encode(text);
  if (bytes.length <= limit) return { body: text, body_truncated: false };
  // A character cut in two decodes as U+FFFD at the end: drop it rather than show it.
  const body = decoder.decode(bytes.subarray(0, limit)).replace(/\uFFFD$/, '');
  return { body, body_truncated: true };
}

/**
 * An answer's headers as an attempt keeps them: names in lower case, in the order received,
 * until their names and values reach {@link WEBHOOK_ATTEMPT_BODY_LIMIT} bytes in all (an
 * endpoint's headers are as much its own as its body).
 */
export function keptHeaders(headers: Iterable<[string, string]>): Record<string, string> {
  const kept: Record<string, string> = {};
  let size = 0;
  for (const [name, value] of headers) {
    size += encoder.encode(name).length + encoder.encode(value).length;
    if (size > WEBHOOK_ATTEMPT_BODY_LIMIT) break;
    kept[name.toLowerCase()] = value;
  }
  return kept;
}

/**
 * A delivery's attempts with the request and response of the newest
 * {@link WEBHOOK_ATTEMPT_DETAILS_KEPT} only: a delivery retried or re-sent many times stays the
 * same size, and what a partner debugs (the latest tries) is there.
 */
export function withNewestDetails(attempts: WebhookAttempt[]): WebhookAttempt[] {
  const oldestKept = attempts.length - WEBHOOK_ATTEMPT_DETAILS_KEPT;
  return attempts.map((attempt, index) =>
    index < oldestKept && (attempt.request !== null || attempt.response !== null)
      ? { ...attempt, request: null, response: null }
      : attempt,
  );
}

/** An attempt as the API shows it: one recorded before attempts kept details has `null` ones. */
export function presentAttempt(attempt: WebhookAttempt): WebhookAttempt {
  return attempt.request === undefined || attempt.response === undefined
    ? { ...attempt, request: attempt.request ?? null, response: attempt.response ?? null }
    : attempt;
}
