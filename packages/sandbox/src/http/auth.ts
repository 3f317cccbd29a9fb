import {
  CLIENT_SECRET_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  sessionIdOfClientSecret,
  type Capability,
} from '@xinghui/contract';
import type { Context } from 'hono';
import { ApiError } from '../engine/core/api-error.js';
import { assertKeyCurrent } from '../engine/core/api-key-roll.js';
import { clockNow } from '../engine/core/clock.js';
import { findApiKey, originAllowed } from '../engine/core/partners.js';
import type {
  CheckoutSessionRecord,
  PartnerRecord,
  WalletSessionRecord,
} from '../engine/core/records.js';
import { assertSessionAllows } from '../engine/payments/session-state.js';
import { fromOwnPage } from '../dashboard/same-origin.js';
import type { Env } from './env.js';
import { hasFinishedReply } from './idempotency.js';

function bearerKey(c: Context<Env>): string {
  const header = c.req.header('Authorization');
  if (!header) {
    throw new ApiError('api_key_missing', 'No API key: send "Authorization: Bearer <key>"');
  }
  const match = /^Bearer (\S+)$/.exec(header);
  if (!match)
    throw new ApiError('api_key_invalid', 'The Authorization header must be "Bearer <key>"');
  return match[1]!;
}

/**
 * Authenticates a call from the partner's server: the secret key only. A publishable key may
 * never act for the server, and a secret key is refused when a browser sent it (an `Origin`
 * header), because a secret key in a page is a leaked key; the sandbox's own dashboard page,
 * same-origin, is the one exception (dashboard/same-origin.ts).
 */
export function authenticateSecret(c: Context<Env>): PartnerRecord {
  const found = findApiKey(c.get('bank').store, bearerKey(c));
  if (!found) throw new ApiError('api_key_invalid', 'Unknown API key');
  c.set('partnerId', found.partner.id);
  assertKeyCurrent(found.record, clockNow(found.partner, c.get('bank').wallClock()));
  if (found.kind !== 'secret') {
    throw new ApiError(
      'secret_key_required',
      'This call needs your secret key (sk_test_…), from your server',
    );
  }
  if (c.req.header('Origin') && !fromOwnPage(c)) {
    throw new ApiError(
      'permission_denied',
      'A secret key was sent from a browser page. Keep it on your server and roll it if it leaked.',
    );
  }
  return found.partner;
}

/**
 * The client paths that act on one kind of session only. Both kinds may ask for a code, so a
 * capability alone cannot tell a checkout page's code request from a wallet page's.
 */
const PATH_KINDS: readonly [prefix: string, kind: 'checkout_session' | 'wallet_session'][] = [
  ['/v1/client/checkout_session', 'checkout_session'],
  ['/v1/client/wallet', 'wallet_session'],
  ['/v1/client/loans', 'wallet_session'],
];

/** Where each kind of session a client secret can name is kept. */
const SESSION_TABLES = { cs: 'checkout_sessions', ws: 'wallet_sessions' } as const;

/**
 * Authenticates a call from a page: the publishable key, from an allowed origin, with the
 * client secret of one of the partner's sessions (checkout or wallet) that grants one of
 * `capabilities`. A session that has ended (expired, or paid) writes nothing and reads only what
 * engine/session-state.ts allows, decided here once for every client endpoint.
 *
 * @returns the partner and the id of the session the page may act on
 */
export function authenticateClient(
  c: Context<Env>,
  capabilities: readonly Capability[],
): { partner: PartnerRecord; sessionId: string } {
  const bank = c.get('bank');
  const found = findApiKey(bank.store, bearerKey(c));
  if (!found) throw new ApiError('api_key_invalid', 'Unknown API key');
  c.set('partnerId', found.partner.id);
  if (found.kind !== 'publishable') {
    throw new ApiError(
      'permission_denied',
      'Pages use the publishable key (pk_test_…), never the secret key',
    );
  }
  const origin = c.req.header('Origin');
  if (origin && !originAllowed(found.partner, origin)) {
    throw new ApiError('origin_not_allowed', `Pages on ${origin} may not use this publishable key`);
  }
  const clientSecret = c.req.header(CLIENT_SECRET_HEADER) ?? '';
  const sessionId = sessionIdOfClientSecret(clientSecret);
  const table = sessionId
    ? SESSION_TABLES[sessionId.slice(0, 2) as keyof typeof SESSION_TABLES]
    : undefined;
  const session = table
    ? bank.store.get<CheckoutSessionRecord | WalletSessionRecord>(table, sessionId!)
    : undefined;
  // Another partner's session, or a made-up secret, is as unknown as no session at all.
  if (!session || session.partner !== found.partner.id || session.client_secret !== clientSecret) {
    throw new ApiError(
      'client_secret_invalid',
      `Send the session's client secret in ${CLIENT_SECRET_HEADER}`,
    );
  }
  const kind = PATH_KINDS.find(([prefix]) => c.req.path.startsWith(prefix))?.[1];
  if (
    (kind && session.object !== kind) ||
    !capabilities.some((capability) =>
      (session.capabilities as readonly string[]).includes(capability),
    )
  ) {
    throw new ApiError(
      'permission_denied',
      `This session does not allow ${capabilities.join(' or ')}`,
    );
  }
  // Every client POST writes (a code, a consent, a payment…); GETs only read. A POST whose key
  // already holds an answer writes nothing either: it is replayed, even once the session ended.
  const write = c.req.method !== 'GET';
  const key = c.req.header(IDEMPOTENCY_KEY_HEADER);
  const replay =
    write &&
    key !== undefined &&
    hasFinishedReply(bank, { partner: found.partner, credential: session.id, key });
  if (!replay) {
    assertSessionAllows(session, clockNow(found.partner, bank.wallClock()), write, capabilities);
  }
  return { partner: found.partner, sessionId: session.id };
}
