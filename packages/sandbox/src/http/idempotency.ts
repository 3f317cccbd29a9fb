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
  let credential = credentials.get(apiKey);
  if (credential === undefined) {
    credential = `key_${sha256Hex(apiKey).slice(0, 32)}`;
    // A few keys make nearly every call: their digests are kept, the table cleared when full.
    if (credentials.size >= MAX_REMEMBERED_CREDENTIALS) credentials.clear();
    credentials.set(apiKey, credential);
  }
  return credential;
}

/** Digests of the API keys seen lately (sha256 in JS costs more than the rest of the lookup). */
const credentials = new Map<string, string>();
const MAX_REMEMBERED_CREDENTIALS = 1_000;

export type Reservation =
  { kind: 'reserved' } | { kind: 'in_use' } | { kind: 'done'; record: IdempotencyRecord };

function recordId({ partner, credential, key }: KeyScope) {
  return `${partner.id}:${credential}:${key}`;
}

/**
 * Keys taken by requests of this process that have not committed yet: record id → wall-clock
 * ms when taken. They live in memory, not in the store, so an API call writes once, in its
 * own transaction ({@link completeKey}), instead of once to take the key and once to answer;
 * and a process that dies takes its reservations with it. One process serves one store.
 */
const inFlight = new WeakMap<Store, Map<string, number>>();

function inFlightOf(store: Store): Map<string, number> {
  let keys = inFlight.get(store);
  if (!keys) {
    keys = new Map();
    inFlight.set(store, keys);
  }
  return keys;
}

/** How many keys requests of this process hold without an answer yet (for tests and logs). */
export function keysInFlight(store: Store): number {
  return inFlightOf(store).size;
}

/**
 * Takes a key for a new request, before its body is read, or reports what the key already
 * holds: a finished response to replay (or refuse, for a different request), or a request
 * still running. Writes nothing: the key is held in memory until the request's own
 * transaction stores its answer, or {@link releaseKey} frees it.
 */
export function reserveKey(bank: Bank, scope: KeyScope): Reservation {
  const store = bank.store;
  const id = recordId(scope);
  const existing = store.get<IdempotencyRecord>('idempotency_keys', id);
  const now = clockNow(scope.partner, bank.wallClock());
  const expired = existing && existing.created + KEY_RETENTION_SECONDS <= now;
  if (existing?.state === 'done' && !expired) return { kind: 'done', record: existing };
  const held = inFlightOf(store);
  const takenAt = held.get(id);
  if (takenAt !== undefined && bank.wallClock() - takenAt < IN_PROGRESS_TIMEOUT_MS) {
    return { kind: 'in_use' };
  }
  held.set(id, bank.wallClock());
  return { kind: 'reserved' };
}

/**
 * Stores the response of a reserved key. Called inside the transaction of its effects, so the
 * answer and what it answers for commit together, in one write transaction per API call.
 *
 * @param now - the partner's clock (test-clock seconds), from which the key is kept 24 hours
 */
export function completeKey(
  store: Store,
  scope: KeyScope,
  fingerprint: string,
  reply: { status: number; body: string; retryAfter?: number },
  now: number,
): void {
  const record: IdempotencyRecord = {
    id: recordId(scope),
    partner: scope.partner.id,
    credential: scope.credential,
    fingerprint,
    state: 'done',
    status: reply.status,
    body: reply.body,
    ...(reply.retryAfter === undefined ? {} : { retry_after: reply.retryAfter }),
    reserved_at_ms: inFlightOf(store).get(recordId(scope)) ?? Date.now(),
    created: now,
  };
  // An expired answer, or a key a dead process left in progress, gives way to the new one.
  if (store.get<IdempotencyRecord>('idempotency_keys', record.id)) {
    store.update('idempotency_keys', record);
  } else {
    store.insert('idempotency_keys', record);
  }
}

/**
 * Frees a reserved key: a request that never ran (a malformed body, a client that went away
 * before its body arrived, a bank failure that rolled everything back), or one whose answer
 * has just committed (the store has it from then on). Writes nothing.
 */
export function releaseKey(store: Store, scope: KeyScope): void {
  inFlightOf(store).delete(recordId(scope));
}

/**
 * Frees every key a store still records "in use" when a bank starts on it: files written by a
 * sandbox that stored keys before answering hold them for requests of a process that is gone,
 * and nothing of theirs was committed, so a retry must run at once. (Keys are now held in
 * memory until their answer commits, so a process that dies leaves none behind.)
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
