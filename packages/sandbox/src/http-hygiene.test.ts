/**
 * What the HTTP layer refuses before a handler runs, and what every answer carries (issue 11,
 * findings 5 and 6): body size, nesting, media type, Host, ill-formed text and prototype keys;
 * no-store, nosniff and Xinghui-Should-Retry.
 */
import {
  API_VERSION,
  API_VERSION_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  SHOULD_RETRY_HEADER,
} from '@xinghui/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from './sandbox.js';
import {
  SHOP,
  expectError,
  newKey,
  readReply,
  sessionParams,
  world,
  type App,
  creditCodeOf,
} from './testing/harness.js';

let sandbox: Sandbox;
let app: App;
beforeEach(() => {
  sandbox = createSandbox();
  app = sandbox.app;
});
afterEach(() => sandbox.close());

const count = (table: 'partners' | 'buyers') => [...sandbox.bank.store.scan(table)].length;

/** A POST with exactly these headers and body bytes, read through the contract check. */
async function rawPost(path: string, headers: Record<string, string>, body: BodyInit) {
  const response = await app.request(path, { method: 'POST', headers, body });
  return readReply('POST', path, response);
}

function serverHeaders(secretKey: string, extra: Record<string, string> = {}) {
  return {
    Authorization: `Bearer ${secretKey}`,
    [API_VERSION_HEADER]: API_VERSION,
    [IDEMPOTENCY_KEY_HEADER]: newKey(),
    'Content-Type': 'application/json',
    ...extra,
  };
}

describe('bodies only as JSON', () => {
  it('never lets a cross-site text/plain or form POST reach a handler', async () => {
    const partners = count('partners');
    for (const contentType of [
      'text/plain',
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=latin1',
      'application/jsonx',
    ]) {
      const reply = await rawPost(
        '/v1/sandbox/partners',
        { 'Content-Type': contentType, Origin: 'https://evil.example.com' },
        '{}',
      );
      expectError(reply, 'unsupported_media_type', 'Content-Type');
    }
    // No Content-Type at all is no JSON either.
    const bare = await app.request('/v1/sandbox/partners', { method: 'POST', body: '{}' });
    expectError(await readReply('POST', '/v1/sandbox/partners', bare), 'unsupported_media_type');
    expect(count('partners')).toBe(partners);
  });

  it('accepts application/json with or without a UTF-8 charset', async () => {
    for (const contentType of [
      'application/json',
      'Application/JSON; charset=utf-8',
      'application/json;charset="UTF-8"',
    ]) {
      const reply = await rawPost('/v1/sandbox/partners', { 'Content-Type': contentType }, '{}');
      expect(reply.status, `${contentType}: ${reply.text}`).toBe(200);
    }
  });

  it('refuses a form POST with a valid secret key, creating nothing', async () => {
    const w = await world(app);
    const buyers = count('buyers');
    const reply = await rawPost(
      '/v1/buyers',
      serverHeaders(w.partner.secret_key, { 'Content-Type': 'application/x-www-form-urlencoded' }),
      new URLSearchParams(SHOP).toString(),
    );
    expectError(reply, 'unsupported_media_type');
    expect(count('buyers')).toBe(buyers);
  });
});

describe('body limits', () => {
  it('refuses a body over 64 KB by its Content-Length and by counting a stream (413)', async () => {
    const w = await world(app);
    const buyers = count('buyers');
    const big = JSON.stringify({ ...SHOP, business_name: 'x'.repeat(70_000) });
    expectError(
      await rawPost('/v1/buyers', serverHeaders(w.partner.secret_key), big),
      'body_too_large',
    );
    // A stream that never says its length is counted as it arrives.
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull: (controller) => {
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const response = await app.request(
      new Request('http://localhost/v1/buyers', {
        method: 'POST',
        headers: serverHeaders(w.partner.secret_key),
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    expectError(await readReply('POST', '/v1/buyers', response), 'body_too_large');
    // It stopped reading just past the limit, not at the end of an endless body.
    expect(sent).toBeLessThanOrEqual(6);
    expect(count('buyers')).toBe(buyers);
    // 64 KB is the limit, not a lower one: a body just under it is read (and validated).
    const under = JSON.stringify({ ...SHOP, business_name: 'x'.repeat(60_000) });
    expectError(
      await rawPost('/v1/buyers', serverHeaders(w.partner.secret_key), under),
      'parameter_invalid',
      'business_name',
    );
  });

  it('honours a configured body limit', async () => {
    const small = createSandbox({ maxBodyBytes: 100 });
    try {
      const reply = await readReply(
        'POST',
        '/v1/sandbox/partners',
        await small.app.request('/v1/sandbox/partners', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ name: 'x'.repeat(120) }),
        }),
      );
      expectError(reply, 'body_too_large');
    } finally {
      small.close();
    }
  });

  it('refuses a body nested deeper than 20 levels, naming the limit, before parsing it', async () => {
    const w = await world(app);
    for (const body of [
      '['.repeat(30_000) + ']'.repeat(30_000),
      `{"a":${'['.repeat(21)}${']'.repeat(21)}}`,
    ]) {
      const error = expectError(
        await rawPost('/v1/buyers', serverHeaders(w.partner.secret_key), body),
        'body_invalid',
      );
      expect(error.message).toContain('more than 20 levels deep');
    }
    // Brackets inside strings are text, not nesting.
    const named = { ...SHOP, business_name: `${'['.repeat(30)}店`, credit_code: creditCodeOf(1) };
    const reply = await rawPost(
      '/v1/buyers',
      serverHeaders(w.partner.secret_key),
      JSON.stringify(named),
    );
    expect(reply.status, reply.text).toBe(200);
  });

  it('refuses bytes that are not UTF-8 instead of storing U+FFFD', async () => {
    const w = await world(app);
    const buyers = count('buyers');
    const text = new TextEncoder().encode(JSON.stringify({ ...SHOP, business_name: 'AB' }));
    const bytes = new Uint8Array(text);
    bytes[text.indexOf(0x41)] = 0xff; // 'A' becomes a byte no UTF-8 text contains
    const error = expectError(
      await rawPost('/v1/buyers', serverHeaders(w.partner.secret_key), bytes),
      'body_invalid',
    );
    expect(error.message).toContain('UTF-8');
    expect(count('buyers')).toBe(buyers);
  });
});

describe('keys and text the schemas would silently drop', () => {
  it('refuses __proto__, constructor and prototype keys anywhere, naming the field', async () => {
    const w = await world(app);
    const buyers = count('buyers');
    const shop = JSON.stringify(SHOP).slice(1, -1);
    for (const [body, param] of [
      [`{${shop},"__proto__":{"admin":true}}`, '__proto__'],
      [`{${shop},"constructor":{}}`, 'constructor'],
      [`{"prototype":1,${shop}}`, 'prototype'],
    ] as const) {
      expectError(
        await rawPost('/v1/buyers', serverHeaders(w.partner.secret_key), body),
        'parameter_invalid',
        param,
      );
    }
    const params = JSON.stringify(sessionParams(w.shop.id, w.supplier.id, 1_000)).replace(
      '"quantity":1',
      '"quantity":1,"__proto__":{"unit_amount":1}',
    );
    expectError(
      await rawPost('/v1/checkout_sessions', serverHeaders(w.partner.secret_key), params),
      'parameter_invalid',
      'line_items[0].__proto__',
    );
    expect(count('buyers')).toBe(buyers);
  });

  it('refuses a lone surrogate in a string, naming the field', async () => {
    const w = await world(app);
    const body = JSON.stringify(SHOP).replace('"贝贝母婴生活馆"', '"贝贝\\ud800"');
    expectError(
      await rawPost('/v1/buyers', serverHeaders(w.partner.secret_key), body),
      'parameter_invalid',
      'business_name',
    );
  });
});

describe('the Host header in process', () => {
  it('answers localhost (what app.request uses) and refuses other names', async () => {
    const ok = await app.request('/v1/sandbox/partners', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(ok.status).toBe(200);
    for (const host of ['evil.example.com', 'localhost.evil.com', '192.168.1.10:4400']) {
      const refused = await app.request('/v1/sandbox/partners', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Host: host },
      });
      expectError(
        await readReply('POST', '/v1/sandbox/partners', refused),
        'host_not_allowed',
        'Host',
      );
    }
    for (const host of ['127.0.0.1:4400', '[::1]:4400', 'localhost']) {
      const reply = await app.request('/v1/sandbox/partners', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Host: host },
      });
      expect(reply.status, host).toBe(200);
    }
  });

  it('answers the address its server was started on (--host)', async () => {
    const init = {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Host: '10.0.0.5:4400' },
    };
    expect(
      (await app.request('/v1/sandbox/partners', init, { serverHost: '10.0.0.5' })).status,
    ).toBe(200);
    const elsewhere = await app.request('/v1/sandbox/partners', init, { serverHost: '10.0.0.6' });
    expectError(await readReply('POST', '/v1/sandbox/partners', elsewhere), 'host_not_allowed');
  });

  it('answers the hosts it is configured with', async () => {
    const named = createSandbox({ hosts: ['sandbox.internal'] });
    try {
      const reply = await named.app.request('http://sandbox.internal/v1/sandbox/partners', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
      });
      expect(reply.status).toBe(200);
    } finally {
      named.close();
    }
  });
});

describe('headers on every answer', () => {
  it('sends no-store and nosniff on successes, errors and unknown routes', async () => {
    const w = await world(app);
    const answers = [
      await app.request('/v1/buyers', {
        headers: { Authorization: `Bearer ${w.partner.secret_key}` },
      }),
      await app.request('/v1/buyers'),
      await app.request('/v1/no_such_thing'),
      await app.request('/nowhere'),
      await app.request('/v1/sandbox/partners', { method: 'POST', body: 'x' }),
      await app.request('/v1/client/checkout_session', {
        method: 'OPTIONS',
        headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET' },
      }),
    ];
    for (const answer of answers) {
      expect(answer.headers.get('Cache-Control'), answer.url).toBe('no-store');
      expect(answer.headers.get('X-Content-Type-Options')).toBe('nosniff');
    }
  });

  it('says on every error whether retrying can help, from the contract', async () => {
    const w = await world(app);
    const refused = await w.server.get('/v1/buyers/buy_nope');
    expectError(refused, 'resource_missing');
    expect(refused.headers.get(SHOULD_RETRY_HEADER)).toBe('false');
    const ok = await w.server.get('/v1/buyers');
    expect(ok.headers.get(SHOULD_RETRY_HEADER)).toBeNull();
    const limited = createSandbox({ rateLimits: { anonymous: { burst: 1, perSecond: 0.001 } } });
    try {
      const post = () =>
        limited.app.request('/v1/sandbox/partners', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
        });
      expect((await post()).status).toBe(200);
      const tooMany = await readReply('POST', '/v1/sandbox/partners', await post());
      expectError(tooMany, 'rate_limited');
      expect(tooMany.headers.get(SHOULD_RETRY_HEADER)).toBe('true');
    } finally {
      limited.close();
    }
    // A replayed refusal says the same as the first answer did.
    const key = newKey();
    const first = await w.server.post(
      '/v1/checkout_sessions',
      sessionParams(w.shop.id, 'sup_000000000000000000000000', 100),
      {
        [IDEMPOTENCY_KEY_HEADER]: key,
      },
    );
    const replay = await w.server.post(
      '/v1/checkout_sessions',
      sessionParams(w.shop.id, 'sup_000000000000000000000000', 100),
      {
        [IDEMPOTENCY_KEY_HEADER]: key,
      },
    );
    expect(replay.text).toBe(first.text);
    expect(replay.headers.get(SHOULD_RETRY_HEADER)).toBe(first.headers.get(SHOULD_RETRY_HEADER));
    expect(first.headers.get(SHOULD_RETRY_HEADER)).toBe('false');
  });

  it('lets an allowed page read the retry headers, and a refused origin nothing', async () => {
    const w = await world(app);
    const allowed = await w.page.get('/v1/client/checkout_session', {
      Origin: 'http://localhost:5173',
    });
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:5173');
    const exposed = allowed.headers.get('Access-Control-Expose-Headers') ?? '';
    for (const header of [SHOULD_RETRY_HEADER, 'Retry-After', 'Xinghui-Request-Id'])
      expect(exposed).toContain(header);
    const unknownKey = await app.request('/v1/client/checkout_session', {
      headers: { Origin: 'http://localhost:5173', Authorization: 'Bearer pk_test_nope' },
    });
    for (const [name] of unknownKey.headers) expect(name).not.toMatch(/^access-control-/);
  });
});
