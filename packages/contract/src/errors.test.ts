import { describe, expect, it } from 'vitest';
import { ERROR_CODE_NAMES, ERROR_CODES, ERROR_TYPES, ErrorEnvelope } from './errors.js';

const envelope = {
  error: {
    type: 'invalid_request_error',
    code: 'parameter_invalid',
    message: 'amount must equal the sum of quantity × unit_amount over line_items',
    param: 'amount',
    request_id: 'req_5sT6uV7wX8yZ9aB0',
  },
};

describe('ErrorEnvelope', () => {
  it('parses an error, with or without param', () => {
    expect(ErrorEnvelope.parse(envelope)).toEqual(envelope);
    const { param: _, ...withoutParam } = envelope.error;
    expect(ErrorEnvelope.parse({ error: withoutParam })).toEqual({ error: withoutParam });
  });

  it('parses an error type and code added by a newer bank', () => {
    const newer = {
      error: { ...envelope.error, type: 'compliance_error', code: 'kyc_review_pending' },
    };
    expect(ErrorEnvelope.parse(newer)).toEqual(newer);
  });

  it('strips unknown fields', () => {
    const parsed = ErrorEnvelope.parse({
      error: { ...envelope.error, doc_url: 'https://example.invalid' },
      debug: true,
    });
    expect(parsed).toEqual(envelope);
  });

  it.each([
    ['no request_id', { request_id: undefined }],
    ['no message', { message: undefined }],
    ['a numeric code', { code: 400 }],
    ['a null type', { type: null }],
    ['a null param', { param: null }],
  ])('rejects an error with %s', (_, change) => {
    expect(ErrorEnvelope.safeParse({ error: { ...envelope.error, ...change } }).success).toBe(
      false,
    );
  });

  it('rejects what is not an error envelope', () => {
    expect(ErrorEnvelope.safeParse(envelope.error).success).toBe(false);
    expect(ErrorEnvelope.safeParse({ error: 'Bad request' }).success).toBe(false);
  });
});

describe('ERROR_CODES', () => {
  it('gives every code a known type and an HTTP error status', () => {
    for (const [code, { type, status }] of Object.entries(ERROR_CODES)) {
      expect(ERROR_TYPES, code).toContain(type);
      expect(status, code).toBeGreaterThanOrEqual(400);
      expect(status, code).toBeLessThan(600);
    }
  });

  it('maps families to the statuses clients branch on', () => {
    expect(ERROR_CODES.api_key_invalid).toMatchObject({
      type: 'authentication_error',
      status: 401,
    });
    expect(ERROR_CODES.secret_key_required).toMatchObject({
      type: 'permission_error',
      status: 403,
    });
    expect(ERROR_CODES.resource_missing.status).toBe(404);
    expect(ERROR_CODES.idempotency_key_reused).toMatchObject({
      type: 'idempotency_error',
      status: 422,
    });
    expect(ERROR_CODES.rate_limited).toMatchObject({ type: 'rate_limit_error', status: 429 });
    expect(ERROR_CODES.resend_too_soon).toMatchObject({ type: 'rate_limit_error', status: 429 });
    expect(ERROR_CODES.insufficient_balance).toMatchObject({ type: 'payment_error', status: 402 });
    expect(ERROR_CODES.internal_error).toMatchObject({ type: 'api_error', status: 500 });
  });

  it('makes every 429 a rate_limit_error, so clients can wait it out the one way', () => {
    const tooMany = Object.entries(ERROR_CODES).filter(([, { status }]) => status === 429);
    expect(tooMany.length).toBeGreaterThan(0);
    for (const [code, { type }] of tooMany) expect(type, code).toBe('rate_limit_error');
  });

  it('uses every error type at least once', () => {
    const used = new Set(Object.values(ERROR_CODES).map(({ type }) => type));
    expect([...used].sort()).toEqual([...ERROR_TYPES].sort());
  });
});

describe('ERROR_CODES retryable', () => {
  it('marks as retryable only what can succeed when sent again unchanged', () => {
    const retryable = Object.entries(ERROR_CODES)
      .filter(([, { retryable }]) => retryable)
      .map(([code]) => code)
      .sort();
    expect(retryable).toEqual([
      'idempotency_key_in_use',
      'internal_error',
      'rate_limited',
      'resend_too_soon',
    ]);
  });
});

describe('ERROR_CODE_NAMES', () => {
  it('names exactly the table’s codes, in its order', () => {
    expect([...ERROR_CODE_NAMES]).toEqual(Object.keys(ERROR_CODES));
  });
});
