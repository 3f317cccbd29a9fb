// Type tests (vitest typecheck, also checked by `tsc -b`): what an editor tells a partner
// about the SDK's errors.
import type { ErrorCode } from '@xinghui/contract';
import { describe, expectTypeOf, it } from 'vitest';
import type * as sdk from '../index.js';
import {
  XinghuiConnectionError,
  XinghuiError,
  XinghuiIdempotencyKeyInUseError,
  XinghuiPaymentError,
  XinghuiRateLimitError,
  errorClassName,
  isXinghuiConnectionError,
  isXinghuiError,
  isXinghuiIdempotencyError,
  isXinghuiIdempotencyKeyInUseError,
  isXinghuiIdempotencyKeyReusedError,
  isXinghuiPaymentError,
  isXinghuiRateLimitError,
  type XinghuiErrorCode,
  type XinghuiIdempotencyError,
  type XinghuiIdempotencyKeyReusedError,
  type XinghuiResponseErrorClassName,
} from '../index.js';

declare const caught: unknown;

describe('code', () => {
  it('is the contract’s codes, open to codes a newer bank adds', () => {
    expectTypeOf<XinghuiError['code']>().toEqualTypeOf<XinghuiErrorCode | undefined>();
    expectTypeOf<ErrorCode>().toExtend<XinghuiErrorCode>();
    expectTypeOf<'kyc_review_pending'>().toExtend<XinghuiErrorCode>();
  });

  it('keeps every known code for autocompletion and switch statements', () => {
    // An open union cannot narrow by comparison (the unknown part is any string); what it keeps
    // is the list of known codes, which an editor offers and a switch can spell out.
    expectTypeOf<
      Extract<Exclude<XinghuiError['code'], undefined>, ErrorCode>
    >().toEqualTypeOf<ErrorCode>();
    const error = new XinghuiError({ message: 'x' });
    if (error.code === 'insufficient_balance') expectTypeOf(error.code).toExtend<string>();
  });

  it('lists each class’s own family of codes', () => {
    type Known<C> = Extract<Exclude<C, undefined>, ErrorCode>;
    expectTypeOf<Known<XinghuiRateLimitError['code']>>().toEqualTypeOf<
      'rate_limited' | 'resend_too_soon'
    >();
    expectTypeOf<'insufficient_balance'>().toExtend<Known<XinghuiPaymentError['code']>>();
    expectTypeOf<'rate_limited'>().not.toExtend<Known<XinghuiPaymentError['code']>>();
  });

  it('is exactly its code on the two idempotency classes', () => {
    const inUse = new XinghuiIdempotencyKeyInUseError({ message: 'x' });
    expectTypeOf(inUse.code).toEqualTypeOf<'idempotency_key_in_use'>();
    // @ts-expect-error an in-use error is never the reused one
    void (inUse.code === 'idempotency_key_reused');
    expectTypeOf<
      XinghuiIdempotencyKeyReusedError['code']
    >().toEqualTypeOf<'idempotency_key_reused'>();
  });
});

describe('guards', () => {
  it('narrow unknown to each class', () => {
    if (isXinghuiError(caught)) expectTypeOf(caught).toEqualTypeOf<XinghuiError>();
    if (isXinghuiRateLimitError(caught)) {
      expectTypeOf(caught).toEqualTypeOf<XinghuiRateLimitError>();
      expectTypeOf(caught.retryAfterMs).toEqualTypeOf<number | undefined>();
    }
    if (isXinghuiConnectionError(caught)) {
      expectTypeOf(caught).toEqualTypeOf<XinghuiConnectionError>();
      expectTypeOf(caught.mayHaveSucceeded).toEqualTypeOf<boolean>();
    }
    if (isXinghuiPaymentError(caught)) expectTypeOf(caught).toEqualTypeOf<XinghuiPaymentError>();
    if (isXinghuiIdempotencyError(caught)) {
      expectTypeOf(caught).toEqualTypeOf<XinghuiIdempotencyError>();
      if (isXinghuiIdempotencyKeyInUseError(caught)) {
        expectTypeOf(caught.code).toEqualTypeOf<'idempotency_key_in_use'>();
      }
    }
    if (isXinghuiIdempotencyKeyReusedError(caught)) {
      expectTypeOf(caught).toExtend<XinghuiIdempotencyError>();
    }
  });

  it('leave every error readable for retryable, whatever its class', () => {
    if (isXinghuiError(caught)) expectTypeOf(caught.retryable).toEqualTypeOf<boolean>();
    expectTypeOf<XinghuiPaymentError['retryable']>().toEqualTypeOf<boolean>();
  });

  it('accept anything, as a catch clause has', () => {
    expectTypeOf(isXinghuiRateLimitError).parameter(0).toEqualTypeOf<unknown>();
  });
});

describe('errorClassName', () => {
  it('names only classes the SDK exports', () => {
    expectTypeOf(errorClassName).returns.toEqualTypeOf<XinghuiResponseErrorClassName>();
    expectTypeOf<XinghuiResponseErrorClassName>().toExtend<keyof typeof sdk>();
  });
});
