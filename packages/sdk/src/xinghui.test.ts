import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  XinghuiAPIError,
  XinghuiAuthenticationError,
  XinghuiConfigurationError,
  XinghuiConnectionError,
  XinghuiIdempotencyError,
  XinghuiInvalidRequestError,
  XinghuiPaymentError,
  XinghuiPermissionError,
  XinghuiRateLimitError,
  XinghuiSchemaError,
  isXinghuiError,
  type RetryInfo,
} from './server.js';
import { Xinghui } from './xinghui.js';
import {
  BASE_URL,
  PUBLISHABLE_KEY,
  SECRET_KEY,
  buyer,
  errorBody,
  payment,
} from './testing/fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const retries: RetryInfo[] = [];
afterEach(() => {
  retries.length = 0;
});

function client(options: Partial<ConstructorParameters<typeof Xinghui>[0]> = {}) {
  return new Xinghui({
    secretKey: SECRET_KEY,
    baseUrl: BASE_URL,
    initialRetryDelayMs: 2,
    maxRetryDelayMs: 20,
    onRetry: (info) => retries.push(info),
    ...options,
  });
}

const newBuyer = {
  business_name: '贝贝母婴生活馆',
  credit_code: '91440300708461136T',
  owner_name: '林晓梅',
  phone: '13800138000',
  industry: 'mother_baby' as const,
};

describe('requests', () => {
  it('sends the secret key, the pinned API version and the body, and returns the parsed buyer', async () => {
    let seen: Request | undefined;
    let body: unknown;
    server.use(
      http.post(`${BASE_URL}/v1/buyers`, async ({ request }) => {
        seen = request;
        body = await request.json();
        return HttpResponse.json(buyer());
      }),
    );
    const created = await client().buyers.create(newBuyer);
    expect(created).toEqual(buyer());
    expect(seen?.headers.get('authorization')).toBe(`Bearer ${SECRET_KEY}`);
    expect(seen?.headers.get('xinghui-version')).toBe('2026-11-01');
    expect(seen?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(body).toEqual(newBuyer);
  });

  it('puts the id in the path, escaped, and sends no idempotency key on a GET', async () => {
    let url = '';
    let key: string | null = 'unset';
    server.use(
      http.get(`${BASE_URL}/v1/payments/:id`, ({ request }) => {
        url = request.url;
        key = request.headers.get('idempotency-key');
        return HttpResponse.json(payment());
      }),
    );
    await client().payments.retrieve('pay_a1B2c3D4e5F6g7H8');
    expect(url).toBe(`${BASE_URL}/v1/payments/pay_a1B2c3D4e5F6g7H8`);
    expect(key).toBeNull();
    await client()
      .payments.retrieve('../buyers')
      .catch(() => undefined);
    expect(url).toBe(`${BASE_URL}/v1/payments/..%2Fbuyers`);
  });

  it('uses the caller’s idempotency key when given one', async () => {
    let key: string | null = null;
    server.use(
      http.post(`${BASE_URL}/v1/payments/:id/refunds`, ({ request }) => {
        key = request.headers.get('idempotency-key');
        return HttpResponse.json({
          id: 're_a1B2c3D4e5F6g7H8',
          object: 'refund',
          payment: 'pay_a1B2c3D4e5F6g7H8',
          amount: { amount: 100, currency: 'CNY' },
          reason: null,
          status: 'succeeded',
          created: 1,
        });
      }),
    );
    await client().payments.refund(
      'pay_a1B2c3D4e5F6g7H8',
      {},
      { idempotencyKey: 'order-42-refund' },
    );
    expect(key).toBe('order-42-refund');
  });

  it('refuses a publishable key or garbage instead of a secret key', () => {
    expect(() => new Xinghui({ secretKey: PUBLISHABLE_KEY })).toThrow(XinghuiConfigurationError);
    expect(() => new Xinghui({ secretKey: 'oops' })).toThrow(/sk_test_/);
  });
});

describe('retries', () => {
  it('retries 5xx with the same idempotency key and growing delays, then succeeds', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(`${BASE_URL}/v1/buyers`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return keys.length < 3
          ? HttpResponse.json(errorBody('api_error', 'internal_error'), { status: 503 })
          : HttpResponse.json(buyer());
      }),
    );
    await expect(client().buyers.create(newBuyer)).resolves.toEqual(buyer());
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(retries.map((retry) => retry.attempt)).toEqual([1, 2]);
    expect(retries[1]!.delayMs).toBeGreaterThanOrEqual(retries[0]!.delayMs);
    expect(retries[0]!.error).toBeInstanceOf(XinghuiAPIError);
  });

  it('retries connection errors, keeping the key', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(`${BASE_URL}/v1/buyers`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return keys.length === 1 ? HttpResponse.error() : HttpResponse.json(buyer());
      }),
    );
    await expect(client().buyers.create(newBuyer)).resolves.toEqual(buyer());
    expect(keys[0]).toBe(keys[1]);
    expect(retries[0]!.error).toBeInstanceOf(XinghuiConnectionError);
  });

  it('retries 409 idempotency_key_in_use and honours Retry-After', async () => {
    let calls = 0;
    server.use(
      http.post(`${BASE_URL}/v1/buyers`, () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json(errorBody('idempotency_error', 'idempotency_key_in_use'), {
              status: 409,
              headers: { 'Retry-After': '1' },
            })
          : HttpResponse.json(buyer());
      }),
    );
    const started = Date.now();
    await client().buyers.create(newBuyer);
    expect(calls).toBe(2);
    expect(retries[0]!.delayMs).toBe(1000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('retries 429 and gives up after maxRetries with a rate limit error', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE_URL}/v1/buyers/:id`, () => {
        calls += 1;
        return HttpResponse.json(errorBody('rate_limit_error', 'rate_limited'), { status: 429 });
      }),
    );
    await expect(
      client({ maxRetries: 3 }).buyers.retrieve('buy_a1B2c3D4e5F6g7H8'),
    ).rejects.toBeInstanceOf(XinghuiRateLimitError);
    expect(calls).toBe(4);
  });

  it('does not wait for a Retry-After longer than a minute', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE_URL}/v1/buyers/:id`, () => {
        calls += 1;
        return HttpResponse.json(errorBody('rate_limit_error', 'rate_limited'), {
          status: 429,
          headers: { 'Retry-After': '3600' },
        });
      }),
    );
    await expect(client().buyers.retrieve('buy_a1B2c3D4e5F6g7H8')).rejects.toBeInstanceOf(
      XinghuiRateLimitError,
    );
    expect(calls).toBe(1);
  });

  it('never retries 422 idempotency_key_reused or other 4xx', async () => {
    for (const [status, type, code] of [
      [422, 'idempotency_error', 'idempotency_key_reused'],
      [400, 'invalid_request_error', 'parameter_invalid'],
      [402, 'payment_error', 'insufficient_balance'],
      [404, 'invalid_request_error', 'resource_missing'],
    ] as const) {
      let calls = 0;
      server.use(
        http.post(`${BASE_URL}/v1/buyers`, () => {
          calls += 1;
          return HttpResponse.json(errorBody(type, code), { status });
        }),
      );
      await expect(client().buyers.create(newBuyer)).rejects.toMatchObject({ status, code });
      expect(calls).toBe(1);
    }
    expect(retries).toHaveLength(0);
  });

  it('with maxRetries 0 per call, fails at once', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE_URL}/v1/buyers/:id`, () => {
        calls += 1;
        return HttpResponse.json(errorBody('api_error', 'internal_error'), { status: 500 });
      }),
    );
    await expect(
      client().buyers.retrieve('buy_a1B2c3D4e5F6g7H8', { maxRetries: 0 }),
    ).rejects.toBeInstanceOf(XinghuiAPIError);
    expect(calls).toBe(1);
  });
});

describe('errors', () => {
  const cases = [
    [401, 'authentication_error', 'api_key_invalid', XinghuiAuthenticationError],
    [403, 'permission_error', 'secret_key_required', XinghuiPermissionError],
    [400, 'invalid_request_error', 'parameter_invalid', XinghuiInvalidRequestError],
    [422, 'idempotency_error', 'idempotency_key_reused', XinghuiIdempotencyError],
    [402, 'payment_error', 'insufficient_balance', XinghuiPaymentError],
  ] as const;

  for (const [status, type, code, ErrorClass] of cases) {
    it(`maps ${status} ${type} to ${ErrorClass.name} with every detail`, async () => {
      server.use(
        http.post(`${BASE_URL}/v1/buyers`, () =>
          HttpResponse.json(
            {
              error: { type, code, message: 'No.', param: 'phone', request_id: 'req_fromBody1234' },
            },
            { status, headers: { 'Xinghui-Request-Id': 'req_fromHeader12' } },
          ),
        ),
      );
      const error = await client({ maxRetries: 0 })
        .buyers.create(newBuyer)
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ErrorClass);
      expect(isXinghuiError(error)).toBe(true);
      expect(error).toMatchObject({
        status,
        type,
        code,
        message: 'No.',
        param: 'phone',
        requestId: 'req_fromBody1234',
      });
    });
  }

  it('maps an unknown error type by its status, keeping the code', async () => {
    server.use(
      http.get(`${BASE_URL}/v1/buyers/:id`, () =>
        HttpResponse.json(errorBody('brand_new_error', 'brand_new_code'), { status: 403 }),
      ),
    );
    const error = await client()
      .buyers.retrieve('buy_a1B2c3D4e5F6g7H8')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(XinghuiPermissionError);
    expect(error).toMatchObject({ type: 'brand_new_error', code: 'brand_new_code' });
  });

  it('turns a non-envelope error body (a proxy’s HTML page) into an API error', async () => {
    server.use(
      http.get(
        `${BASE_URL}/v1/buyers/:id`,
        () =>
          new HttpResponse('<html>Bad gateway</html>', {
            status: 502,
            headers: { 'Content-Type': 'text/html' },
          }),
      ),
    );
    const error = await client({ maxRetries: 0 })
      .buyers.retrieve('buy_a1B2c3D4e5F6g7H8')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(XinghuiAPIError);
    expect(error).toMatchObject({ status: 502 });
  });

  it('times out an attempt that takes too long, as a connection error', async () => {
    server.use(
      http.get(`${BASE_URL}/v1/buyers/:id`, async () => {
        await new Promise((resolve) => setTimeout(resolve, 500));
        return HttpResponse.json(buyer());
      }),
    );
    const error = await client({ maxRetries: 0 })
      .buyers.retrieve('buy_a1B2c3D4e5F6g7H8', { timeout: 50 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(XinghuiConnectionError);
    expect((error as XinghuiConnectionError).timedOut).toBe(true);
  });

  it('aborts with the caller’s reason, even while waiting to retry', async () => {
    server.use(
      http.get(`${BASE_URL}/v1/buyers/:id`, () =>
        HttpResponse.json(errorBody('api_error', 'internal_error'), { status: 500 }),
      ),
    );
    const controller = new AbortController();
    const pending = client({ initialRetryDelayMs: 5_000, maxRetryDelayMs: 5_000 }).buyers.retrieve(
      'buy_a1B2c3D4e5F6g7H8',
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(new Error('user left the page')), 50);
    await expect(pending).rejects.toThrow('user left the page');
    expect(retries).toHaveLength(1);
  });

  it('aborts an in-flight request', async () => {
    server.use(
      http.get(`${BASE_URL}/v1/buyers/:id`, async () => {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        return HttpResponse.json(buyer());
      }),
    );
    const controller = new AbortController();
    const pending = client().buyers.retrieve('buy_a1B2c3D4e5F6g7H8', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(retries).toHaveLength(0);
  });
});

describe('response validation', () => {
  it('rejects money as a float with a schema error naming the field', async () => {
    server.use(
      http.get(`${BASE_URL}/v1/payments/:id`, () =>
        HttpResponse.json(
          { ...payment(), amount: { amount: 258.5, currency: 'CNY' } },
          {
            headers: { 'Xinghui-Request-Id': 'req_schemaSchema1' },
          },
        ),
      ),
    );
    const error = await client()
      .payments.retrieve('pay_a1B2c3D4e5F6g7H8')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(XinghuiSchemaError);
    expect((error as XinghuiSchemaError).issues[0]!.path).toEqual(['amount', 'amount']);
    expect(error).toMatchObject({ requestId: 'req_schemaSchema1' });
    expect(retries).toHaveLength(0);
  });

  it('rejects a missing field and a body that is not JSON', async () => {
    const { id: _id, ...withoutId } = payment();
    server.use(http.get(`${BASE_URL}/v1/payments/:id`, () => HttpResponse.json(withoutId)));
    await expect(client().payments.retrieve('pay_a1B2c3D4e5F6g7H8')).rejects.toBeInstanceOf(
      XinghuiSchemaError,
    );
    server.use(http.get(`${BASE_URL}/v1/payments/:id`, () => HttpResponse.text('ok')));
    await expect(client().payments.retrieve('pay_a1B2c3D4e5F6g7H8')).rejects.toBeInstanceOf(
      XinghuiSchemaError,
    );
  });

  it('tolerates unknown fields and enum values from a newer bank', async () => {
    server.use(
      http.get(`${BASE_URL}/v1/payments/:id`, () =>
        HttpResponse.json({ ...payment(), status: 'under_review', method: 'bnpl', risk_score: 12 }),
      ),
    );
    const result = await client().payments.retrieve('pay_a1B2c3D4e5F6g7H8');
    expect(result.status).toBe('under_review');
    expect(result.method).toBe('bnpl');
    expect(result).not.toHaveProperty('risk_score');
  });

  it('tolerates event types it does not know yet', async () => {
    server.use(
      http.get(`${BASE_URL}/v1/events/:id`, () =>
        HttpResponse.json({
          id: 'evt_a1B2c3D4e5F6g7H8',
          object: 'event',
          type: 'loan.restructured',
          api_version: '2027-01-01',
          created: 1,
          data: { object: { id: 'loan_x', anything: true } },
          request: null,
        }),
      ),
    );
    const event = await client().events.retrieve('evt_a1B2c3D4e5F6g7H8');
    expect(event.type).toBe('loan.restructured');
  });
});

describe('pagination', () => {
  function pages(total: number, pageSize: number) {
    const all = Array.from({ length: total }, (_, index) =>
      buyer({ id: `buy_${String(total - index).padStart(16, '0')}` }),
    );
    const requests: URLSearchParams[] = [];
    server.use(
      http.get(`${BASE_URL}/v1/buyers`, ({ request }) => {
        const params = new URL(request.url).searchParams;
        requests.push(params);
        const after = params.get('starting_after');
        const start = after ? all.findIndex((item) => item.id === after) + 1 : 0;
        const limit = Number(params.get('limit') ?? pageSize);
        const data = all.slice(start, start + limit);
        return HttpResponse.json({ object: 'list', data, has_more: start + limit < all.length });
      }),
    );
    return { all, requests };
  }

  it('awaits to the first page', async () => {
    const { all } = pages(5, 2);
    const page = await client().buyers.list({ limit: 2 });
    expect(page.data.map((item) => item.id)).toEqual(all.slice(0, 2).map((item) => item.id));
    expect(page.has_more).toBe(true);
  });

  it('iterates every item across pages with for await, following the cursor', async () => {
    const { all, requests } = pages(7, 3);
    const seen: string[] = [];
    for await (const item of client().buyers.list({ limit: 3 })) seen.push(item.id);
    expect(seen).toEqual(all.map((item) => item.id));
    expect(requests.map((params) => params.get('starting_after'))).toEqual([
      null,
      all[2]!.id,
      all[5]!.id,
    ]);
    expect(requests.every((params) => params.get('limit') === '3')).toBe(true);
  });

  it('stops fetching when the loop breaks', async () => {
    const { requests } = pages(10, 2);
    for await (const item of client().buyers.list({ limit: 2 })) {
      if (item) break;
    }
    expect(requests).toHaveLength(1);
  });
});
