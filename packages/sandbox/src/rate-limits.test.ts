/**
 * Rate limits per API key, per client secret and per address (issue 11: "No 429 anywhere").
 * The buckets run on their own clock, stubbed here, so nothing waits.
 */
import { CLIENT_SECRET_HEADER, SHOULD_RETRY_HEADER } from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS, RateLimiter, type RateLimitOptions } from './http/rate-limit.js';
import { createSandbox } from './sandbox.js';
import { caller, expectError, readReply, world } from './testing/harness.js';

const CLIENT_SESSION = '/v1/client/checkout_session';

async function limited(rateLimits: RateLimitOptions) {
  let now = 0;
  const sandbox = createSandbox({ rateLimits: { ...rateLimits, now: () => now } });
  const w = await world(sandbox.app, { checkLedger: false });
  return { sandbox, w, advance: (ms: number) => (now += ms) };
}

describe('rate limits', () => {
  it('gives each client secret its own bucket: 429 rate_limited with Retry-After past it', async () => {
    const { sandbox, w, advance } = await limited({ clientSecret: { burst: 3, perSecond: 0.5 } });
    try {
      for (let i = 0; i < 3; i++) expect((await w.page.get(CLIENT_SESSION)).status).toBe(200);
      const refused = await w.page.get(CLIENT_SESSION);
      expectError(refused, 'rate_limited');
      expect(refused.headers.get('Retry-After')).toBe('2');
      expect(refused.headers.get(SHOULD_RETRY_HEADER)).toBe('true');
      // POSTs count too, and a refused one takes no key and sends no code.
      expectError(
        await w.page.post('/v1/client/checkout_session/verification_codes'),
        'rate_limited',
      );
      expect(sandbox.bank.store.find('verification_codes', {})).toEqual([]);
      // Another session's page is not slowed by this one.
      const other = w.pageOf(await w.createSession(5_000));
      expect((await other.get(CLIENT_SESSION)).status).toBe(200);
      // A made-up secret is counted as sent, so guessing is limited as well.
      const guess = w.page.with({
        [CLIENT_SECRET_HEADER]: `${w.session.id}_secret_guess0000000000000`,
      });
      for (let i = 0; i < 3; i++)
        expectError(await guess.get(CLIENT_SESSION), 'client_secret_invalid');
      expectError(await guess.get(CLIENT_SESSION), 'rate_limited');
      advance(2_000);
      expect((await w.page.get(CLIENT_SESSION)).status).toBe(200);
      expectError(await w.page.get(CLIENT_SESSION), 'rate_limited');
    } finally {
      sandbox.close();
    }
  });

  it('limits each API key, the secret key and the publishable key alike', async () => {
    const { sandbox, w, advance } = await limited({ apiKey: { burst: 40, perSecond: 10 } });
    try {
      let served = 0;
      for (;;) {
        const reply = await w.server.get('/v1/buyers');
        if (reply.status !== 200) {
          expectError(reply, 'rate_limited');
          expect(Number(reply.headers.get('Retry-After'))).toBe(1);
          break;
        }
        served++;
      }
      // world() spent some of the 40 setting up; no call got past the bucket.
      expect(served).toBeLessThan(40);
      advance(1_000);
      for (let i = 0; i < 10; i++) expect((await w.server.get('/v1/buyers')).status).toBe(200);
      expectError(await w.server.get('/v1/buyers'), 'rate_limited');
    } finally {
      sandbox.close();
    }
  });

  it('limits calls without a key per address, and can be turned off', async () => {
    let now = 0;
    const sandbox = createSandbox({
      rateLimits: { anonymous: { burst: 2, perSecond: 1 }, now: () => now },
    });
    const off = createSandbox({ rateLimits: false });
    try {
      const anonymous = caller(sandbox.app, undefined);
      expect((await anonymous.post('/v1/sandbox/partners')).status).toBe(200);
      expectError(await anonymous.get('/v1/buyers'), 'api_key_missing');
      expectError(await anonymous.post('/v1/sandbox/partners'), 'rate_limited');
      now += 1_000;
      expect((await anonymous.post('/v1/sandbox/partners')).status).toBe(200);
      const free = caller(off.app, undefined);
      for (let i = 0; i < 50; i++)
        expect((await free.post('/v1/sandbox/partners')).status).toBe(200);
    } finally {
      sandbox.close();
      off.close();
    }
  });

  it('has defaults a page, a test suite and the bench stay under', async () => {
    const sandbox = createSandbox();
    try {
      const w = await world(sandbox.app, { checkLedger: false });
      // A page polling its session a hundred times in a burst is still served.
      for (let i = 0; i < DEFAULT_RATE_LIMITS.clientSecret.burst - 5; i++) {
        const reply = await readReply(
          'GET',
          CLIENT_SESSION,
          await sandbox.app.request(CLIENT_SESSION, {
            headers: {
              Authorization: `Bearer ${w.partner.publishable_key}`,
              [CLIENT_SECRET_HEADER]: w.session.client_secret,
            },
          }),
        );
        expect(reply.status).toBe(200);
      }
    } finally {
      sandbox.close();
    }
  });

  it('keeps memory bounded whatever credentials arrive', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    const limit = { burst: 1, perSecond: 1 };
    for (let i = 0; i < 25_000; i++) limiter.take(`made-up-${i}`, limit);
    now += 5_000;
    // Full buckets were dropped; a bucket still in use keeps its count.
    expect(limiter.take('made-up-24999', limit)).toBe(0);
    expect(limiter.take('made-up-24999', limit)).toBe(1);
    expect(limiter.size).toBeLessThanOrEqual(10_000);
  });
});
