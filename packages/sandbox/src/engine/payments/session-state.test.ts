import type { Capability } from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../core/api-error.js';
import type { CheckoutSessionRecord, WalletSessionRecord } from '../core/records.js';
import { assertSessionAllows, sessionState } from './session-state.js';

const NOW = 1_764_633_600;

const checkout = (status: 'open' | 'complete' | 'expired', expiresIn: number) =>
  ({ object: 'checkout_session', status, expires_at: NOW + expiresIn }) as CheckoutSessionRecord;
const wallet = (expiresIn: number) =>
  ({ object: 'wallet_session', expires_at: NOW + expiresIn }) as WalletSessionRecord;

/** The error code `assertSessionAllows` throws, or `'allowed'`. */
function verdict(
  session: CheckoutSessionRecord | WalletSessionRecord,
  write: boolean,
  capabilities: readonly Capability[],
): string {
  try {
    assertSessionAllows(session, NOW, write, capabilities);
    return 'allowed';
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return `${error.code}: ${error.message}`;
  }
}

const EXPIRED_CHECKOUT =
  'session_expired: This checkout session has expired: start the checkout again';
const COMPLETE =
  'session_not_open: This checkout session is already complete: it can be read, not used again';
const EXPIRED_WALLET = 'session_expired: This wallet session has expired: open the page again';

describe('sessionState', () => {
  it('ends a checkout session at its expires_at, even before its expiry timer ran', () => {
    expect(sessionState(checkout('open', 1), NOW)).toBe('open');
    expect(sessionState(checkout('open', 0), NOW)).toBe('expired');
    expect(sessionState(checkout('expired', 600), NOW)).toBe('expired'); // expired early
    // Paid is paid, whatever the time.
    expect(sessionState(checkout('complete', 600), NOW)).toBe('complete');
    expect(sessionState(checkout('complete', -600), NOW)).toBe('complete');
  });

  it('ends a wallet session only by expiring', () => {
    expect(sessionState(wallet(1), NOW)).toBe('open');
    expect(sessionState(wallet(0), NOW)).toBe('expired');
  });
});

describe('assertSessionAllows', () => {
  const READ: Capability[] = ['read_session'];
  const CONSENT: Capability[] = ['give_consent'];

  it('lets an open session read and write', () => {
    expect(verdict(checkout('open', 60), true, CONSENT)).toBe('allowed');
    expect(verdict(checkout('open', 60), false, READ)).toBe('allowed');
    expect(verdict(wallet(60), true, ['request_verification_code'])).toBe('allowed');
  });

  it('lets a paid checkout session be read, and refuses every write with session_not_open', () => {
    const paid = checkout('complete', -60);
    expect(verdict(paid, false, READ)).toBe('allowed');
    expect(verdict(paid, false, ['give_consent', 'read_session'])).toBe('allowed');
    expect(verdict(paid, true, READ)).toBe(COMPLETE);
    expect(verdict(paid, true, CONSENT)).toBe(COMPLETE);
    // A read of anything but the session itself is refused too.
    expect(verdict(paid, false, ['read_wallet_balance'])).toBe(COMPLETE);
  });

  it('lets an expired or cancelled checkout session be read, and refuses the rest with session_expired', () => {
    for (const ended of [checkout('open', 0), checkout('expired', 600)]) {
      expect(verdict(ended, false, READ)).toBe('allowed');
      expect(verdict(ended, true, READ)).toBe(EXPIRED_CHECKOUT);
      expect(verdict(ended, true, CONSENT)).toBe(EXPIRED_CHECKOUT);
      expect(verdict(ended, false, ['read_credit_available'])).toBe(EXPIRED_CHECKOUT);
    }
  });

  it('refuses an expired wallet session even a read of itself', () => {
    expect(verdict(wallet(0), false, READ)).toBe(EXPIRED_WALLET);
    expect(verdict(wallet(0), false, ['read_wallet'])).toBe(EXPIRED_WALLET);
    expect(verdict(wallet(-60), true, ['request_verification_code'])).toBe(EXPIRED_WALLET);
  });
});
