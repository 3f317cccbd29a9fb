import type { Capability } from '@xinghui/contract';
import { ApiError } from '../core/api-error.js';
import type { CheckoutSessionRecord, WalletSessionRecord } from '../core/records.js';

/**
 * What a page may still do with the client secret of a checkout session that has ended
 * (paid, expired, or expired early by the partner's server): read the session itself, so the
 * page can show the receipt or say that the checkout ended. Nothing else, and no writes: a
 * client secret left in a closed tab must not record consents, open credit lines or send codes.
 */
export const READS_AFTER_CHECKOUT_ENDS: readonly Capability[] = ['read_session'];

/** Whether a session is still open at `now`, and if not, why. */
export type SessionState = 'open' | 'expired' | 'complete';

/**
 * The state of a checkout or wallet session at `now`. A checkout session past its `expires_at`
 * is expired even before its expiry timer has run; a wallet session ends only by expiring.
 */
export function sessionState(
  session: CheckoutSessionRecord | WalletSessionRecord,
  now: number,
): SessionState {
  if (session.object === 'checkout_session') {
    if (session.status === 'complete') return 'complete';
    if (session.status === 'expired' || session.expires_at <= now) return 'expired';
    return 'open';
  }
  return session.expires_at <= now ? 'expired' : 'open';
}

/**
 * The one place that decides what an ended session's client secret may still do; every client
 * endpoint passes through it (http/auth.ts), so no route can forget the check.
 *
 * @param write whether the call changes anything (every POST does)
 * @param capabilities the capabilities the endpoint needs (one of them suffices)
 * @throws ApiError `session_expired` (409) for an expired session, `session_not_open` (409) for a
 *   completed one, when the call writes or reads more than the ended session may show
 * @example
 * assertSessionAllows(session, ctxNow, true, ['give_consent']); // throws once the session ended
 */
export function assertSessionAllows(
  session: CheckoutSessionRecord | WalletSessionRecord,
  now: number,
  write: boolean,
  capabilities: readonly Capability[],
): void {
  const state = sessionState(session, now);
  if (state === 'open') return;
  const mayRead =
    session.object === 'checkout_session' &&
    capabilities.some((capability) => READS_AFTER_CHECKOUT_ENDS.includes(capability));
  if (!write && mayRead) return;
  if (state === 'complete') {
    throw new ApiError(
      'session_not_open',
      'This checkout session is already complete: it can be read, not used again',
    );
  }
  throw new ApiError(
    'session_expired',
    session.object === 'checkout_session'
      ? 'This checkout session has expired: start the checkout again'
      : 'This wallet session has expired: open the page again',
  );
}
