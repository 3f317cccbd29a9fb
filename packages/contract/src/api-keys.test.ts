import { describe, expect, it } from 'vitest';
import {
  ClientSecret,
  apiKeyKind,
  generateApiKey,
  generateClientSecret,
  sessionIdOfClientSecret,
} from './api-keys.js';
import { CheckoutSessionId, generateId } from './ids.js';

describe('apiKeyKind', () => {
  it.each([
    ['sk_test_abcdefghijklmnop', 'secret'],
    ['pk_test_abcdefghijklmnop', 'publishable'],
    [`sk_test_${'A1'.repeat(32)}`, 'secret'],
    ['pk_test_51HxQ2eZvKYlo2C0aB1c', 'publishable'],
  ])('reads %j as %s', (key, kind) => {
    expect(apiKeyKind(key)).toBe(kind);
  });

  it.each([
    ['', 'empty'],
    ['sk_test_', 'no random part'],
    ['sk_test_abcdefghijklmno', '15 characters'],
    [`sk_test_${'a'.repeat(65)}`, '65 characters'],
    ['sk_live_abcdefghijklmnop', 'a live key: the sandbox has none'],
    ['rk_test_abcdefghijklmnop', 'an unknown kind'],
    ['SK_TEST_abcdefghijklmnop', 'capitals'],
    ['sk_test_abcdefgh-ijklmnop', 'a dash'],
    ['Bearer sk_test_abcdefghijklmnop', 'a Bearer prefix'],
    ['sk_test_abcdefghijklmnop ', 'a trailing space'],
    ['whsec_abcdefghijklmnop', 'a webhook secret'],
  ])('returns null for %j (%s)', (key) => {
    expect(apiKeyKind(key)).toBeNull();
  });
});

describe('generateApiKey', () => {
  it('makes keys of the kind asked for', () => {
    const secret = generateApiKey('secret');
    const publishable = generateApiKey('publishable');
    expect(secret).toMatch(/^sk_test_[0-9A-Za-z]{32}$/);
    expect(publishable).toMatch(/^pk_test_[0-9A-Za-z]{32}$/);
    expect(apiKeyKind(secret)).toBe('secret');
    expect(apiKeyKind(publishable)).toBe('publishable');
  });

  it('never makes the same key twice', () => {
    const keys = new Set(Array.from({ length: 500 }, () => generateApiKey('secret')));
    expect(keys.size).toBe(500);
  });
});

describe('client secrets', () => {
  it('round-trip: the session id comes back out of a generated secret', () => {
    for (let i = 0; i < 100; i++) {
      const sessionId = generateId('cs');
      const secret = generateClientSecret(sessionId);
      expect(secret).toMatch(new RegExp(`^${sessionId}_secret_[0-9A-Za-z]{32}$`));
      expect(ClientSecret.parse(secret)).toBe(secret);
      expect(sessionIdOfClientSecret(secret)).toBe(sessionId);
      expect(CheckoutSessionId.safeParse(sessionIdOfClientSecret(secret)).success).toBe(true);
    }
  });

  it('gives each secret of the same session a different random part', () => {
    const sessionId = generateId('cs');
    expect(generateClientSecret(sessionId)).not.toBe(generateClientSecret(sessionId));
  });

  it('reads the documented example', () => {
    expect(sessionIdOfClientSecret('cs_a1B2c3D4e5F6g7H8_secret_Zz9abcdefghijklmnop')).toBe(
      'cs_a1B2c3D4e5F6g7H8',
    );
  });

  it.each([
    ['', 'empty'],
    ['cs_a1B2c3D4e5F6g7H8', 'a session id alone'],
    ['cs_a1B2c3D4e5F6g7H8_secret_', 'no secret part'],
    ['cs_a1B2c3D4e5F6g7H8_secret_abcdefghijklmno', 'a 15-character secret part'],
    ['cs_a1B2c3D_secret_abcdefghijklmnop', 'a 7-character session id'],
    ['pay_a1B2c3D4e5F6g7H8_secret_abcdefghijklmnop', 'a payment, not a session'],
    ['cs_a1B2c3D4e5F6g7H8_Secret_abcdefghijklmnop', 'a capitalised separator'],
    ['cs_a1B2c3D4e5F6g7H8_secret_abcdefghijklmnop!', 'punctuation'],
    ['xcs_a1B2c3D4e5F6g7H8_secret_abcdefghijklmnop', 'text before'],
    ['cs_a1B2c3D4e5F6g7H8_secret_abcdefghijklmnop_secret_abcdefghijklmnop', 'two secrets'],
    ['sk_test_abcdefghijklmnop', 'a secret key'],
  ])('rejects %j (%s)', (text) => {
    expect(sessionIdOfClientSecret(text)).toBeNull();
    expect(ClientSecret.safeParse(text).success).toBe(false);
  });
});
