/**
 * One-time code budgets against real requests (issue 11, finding 1: after a lock a new code
 * came at once, so 1,500 guesses took 6–7 s). Every budget of CODE_BUDGETS is driven to its end
 * through the HTTP API on the test clock, and a brute-force attacker holding page credentials
 * (the publishable key and as many of the shop's sessions as it likes) is counted over 24 hours.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type CheckoutSession, type TestClock, type VerificationCode } from '@xinghui/contract';
import { afterAll, describe, expect, it } from 'vitest';
import { bestAttackerChance } from './engine/payments/code-attack.js';
import { CODE_BUDGETS } from './engine/payments/code-budgets.js';
import { createSandbox } from './sandbox.js';
import {
  codeFor,
  expectError,
  wrongCode,
  world,
  type Caller,
  type Reply,
  type World,
} from './testing/harness.js';

const { app } = createSandbox();
const CODES = '/v1/client/checkout_session/verification_codes';
const CONFIRM = '/v1/client/checkout_session/confirm';
const DAY = 86_400;

async function advance(server: Caller, seconds: number): Promise<TestClock> {
  const reply = await server.post<TestClock>('/v1/test_clocks/advance', { seconds });
  expect(reply.status, reply.text).toBe(200);
  return reply.body;
}

async function now(server: Caller): Promise<number> {
  return (await server.get<TestClock>('/v1/test_clocks/current')).body.now;
}

/** Seconds since the bank day's (Asia/Shanghai) midnight. */
function bankSeconds(unix: number): number {
  return (unix + 8 * 3_600) % DAY;
}

function retryAfter(reply: Reply): number {
  return Number(reply.headers.get('Retry-After'));
}

const guess = (page: Caller, code: string) =>
  page.post(CONFIRM, { payment_method: 'wallet', verification_code: code });

/** A fresh session of the world's shop (the attacker may start as many checkouts as it likes). */
async function freshPage(w: World): Promise<Caller> {
  const session: CheckoutSession = await w.createSession(1_000, { expires_in: DAY });
  return w.pageOf(session);
}

const results: { label: string; value: number | string }[] = [];

afterAll(() => {
  if (results.length === 0) return;
  const dir = fileURLToPath(new URL('../../../.test-results/reliability/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}codes.json`, `${JSON.stringify({ rows: results }, null, 2)}\n`);
});

describe('one-time code budgets', () => {
  it('refuses a session its sixth code, with 429 rate_limited and Retry-After', async () => {
    const w = await world(app, { checkLedger: false });
    for (let sent = 1; sent <= CODE_BUDGETS.codesPerSession; sent++) {
      const reply = await w.page.post<VerificationCode>(CODES);
      expect(reply.status, reply.text).toBe(200);
      await advance(w.server, CODE_BUDGETS.resendAfterSeconds);
    }
    const refused = await w.page.post(CODES);
    expectError(refused, 'rate_limited');
    expect(retryAfter(refused)).toBeGreaterThan(0);
    expect(refused.headers.get('Retry-After')).toMatch(/^\d+$/);
    // Another session of the same shop still gets a code: the limit was the session's.
    expect((await (await freshPage(w)).post(CODES)).status).toBe(200);
  });

  it('refuses a phone its eleventh code of the day over all its sessions, until midnight', async () => {
    const w = await world(app, { checkLedger: false });
    for (let sent = 1; sent <= CODE_BUDGETS.codesPerPhonePerDay; sent++) {
      const reply = await (await freshPage(w)).post(CODES);
      expect(reply.status, reply.text).toBe(200);
    }
    const page = await freshPage(w);
    const refused = await page.post(CODES);
    expectError(refused, 'rate_limited');
    const wait = retryAfter(refused);
    // Until the next Asia/Shanghai midnight on the test clock (the wall clock may tick meanwhile).
    expect(Math.abs(wait - (DAY - bankSeconds(await now(w.server))))).toBeLessThanOrEqual(2);
    await advance(w.server, wait - 1);
    expectError(await page.post(CODES), 'rate_limited');
    await advance(w.server, 1);
    expect((await page.post(CODES)).status).toBe(200);
  });

  it('makes each locked code of the day wait longer for the next one', async () => {
    const w = await world(app, { checkLedger: false });
    // Start the day at midnight, so all four locks fall on one bank day.
    await advance(w.server, DAY - bankSeconds(await now(w.server)));
    const waits: number[] = [];
    // Three locks: the fourth spends the day's wrong guesses, so its wait runs to midnight.
    const expectedWaits = CODE_BUDGETS.lockWaitsSeconds.slice(0, 3);
    for (const expected of expectedWaits) {
      const page = await freshPage(w);
      expect((await page.post(CODES)).status).toBe(200);
      const code = await codeFor(
        w.server,
        (await page.get<{ id: string }>('/v1/client/checkout_session')).body.id,
      );
      for (let attempt = 1; attempt < CODE_BUDGETS.attemptsPerCode; attempt++) {
        expectError(await guess(page, wrongCode(code, attempt)), 'verification_code_invalid');
      }
      const locked = expectError(
        await guess(page, wrongCode(code, CODE_BUDGETS.attemptsPerCode)),
        'verification_code_locked',
      );
      expect(locked.message).toContain(`${expected} s`);
      const refused = await (await freshPage(w)).post(CODES);
      expectError(refused, 'rate_limited');
      waits.push(retryAfter(refused));
      await advance(w.server, retryAfter(refused));
    }
    expect(waits).toEqual(expectedWaits);
  });

  it('stops checking codes once the phone has typed its wrong guesses for the day', async () => {
    const w = await world(app, { checkLedger: false });
    await advance(w.server, DAY - bankSeconds(await now(w.server)));
    let wrong = 0;
    let page = await freshPage(w);
    let code = '';
    // Four wrong tries per code (no lock), so only the daily budget stops the guessing.
    while (wrong < CODE_BUDGETS.wrongGuessesPerPhonePerDay) {
      page = await freshPage(w);
      expect((await page.post(CODES)).status).toBe(200);
      const id = (await page.get<{ id: string }>('/v1/client/checkout_session')).body.id;
      code = await codeFor(w.server, id);
      for (let attempt = 1; attempt < CODE_BUDGETS.attemptsPerCode; attempt++) {
        expectError(await guess(page, wrongCode(code, attempt)), 'verification_code_invalid');
        wrong += 1;
      }
    }
    // The last code is still active with a try left, yet not even the right code is checked.
    const unchecked = await guess(page, code);
    expectError(unchecked, 'rate_limited');
    const toMidnight = DAY - bankSeconds(await now(w.server));
    expect(Math.abs(retryAfter(unchecked) - toMidnight)).toBeLessThanOrEqual(2);
    expectError(await (await freshPage(w)).post(CODES), 'rate_limited');
    // The next bank day codes are sent and checked again.
    await advance(w.server, retryAfter(unchecked));
    const next = await freshPage(w);
    expect((await next.post(CODES)).status).toBe(200);
    const id = (await next.get<{ id: string }>('/v1/client/checkout_session')).body.id;
    expect((await guess(next, await codeFor(w.server, id))).status).toBe(200);
  });

  it('keeps a brute-force attacker with page credentials to the computed guesses in 24 hours', async () => {
    const figure = bestAttackerChance();
    const w = await world(app, { checkLedger: false });
    // Begin where the computed best attack begins in the bank day.
    const at = bankSeconds(await now(w.server));
    await advance(w.server, (figure.startsAt - at + DAY) % DAY);
    const end = (await now(w.server)) + DAY;
    let guesses = 0;
    let codes = 0;
    let sessions = 0;
    let refusals = 0;
    let page = await freshPage(w);
    let pageCodes = 0;
    for (let round = 0; round < 10_000; round++) {
      const sent = await page.post(CODES);
      if (sent.status === 429) {
        refusals += 1;
        const wait = retryAfter(sent);
        expect(wait).toBeGreaterThan(0);
        // Refused for the session alone? Then another session (checked once more below).
        if (pageCodes >= CODE_BUDGETS.codesPerSession) {
          page = await freshPage(w);
          sessions += 1;
          pageCodes = 0;
          continue;
        }
        const left = end - (await now(w.server));
        if (left <= 0) break;
        await advance(w.server, Math.min(wait, left));
        if (wait >= left) break;
        continue;
      }
      expect(sent.status, sent.text).toBe(200);
      codes += 1;
      pageCodes += 1;
      const id = (await page.get<{ id: string }>('/v1/client/checkout_session')).body.id;
      const code = await codeFor(w.server, id);
      // The attacker cannot see the code; it types values that are not it, as a miss would be.
      for (let attempt = 1; ; attempt++) {
        const reply = await guess(page, wrongCode(code, attempt));
        const error = (reply.body as { error?: { code: string } }).error?.code;
        if (error === 'verification_code_invalid' || error === 'verification_code_locked') {
          guesses += 1;
        }
        if (error !== 'verification_code_invalid') break;
      }
      if ((await now(w.server)) >= end) break;
    }
    expect(guesses).toBe(figure.guesses);
    expect(codes).toBe(figure.codes);
    expect(figure.chance).toBeLessThanOrEqual(1 / 10_000);
    results.push(
      {
        label: 'one-time codes: guesses an attacker gets in 24 h (computed)',
        value: figure.guesses,
      },
      { label: 'one-time codes: guesses the brute-force test got in 24 h', value: guesses },
      { label: 'one-time codes: SMS sent to the phone in 24 h', value: codes },
      { label: 'one-time codes: sessions the attacker used', value: sessions + 1 },
      { label: 'one-time codes: refusals (429) the attacker met', value: refusals },
      {
        label: "one-time codes: attacker's chance of paying in 24 h",
        value: `1 in ${figure.oneIn}`,
      },
    );
  });
});
