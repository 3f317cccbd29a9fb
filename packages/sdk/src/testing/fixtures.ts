/**
 * Valid bank responses for the SDK's own tests (not shipped: see `files` in package.json).
 */
import type { Buyer, Event, Payment } from '@xinghui/contract';

export const BASE_URL = 'http://127.0.0.1:4400';
export const SECRET_KEY = 'sk_test_0123456789abcdefABCDEF';
export const PUBLISHABLE_KEY = 'pk_test_0123456789abcdefABCDEF';
export const CLIENT_SECRET = 'cs_a1B2c3D4e5F6g7H8_secret_0123456789abcdefABCDEF';

export function buyer(overrides: Partial<Buyer> = {}): Buyer {
  return {
    id: 'buy_a1B2c3D4e5F6g7H8',
    object: 'buyer',
    business_name: '贝贝母婴生活馆',
    credit_code: '91440300708461136T',
    owner_name: '林晓梅',
    phone: '13800138000',
    industry: 'mother_baby',
    wallet: 'wal_a1B2c3D4e5F6g7H8',
    metadata: {},
    created: 1_764_300_000,
    ...overrides,
  };
}

export function payment(overrides: Partial<Payment> = {}): Payment {
  return {
    id: 'pay_a1B2c3D4e5F6g7H8',
    object: 'payment',
    status: 'succeeded',
    method: 'wallet',
    amount: { amount: 25_800, currency: 'CNY' },
    amount_refunded: { amount: 0, currency: 'CNY' },
    buyer: 'buy_a1B2c3D4e5F6g7H8',
    supplier: 'sup_a1B2c3D4e5F6g7H8',
    checkout_session: 'cs_a1B2c3D4e5F6g7H8',
    failure_code: null,
    created: 1_764_300_000,
    ...overrides,
  };
}

export function paymentSucceededEvent(): Event {
  return {
    id: 'evt_a1B2c3D4e5F6g7H8',
    object: 'event',
    type: 'payment.succeeded',
    api_version: '2026-11-01',
    created: 1_764_300_000,
    data: { object: payment() },
    request: { id: 'req_a1B2c3D4e5F6g7H8', idempotency_key: 'key-1' },
  };
}

export function errorBody(type: string, code: string, message = 'Something went wrong') {
  return { error: { type, code, message, request_id: 'req_errErrErr123' } };
}
