/**
 * Sessions that end: once a checkout session is paid, expired, or expired early by the
 * partner's server, its client secret reads the session and writes nothing (issue 11, finding 2:
 * consents and credit applications on an ended checkout session used to answer 200).
 */
import type { ClientCheckoutSession, CreditLine, List } from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { createSandbox } from './sandbox.js';
import { codeFor, expectError, world, type Caller, type World } from './testing/harness.js';

const { app } = createSandbox();

const CONSENT = { type: 'credit_query', template_version: '2026-11-01', locale: 'zh-CN' };
const APPLICATION = {
  business_name: '贝贝母婴生活馆',
  credit_code: '91440300708461136T',
  owner_name: '林晓梅',
  phone: '13800138000',
  months_trading: 18,
};

/** Everything the shop has on the bank's side that a page could have written. */
async function written(w: World) {
  const consents = await w.server.get<List<unknown>>(`/v1/consents?buyer=${w.shop.id}`);
  const lines = await w.server.get<List<CreditLine>>(`/v1/credit_lines?buyer=${w.shop.id}`);
  expect(consents.status, consents.text).toBe(200);
  expect(lines.status, lines.text).toBe(200);
  return { consents: consents.body.data, lines: lines.body.data };
}

/** Every write a checkout page can make, each refused with `code`, and nothing written. */
async function expectNoWrites(
  w: World,
  page: Caller,
  code: 'session_expired' | 'session_not_open',
) {
  const before = await written(w);
  expectError(await page.post('/v1/client/consents', CONSENT), code);
  expectError(await page.post('/v1/client/credit_applications', APPLICATION), code);
  expectError(await page.post('/v1/client/checkout_session/verification_codes'), code);
  expectError(
    await page.post('/v1/client/checkout_session/confirm', {
      payment_method: 'wallet',
      verification_code: '123456',
    }),
    code,
  );
  // Reads beyond the session itself end with it too: offers for an order that cannot be paid.
  expectError(await page.get('/v1/client/checkout_session/loan_offers'), code);
  expectError(await page.get('/v1/client/credit_line'), code);
  expectError(await page.get('/v1/client/consent_templates/credit_query?locale=zh-CN'), code);
  expect(await written(w)).toEqual(before);
  const read = await page.get<ClientCheckoutSession>('/v1/client/checkout_session');
  expect(read.status, read.text).toBe(200);
  return read.body;
}

describe('an ended checkout session', () => {
  it('writes nothing once paid (session_not_open), and still reads its receipt', async () => {
    const w = await world(app);
    expect((await w.page.post('/v1/client/checkout_session/verification_codes')).status).toBe(200);
    const code = await codeFor(w.server, w.session.id);
    const paid = await w.page.post('/v1/client/checkout_session/confirm', {
      payment_method: 'wallet',
      verification_code: code,
    });
    expect(paid.status, paid.text).toBe(200);
    const read = await expectNoWrites(w, w.page, 'session_not_open');
    expect(read.status).toBe('complete');
  });

  it('still replays the confirmation that completed it, to a retry with the same key', async () => {
    const w = await world(app);
    expect((await w.page.post('/v1/client/checkout_session/verification_codes')).status).toBe(200);
    const body = {
      payment_method: 'wallet',
      verification_code: await codeFor(w.server, w.session.id),
    };
    const key = { 'Idempotency-Key': 'confirm-lost-answer-1' };
    const paid = await w.page.post('/v1/client/checkout_session/confirm', body, key);
    expect(paid.status, paid.text).toBe(200);
    // The answer was lost on the way: the SDK retries with the same key and the same body.
    const retry = await w.page.post('/v1/client/checkout_session/confirm', body, key);
    expect(retry.status, retry.text).toBe(200);
    expect(retry.text).toBe(paid.text);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    // A new key is a new request, refused: the session has ended.
    expectError(await w.page.post('/v1/client/checkout_session/confirm', body), 'session_not_open');
  });

  it('writes nothing once its time has passed, before and after the expiry timer ran', async () => {
    const w = await world(app, { expiresIn: 300 });
    // The clock moves but no request has run the expiry timer yet: the time alone ends it.
    const clock = w.server.post('/v1/test_clocks/advance', { seconds: 301 });
    expect((await clock).status).toBe(200);
    const read = await expectNoWrites(w, w.page, 'session_expired');
    expect(read.status).toBe('expired');
  });

  it('writes nothing once the partner expired it early', async () => {
    const w = await world(app);
    const expired = await w.server.post(`/v1/checkout_sessions/${w.session.id}/expire`);
    expect(expired.status, expired.text).toBe(200);
    await expectNoWrites(w, w.page, 'session_expired');
  });

  it('leaves an open session of the same shop untouched', async () => {
    const w = await world(app);
    const other = await w.createSession(5_000);
    await w.server.post(`/v1/checkout_sessions/${w.session.id}/expire`);
    const given = await w.pageOf(other).post('/v1/client/consents', CONSENT);
    expect(given.status, given.text).toBe(200);
  });
});
