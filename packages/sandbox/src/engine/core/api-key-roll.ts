import {
  DEFAULT_KEY_OVERLAP_SECONDS,
  generateApiKey,
  type RollSecretKeyParams,
  type RolledSecretKey,
} from '@xinghui/contract';
import { ApiError } from './api-error.js';
import type { Context } from './context.js';
import type { ApiKeyRecord } from './records.js';

/**
 * Rolls the partner's secret key: a new key now, and every current secret key (normally the
 * one the call was made with) kept working for the overlap, on the partner's test clock. The
 * test clock runs with the wall clock, so the overlap ends in real time; `clock advance` past it
 * ends it at once, which is how a partner's tests reach the expired branch without waiting.
 * A key already counting down keeps its earlier end: rolling again never extends an old key.
 */
export function rollSecretKey(ctx: Context, params: RollSecretKeyParams): RolledSecretKey {
  const overlap = params.overlap_seconds ?? DEFAULT_KEY_OVERLAP_SECONDS;
  const expiresAt = ctx.now + overlap;
  const current = ctx.store
    .find<ApiKeyRecord>('api_keys', { where: { partner: ctx.partner.id } })
    .filter((key) => key.kind === 'secret' && key.expires_at === undefined);
  for (const key of current) ctx.store.update('api_keys', { ...key, expires_at: expiresAt });
  const key: ApiKeyRecord = {
    id: generateApiKey('secret'),
    partner: ctx.partner.id,
    kind: 'secret',
    created: ctx.now,
  };
  ctx.store.insert('api_keys', key);
  const previous = current.at(-1)?.id ?? '';
  return {
    object: 'rolled_secret_key',
    secret_key: key.id,
    previous_secret_key: `sk_test_…${previous.slice(-4)}`,
    previous_secret_key_expires_at: expiresAt,
  };
}

/**
 * Refuses a rolled key whose overlap has ended (`nowSeconds` is the partner's test clock).
 *
 * @throws ApiError `api_key_expired`
 */
export function assertKeyCurrent(key: ApiKeyRecord, nowSeconds: number): void {
  if (key.expires_at !== undefined && key.expires_at <= nowSeconds) {
    throw new ApiError(
      'api_key_expired',
      'This secret key was rolled and its overlap has ended: use the new key',
    );
  }
}
