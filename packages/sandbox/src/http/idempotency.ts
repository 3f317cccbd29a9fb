import { ApiError } from '../engine/api-error.js';
import type { Bank } from '../engine/bank.js';
import { clockNow } from '../engine/clock.js';
import type { IdempotencyRecord, PartnerRecord } from '../engine/records.js';
import type { Store } from '../store/store.js';

/** How long a key remembers its first response, by the partner's clock. */
export const KEY_RETENTION_SECONDS = 24 * 3600;

/**
 * How long a key stays "in use" without an answer: past this, its request is taken to have
 * died (a crash between taking the key and committing) and the key is free again.
 */
export const IN_PROGRESS_TIMEOUT_MS = 60_000;

const MAX_KEY_LENGTH = 255;

/** Checks the `Idempotency-Key` header every POST carries. */
export function assertValidKey(key: string | undefined): asserts key is string {
  if (!key) {
    throw new ApiError(
      'idempotency_key_invalid',
      'Every POST needs an Idempotency-Key header (the SDK sends one)',
    );
  }
  if (key.length > MAX_KEY_LENGTH || !/^[\x21-\x7e]+$/.test(key)) {
    throw new ApiError(
      'idempotency_key_invalid',
      'Idempotency keys are 1 to 255 printable ASCII characters',
    );
  }
}

export type Reservation =
  { kind: 'reserved' } | { kind: 'in_use' } | { kind: 'done'; record: IdempotencyRecord };

function recordId(partner: string, key: string) {
  return `${partner}:${key}`;
}

/**
 * Takes a key for a new request, before its body is read, or reports what the key already
 * holds: a finished response to replay (or refuse, for a different request), or a request
 * still running.
 */
export function reserveKey(bank: Bank, partner: PartnerRecord, key: string): Reservation {
  const store = bank.store;
  return store.transaction(() => {
    const id = recordId(partner.id, key);
    const existing = store.get<IdempotencyRecord>('idempotency_keys', id);
    const now = clockNow(partner, bank.wallClock());
    const expired = existing && existing.created + KEY_RETENTION_SECONDS <= now;
    const abandoned =
      existing?.state === 'in_progress' &&
      bank.wallClock() - existing.reserved_at_ms >= IN_PROGRESS_TIMEOUT_MS;
    if (existing && !expired && !abandoned) {
      return existing.state === 'done' ? { kind: 'done', record: existing } : { kind: 'in_use' };
    }
    if (existing) store.delete('idempotency_keys', id);
    const record: IdempotencyRecord = {
      id,
      partner: partner.id,
      fingerprint: '',
      state: 'in_progress',
      status: 0,
      body: '',
      reserved_at_ms: bank.wallClock(),
      created: now,
    };
    store.insert('idempotency_keys', record);
    return { kind: 'reserved' };
  });
}

/** Stores the response of a reserved key. Called inside the transaction of its effects. */
export function completeKey(
  store: Store,
  partner: string,
  key: string,
  fingerprint: string,
  reply: { status: number; body: string; retryAfter?: number },
): void {
  const id = recordId(partner, key);
  const record = store.get<IdempotencyRecord>('idempotency_keys', id);
  if (!record) throw new Error(`Idempotency key ${key} was not reserved`);
  store.update('idempotency_keys', {
    ...record,
    fingerprint,
    state: 'done',
    status: reply.status,
    body: reply.body,
    ...(reply.retryAfter === undefined ? {} : { retry_after: reply.retryAfter }),
  });
}

/** Frees a reserved key when its request never started (a malformed body) or the bank failed. */
export function releaseKey(store: Store, partner: string, key: string): void {
  store.transaction(() => store.delete('idempotency_keys', recordId(partner, key)));
}

/**
 * Whether `key` already holds a finished response of this partner's, to replay: read only.
 * Client authentication asks, so that the retry of a request that ended its session (a
 * confirmation whose answer was lost) still gets its stored answer instead of `session_not_open`.
 */
export function hasFinishedReply(bank: Bank, partner: PartnerRecord, key: string): boolean {
  const existing = bank.store.get<IdempotencyRecord>('idempotency_keys', recordId(partner.id, key));
  const now = clockNow(partner, bank.wallClock());
  return existing?.state === 'done' && existing.created + KEY_RETENTION_SECONDS > now;
}
