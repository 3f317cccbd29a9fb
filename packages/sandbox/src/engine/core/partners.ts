import {
  generateApiKey,
  generateId,
  type CreatePartnerParams,
  type Partner,
} from '@xinghui/contract';
import type { Store } from '../../store/store.js';
import type { ApiKeyRecord, AccountRecord, PartnerRecord } from './records.js';

/** Pages on these origins may use a new partner's publishable key unless told otherwise. */
export const DEFAULT_ALLOWED_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*'];

/**
 * Creates a partner: its keys, its own test clock (starting at the wall clock) and the external
 * account through which money enters the bank. Tests make one each so they never share state.
 */
export function createPartner(
  store: Store,
  params: CreatePartnerParams,
  wallClockMs = Date.now(),
): Partner {
  return store.transaction(() => {
    const created = Math.floor(wallClockMs / 1000);
    const partner: PartnerRecord = {
      id: generateId('ptn'),
      name: params.name ?? 'Sandbox partner',
      clock_offset_seconds: 0,
      allowed_origins: params.allowed_origins ?? DEFAULT_ALLOWED_ORIGINS,
      // Off by default: releasing escrow on receipt is the shop's act, not the partner's.
      secret_key_release: params.secret_key_release ?? false,
      external_account: generateId('acct'),
      next_timer_at: null,
      created,
    };
    const external: AccountRecord = {
      id: partner.external_account,
      partner: partner.id,
      kind: 'external',
      owner: null,
      balance: 0,
      currency: 'CNY',
      status: 'active',
      created,
    };
    store.insert('partners', partner);
    store.insert('accounts', external);
    const keys = (['secret', 'publishable'] as const).map((kind) => {
      const key: ApiKeyRecord = { id: generateApiKey(kind), partner: partner.id, kind, created };
      store.insert('api_keys', key);
      return key.id;
    });
    return {
      id: partner.id,
      object: 'partner',
      name: partner.name,
      secret_key: keys[0]!,
      publishable_key: keys[1]!,
      allowed_origins: partner.allowed_origins,
      secret_key_release: partner.secret_key_release ?? false,
      created,
    };
  });
}

/** Finds the partner and the kind of an API key, or `undefined` for an unknown key. */
export function findApiKey(
  store: Store,
  key: string,
): { partner: PartnerRecord; kind: ApiKeyRecord['kind']; record: ApiKeyRecord } | undefined {
  const record = store.get<ApiKeyRecord>('api_keys', key);
  const partner = record && store.get<PartnerRecord>('partners', record.partner);
  return record && partner ? { partner, kind: record.kind, record } : undefined;
}

/**
 * True when a page on `origin` may use the partner's publishable key. A pattern ending in `:*`
 * allows any port (`http://localhost:*`).
 */
export function originAllowed(partner: PartnerRecord, origin: string): boolean {
  return partner.allowed_origins.some((pattern) => {
    if (!pattern.endsWith(':*')) return origin === pattern;
    const host = pattern.slice(0, -2);
    return (
      origin === host ||
      (origin.startsWith(`${host}:`) && /^\d{1,5}$/.test(origin.slice(host.length + 1)))
    );
  });
}
