import { describe, expect, it } from 'vitest';
import {
  BuyerId,
  CheckoutSessionId,
  EventId,
  ID_PREFIXES,
  PaymentId,
  RefundId,
  SettlementAccountId,
  SupplierId,
  WalletId,
  WalletTransactionId,
  generateId,
  idOf,
  randomToken,
} from './ids.js';

const BASE62 = /^[0-9A-Za-z]*$/;

describe('randomToken', () => {
  it.each([0, 1, 8, 24, 32, 64, 300])('makes %d base62 characters', (length) => {
    const token = randomToken(length);
    expect(token).toHaveLength(length);
    expect(token).toMatch(BASE62);
  });

  it('uses the whole base62 alphabet and nothing else', () => {
    const seen = new Set(randomToken(20_000));
    expect(seen.size).toBe(62);
    for (const character of seen) expect(character).toMatch(/^[0-9A-Za-z]$/);
  });

  it('is not biased towards the first characters of the alphabet', () => {
    // With `byte % 62` over all 256 byte values, '0'–'7' would come up 5/4 as often as the rest.
    // 62,000 draws: each character expects 1,000 (standard deviation ≈ 31); biased ones ~1,210.
    const counts = new Map<string, number>();
    for (const character of randomToken(62_000)) {
      counts.set(character, (counts.get(character) ?? 0) + 1);
    }
    for (const [character, count] of counts) {
      expect(count, character).toBeGreaterThan(830);
      expect(count, character).toBeLessThan(1_170);
    }
  });

  it('makes tokens longer than one getRandomValues call can fill (65,536 bytes)', () => {
    const token = randomToken(100_000);
    expect(token).toHaveLength(100_000);
    expect(token).toMatch(BASE62);
  });

  it('does not repeat itself', () => {
    const tokens = new Set(Array.from({ length: 1_000 }, () => randomToken(16)));
    expect(tokens.size).toBe(1_000);
  });
});

describe('generateId', () => {
  it.each(Object.entries(ID_PREFIXES))(
    'makes %s ids: "%s_" and 24 base62 characters',
    (_, prefix) => {
      const id = generateId(prefix);
      expect(id).toMatch(new RegExp(`^${prefix}_[0-9A-Za-z]{24}$`));
      expect(idOf(prefix).safeParse(id).success).toBe(true);
    },
  );

  it('makes 1,000 distinct ids, each matching its schema', () => {
    const ids = Array.from({ length: 1_000 }, () => generateId('pay'));
    expect(new Set(ids).size).toBe(1_000);
    for (const id of ids) expect(PaymentId.parse(id)).toBe(id);
  });

  it('makes ids that the schema of another type rejects', () => {
    expect(BuyerId.safeParse(generateId('sup')).success).toBe(false);
    expect(SupplierId.safeParse(generateId('buy')).success).toBe(false);
    // 're' is a prefix of no other, but 'cs' ids must not pass as refunds and vice versa.
    expect(RefundId.safeParse(generateId('cs')).success).toBe(false);
    expect(CheckoutSessionId.safeParse(generateId('re')).success).toBe(false);
  });
});

describe('ID_PREFIXES', () => {
  it('are distinct', () => {
    const prefixes = Object.values(ID_PREFIXES);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
});

describe('idOf and the id schemas', () => {
  it.each([
    [BuyerId, 'buy'],
    [SupplierId, 'sup'],
    [SettlementAccountId, 'acct'],
    [WalletId, 'wal'],
    [WalletTransactionId, 'txn'],
    [CheckoutSessionId, 'cs'],
    [PaymentId, 'pay'],
    [RefundId, 're'],
    [EventId, 'evt'],
  ] as const)('%#: the schema of "%s" ids', (schema, prefix) => {
    expect(schema.safeParse(`${prefix}_12345678`).success).toBe(true);
    expect(schema.safeParse(`${prefix}_${'a'.repeat(64)}`).success).toBe(true);
    expect(schema.safeParse(`${prefix}_1234567`).success).toBe(false);
    expect(schema.safeParse(`${prefix}_${'a'.repeat(65)}`).success).toBe(false);
  });

  it.each([
    ['pay_', 'nothing after the prefix'],
    ['pay_1234567', 'too short'],
    ['pay_12345678-', 'a dash'],
    ['pay_1234_5678', 'an underscore'],
    ['PAY_12345678', 'a capitalised prefix'],
    ['xpay_12345678', 'a longer prefix'],
    ['pay12345678', 'no underscore'],
    [' pay_12345678', 'a leading space'],
    ['pay_12345678\n', 'a trailing newline'],
  ])('rejects %j (%s)', (id) => {
    expect(PaymentId.safeParse(id).success).toBe(false);
  });

  it('says which prefix it wanted', () => {
    expect(BuyerId.safeParse('sup_12345678').error?.issues[0]?.message).toBe(
      'must be an id starting with "buy_"',
    );
  });
});
