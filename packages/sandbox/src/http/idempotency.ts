import { sha256Hex } from '@xinghui/contract';
import { ApiError } from '../engine/core/api-error.js';
import type { Bank } from '../engine/bank.js';
import { clockNow } from '../engine/core/clock.js';
import type { IdempotencyRecord, PartnerRecord } from '../engine/core/records.js';
import type { Store } from '../store/store.js';

/** How long a key remembers its first response, by the partner's clock. */
export const KEY_RETENTION_SECONDS = 24 * 3600;

/**
 * How long a key stays "in use" without an answer, as a last resort: a request that loses its
 * client frees its key at once (see `mount`), and keys left by a process that died are freed
 * when the next one starts ({@link releaseKeysOfDeadProcesses}). This only frees a key whose
 * client keeps the connection open and never finishes its body.
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

/**
 * Whose an idempotency key is: the partner, and the credential that sent it (the API key for
 * server calls, the session for page calls). The same key from another caller is another key,
 * so no page can replay, or block, another page's request.
 */
export interface KeyScope {
  partner: PartnerRecord;
  /** From {@link serverCredential} or a session id. */
  credential: string;
  key: string;
}

/**
 * The credential of a server call as stored with its keys: a digest of the API key, so the
 * idempotency table never holds a usable secret.
 *
 * @example
 * ```ts
 * serverCredential('sk_test_abc'); // 'key_…' (32 hex digits)
 * ```
 */
export function serverCredential(apiKey: string): string {
  return `key_${sha256Hex(apiKey).slice(0, 32)}`;
}

export type Reservation =
  { kind: 'reserved' } | { kind: 'in_use' } | { kind: 'done'; record: IdempotencyRecord };

function recordId({ partner, credential, key }: KeyScope) {
  return `${partner.id}:${credential}:${key}`;
}

/**
 * Takes a key for a new request, before its body is read, or reports what the key already
 * holds: a finished response to replay (or refuse, for a different request), or a request
 * still running.
 */
export function reserveKey(bank: Bank, scope: KeyScope): Reservation {
  const store = bank.store;
  return store.transaction(() => {
    const id = recordId(scope);
    const existing = store.get<IdempotencyRecord>('idempotency_keys', id);
    const now = clockNow(scope.partner, bank.wallClock());
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
      partner: scope.partner.id,
      credential: scope.credential,
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
  scope: KeyScope,
  fingerprint: string,
  reply: { status: number; body: string; retryAfter?: number },
): void {
  const record = store.get<IdempotencyRecord>('idempotency_keys', recordId(scope));
  if (!record) throw new Error(`Idempotency key ${scope.key} was not reserved`);
  store.update('idempotency_keys', {
    ...record,
    fingerprint,
    state: 'done',
    status: reply.status,
    body: reply.body,
    ...(reply.retryAfter === undefined ? {} : { retry_after: reply.retryAfter }),
  });
}

/**
 * Frees a reserved key whose request never ran: a malformed body, a client that went away
 * before its body arrived, or a bank failure that rolled everything back.
 */
export function releaseKey(store: Store, scope: KeyScope): void {
  store.transaction(() => {
    const record = store.get<IdempotencyRecord>('idempotency_keys', recordId(scope));
    // Only a key still in progress: a finished answer is never forgotten early.
    if (record?.state === 'in_progress') store.delete('idempotency_keys', record.id);
  });
}

/**
 * Frees every key still "in use" when a bank starts on a store: their requests belonged to a
 * process that is gone (a crash or a SIGKILL between taking a key and committing), and nothing
 * of theirs was committed, so a retry must run at once instead of waiting out
 * {@link IN_PROGRESS_TIMEOUT_MS}.
 *
 * @returns how many keys were freed
 */
export function releaseKeysOfDeadProcesses(store: Store): number {
  return store.transaction(() => {
    const stale = store.find<IdempotencyRecord>('idempotency_keys', {
      where: { state: 'in_progress' },
    });
    for (const record of stale) store.delete('idempotency_keys', record.id);
    return stale.length;
  });
}

/**
 * Whether the caller's key already holds a finished response, to replay: read only.
 * Client authentication asks, so that the retry of a request that ended its session (a
 * confirmation whose answer was lost) still gets its stored answer instead of `session_not_open`.
 */
export function hasFinishedReply(bank: Bank, scope: KeyScope): boolean {
  const existing = bank.store.get<IdempotencyRecord>('idempotency_keys', recordId(scope));
  const now = clockNow(scope.partner, bank.wallClock());
  return existing?.state === 'done' && existing.created + KEY_RETENTION_SECONDS > now;
}
