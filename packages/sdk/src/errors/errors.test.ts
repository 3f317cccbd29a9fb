import { ERROR_CODES, type ErrorCode } from '@xinghui/contract';
import { describe, expect, it, vi } from 'vitest';
import * as sdk from '../index.js';
import {
  XinghuiAPIError,
  XinghuiIdempotencyError,
  XinghuiIdempotencyKeyInUseError,
  XinghuiIdempotencyKeyReusedError,
  XinghuiInvalidRequestError,
  XinghuiRateLimitError,
  errorClassName,
  isXinghuiAPIError,
  isXinghuiError,
  isXinghuiIdempotencyError,
  isXinghuiIdempotencyKeyInUseError,
  isXinghuiIdempotencyKeyReusedError,
  isXinghuiRateLimitError,
} from './index.js';
import { errorFromResponse } from './from-response.js';

const envelope = (type: string, code: string) => ({
  error: { type, code, message: 'No.', request_id: 'req_fromBody1234' },
});
const respond = (status: number, headers: Record<string, string> = {}) => ({
  status,
  headers: new Headers(headers),
});

describe('errorClassName', () => {
  it('names a class for every code in the contract, and the class errorFromResponse throws', () => {
    for (const code of Object.keys(ERROR_CODES) as ErrorCode[]) {
      const { type, status } = ERROR_CODES[code];
      const name = errorClassName({ code, ...ERROR_CODES[code] });
      const error = errorFromResponse(respond(status), envelope(type, code));
      expect(error.name, code).toBe(name);
      expect((sdk as Record<string, unknown>)[name], code).toBe(error.constructor);
    }
  });

  it('gives the two idempotency codes their own classes, and every 429 the rate limit class', () => {
    expect(
      errorClassName({ code: 'idempotency_key_in_use', ...ERROR_CODES.idempotency_key_in_use }),
    ).toBe('XinghuiIdempotencyKeyInUseError');
    expect(
      errorClassName({ code: 'idempotency_key_reused', ...ERROR_CODES.idempotency_key_reused }),
    ).toBe('XinghuiIdempotencyKeyReusedError');
    expect(errorClassName({ code: 'resend_too_soon', ...ERROR_CODES.resend_too_soon })).toBe(
      'XinghuiRateLimitError',
    );
    // An older bank that still calls it an invalid request: a 429 is a rate limit all the same.
    expect(
      errorClassName({ code: 'resend_too_soon', type: 'invalid_request_error', status: 429 }),
    ).toBe('XinghuiRateLimitError');
  });

  it('judges a type it does not know by the status, and is not fooled by Object’s names', () => {
    expect(errorClassName({ type: 'compliance_error', code: 'x', status: 403 })).toBe(
      'XinghuiPermissionError',
    );
    expect(errorClassName({ type: 'constructor', code: 'constructor', status: 400 })).toBe(
      'XinghuiInvalidRequestError',
    );
    expect(errorClassName({ status: 502 })).toBe('XinghuiAPIError');
  });
});

describe('errorFromResponse', () => {
  it('reads retryable from the table and Retry-After into milliseconds', () => {
    const tooSoon = errorFromResponse(
      respond(429, { 'Retry-After': '58' }),
      envelope('rate_limit_error', 'resend_too_soon'),
    );
    expect(tooSoon).toBeInstanceOf(XinghuiRateLimitError);
    expect(tooSoon).toMatchObject({ retryable: true, retryAfterMs: 58_000, status: 429 });

    const reused = errorFromResponse(
      respond(422),
      envelope('idempotency_error', 'idempotency_key_reused'),
    );
    expect(reused).toBeInstanceOf(XinghuiIdempotencyKeyReusedError);
    expect(reused).toBeInstanceOf(XinghuiIdempotencyError);
    expect(reused.retryable).toBe(false);

    const inUse = errorFromResponse(
      respond(409, { 'Retry-After': '1' }),
      envelope('idempotency_error', 'idempotency_key_in_use'),
    );
    expect(inUse).toBeInstanceOf(XinghuiIdempotencyKeyInUseError);
    expect(inUse).toBeInstanceOf(XinghuiIdempotencyError);
    expect(inUse).toMatchObject({ retryable: true, retryAfterMs: 1000 });
  });

  it('lets the bank’s Xinghui-Should-Retry header decide over the table', () => {
    const error = errorFromResponse(
      respond(500, { 'Xinghui-Should-Retry': 'false' }),
      envelope('api_error', 'internal_error'),
    );
    expect(error.retryable).toBe(false);
    const newer = errorFromResponse(
      respond(409, { 'Xinghui-Should-Retry': 'true' }),
      envelope('invalid_request_error', 'kyc_review_pending'),
    );
    expect(newer).toBeInstanceOf(XinghuiInvalidRequestError);
    expect(newer.retryable).toBe(true);
  });

  it('falls back on the status for a code this SDK does not know', () => {
    expect(errorFromResponse(respond(503), envelope('api_error', 'brand_new')).retryable).toBe(
      true,
    );
    expect(
      errorFromResponse(respond(409), envelope('invalid_request_error', 'brand_new')).retryable,
    ).toBe(false);
  });

  it('makes a body that is not an envelope an API error, or a rate limit for a 429', () => {
    const html = errorFromResponse(
      respond(502, { 'Xinghui-Request-Id': 'req_header123' }),
      '<html>',
    );
    expect(html).toBeInstanceOf(XinghuiAPIError);
    expect(html).toMatchObject({ retryable: true, requestId: 'req_header123', raw: '<html>' });
    // Nothing the bank did not say: no family, no code, whatever class the status gave it.
    expect([html.type, html.code]).toEqual([undefined, undefined]);
    expect(errorFromResponse(respond(400, {}), 'Bad Request')).toBeInstanceOf(XinghuiAPIError);
    const proxy = errorFromResponse(respond(429, { 'Retry-After': '2' }), 'Too Many Requests');
    expect(proxy).toBeInstanceOf(XinghuiRateLimitError);
    expect(proxy).toMatchObject({ retryable: true, retryAfterMs: 2000 });
  });
});

describe('guards', () => {
  it('say yes for the class and its subclasses, and no for the rest', () => {
    const inUse = errorFromResponse(
      respond(409),
      envelope('idempotency_error', 'idempotency_key_in_use'),
    );
    expect(isXinghuiError(inUse)).toBe(true);
    expect(isXinghuiIdempotencyError(inUse)).toBe(true);
    expect(isXinghuiIdempotencyKeyInUseError(inUse)).toBe(true);
    expect(isXinghuiIdempotencyKeyReusedError(inUse)).toBe(false);
    expect(isXinghuiRateLimitError(inUse)).toBe(false);
    expect(isXinghuiAPIError(new Error('plain'))).toBe(false);
    expect(isXinghuiAPIError(null)).toBe(false);
    expect(isXinghuiAPIError({ name: 'XinghuiAPIError' })).toBe(false);
  });

  it('recognise errors from another copy of the SDK, where instanceof says no', async () => {
    vi.resetModules();
    const copy = (await import('../index.js')) as typeof sdk;
    expect(copy.XinghuiRateLimitError).not.toBe(XinghuiRateLimitError);

    const foreign = new copy.XinghuiRateLimitError({ message: 'slow down', status: 429 });
    expect(foreign).not.toBeInstanceOf(XinghuiRateLimitError);
    expect(isXinghuiRateLimitError(foreign)).toBe(true);
    expect(isXinghuiError(foreign)).toBe(true);
    expect(isXinghuiAPIError(foreign)).toBe(false);

    const reused = new copy.XinghuiIdempotencyKeyReusedError({ message: 'reused' });
    expect(isXinghuiIdempotencyError(reused)).toBe(true);
    expect(isXinghuiIdempotencyKeyReusedError(reused)).toBe(true);
    expect(
      copy.isXinghuiIdempotencyKeyReusedError(
        new XinghuiIdempotencyKeyReusedError({ message: 'x' }),
      ),
    ).toBe(true);
  });

  it('keep a partner’s own subclass under its parent’s guard', () => {
    class OrderRateLimitError extends XinghuiRateLimitError {}
    const error = new OrderRateLimitError({ message: 'mine' });
    expect(isXinghuiRateLimitError(error)).toBe(true);
    expect(sdk.isXinghuiConnectionError(error)).toBe(false);
  });
});
