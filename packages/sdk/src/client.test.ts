import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient, XinghuiConfigurationError, XinghuiPaymentError } from './index.js';
import {
  BASE_URL,
  CLIENT_SECRET,
  PUBLISHABLE_KEY,
  SECRET_KEY,
  errorBody,
} from './testing/fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const session = {
  id: 'cs_a1B2c3D4e5F6g7H8',
  object: 'checkout_session',
  status: 'open',
  amount: { amount: 25_800, currency: 'CNY' },
  line_items: [
    {
      name: '婴儿纸尿裤 L 码 (箱)',
      quantity: 2,
      unit_amount: { amount: 12_900, currency: 'CNY' },
      amount: { amount: 25_800, currency: 'CNY' },
    },
  ],
  description: null,
  payment_methods: ['wallet'],
  capabilities: ['read_session', 'request_verification_code', 'confirm'],
  buyer: {
    id: 'buy_a1B2c3D4e5F6g7H8',
    business_name: '贝贝母婴生活馆',
    phone_masked: '138****8000',
  },
  supplier: { id: 'sup_a1B2c3D4e5F6g7H8', business_name: '安心母婴用品批发' },
  wallet: { balance: { amount: 100_000, currency: 'CNY' } },
  payment: null,
  expires_at: 1_764_301_800,
};

describe('createClient (the browser entry)', () => {
  it('refuses a secret key, loudly and before any request', () => {
    expect(() => createClient({ publishableKey: SECRET_KEY, baseUrl: BASE_URL })).toThrow(
      XinghuiConfigurationError,
    );
    expect(() => createClient({ publishableKey: SECRET_KEY })).toThrow(
      /must never reach a browser/,
    );
  });

  it('refuses anything that is not a publishable key', () => {
    expect(() => createClient({ publishableKey: '' })).toThrow(XinghuiConfigurationError);
    expect(() => createClient({ publishableKey: 'pk_live' })).toThrow(/pk_test_/);
  });

  it('scopes calls by the client secret, sent as a header rather than in the URL', async () => {
    let request: Request | undefined;
    server.use(
      http.get(`${BASE_URL}/v1/client/checkout_session`, (info) => {
        request = info.request;
        return HttpResponse.json(session);
      }),
    );
    const xinghui = createClient({ publishableKey: PUBLISHABLE_KEY, baseUrl: BASE_URL });
    const result = await xinghui.checkoutSessions.retrieve(CLIENT_SECRET);
    expect(result.buyer.phone_masked).toBe('138****8000');
    expect(request?.headers.get('authorization')).toBe(`Bearer ${PUBLISHABLE_KEY}`);
    expect(request?.headers.get('xinghui-client-secret')).toBe(CLIENT_SECRET);
    expect(request?.url).not.toContain('secret');
  });

  it('refuses a malformed client secret without a request', () => {
    const xinghui = createClient({ publishableKey: PUBLISHABLE_KEY, baseUrl: BASE_URL });
    expect(() => xinghui.checkoutSessions.retrieve('cs_123')).toThrow(XinghuiConfigurationError);
  });

  it('confirms with the code and surfaces a declined payment as a payment error', async () => {
    let body: unknown;
    let key: string | null = null;
    server.use(
      http.post(`${BASE_URL}/v1/client/checkout_session/confirm`, async ({ request }) => {
        body = await request.json();
        key = request.headers.get('idempotency-key');
        return HttpResponse.json(
          errorBody('payment_error', 'insufficient_balance', '钱包余额不足'),
          { status: 402 },
        );
      }),
    );
    const xinghui = createClient({ publishableKey: PUBLISHABLE_KEY, baseUrl: BASE_URL });
    const error = await xinghui.checkoutSessions
      .confirm(CLIENT_SECRET, { payment_method: 'wallet', verification_code: '123456' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(XinghuiPaymentError);
    expect(error).toMatchObject({ code: 'insufficient_balance', status: 402 });
    expect(body).toEqual({ payment_method: 'wallet', verification_code: '123456' });
    expect(key).toBeTruthy();
  });

  it('requests a verification code', async () => {
    server.use(
      http.post(`${BASE_URL}/v1/client/checkout_session/verification_codes`, () =>
        HttpResponse.json({
          object: 'verification_code',
          phone_masked: '138****8000',
          created: 1_764_300_000,
          expires_at: 1_764_300_300,
          resend_available_at: 1_764_300_060,
          attempts_remaining: 5,
        }),
      ),
    );
    const xinghui = createClient({ publishableKey: PUBLISHABLE_KEY, baseUrl: BASE_URL });
    const code = await xinghui.checkoutSessions.requestVerificationCode(CLIENT_SECRET);
    expect(code.phone_masked).toBe('138****8000');
  });
});
