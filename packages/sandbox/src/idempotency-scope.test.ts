/**
 * Idempotency keys belong to the caller that sent them: the API key for server calls, the
 * session for page calls (issue 11, finding 3: a page replaying another page's key and body
 * was handed that page's answer).
 */
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAY_HEADER, type Buyer } from '@xinghui/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from './sandbox.js';
import {
  SHOP,
  codeFor,
  expectError,
  newKey,
  world,
  type App,
  creditCodeOf,
} from './testing/harness.js';

const CODES = '/v1/client/checkout_session/verification_codes';
const CONFIRM = '/v1/client/checkout_session/confirm';

let sandbox: Sandbox;
let app: App;
beforeEach(() => {
  sandbox = createSandbox();
  app = sandbox.app;
});
afterEach(() => sandbox.close());

describe('idempotency keys scoped to their caller', () => {
  it("never replays one page's answer to another page that sends the same key and body", async () => {
    const w = await world(app);
    const other = w.pageOf(await w.createSession(12_300));
    const key = newKey();
    const first = await w.page.post(CODES, {}, { [IDEMPOTENCY_KEY_HEADER]: key });
    expect(first.status, first.text).toBe(200);

    // Page Y, holding only its own session, sends X's key and body.
    const second = await other.post(CODES, {}, { [IDEMPOTENCY_KEY_HEADER]: key });
    expect(second.status, second.text).toBe(200);
    expect(second.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBeNull();
    // It ran on Y's own session: Y's page has a code of its own to read.
    const sessionOfY = (await other.get<{ id: string }>('/v1/client/checkout_session')).body.id;
    expect(await codeFor(w.server, sessionOfY)).toMatch(/^\d{6}$/);
  });

  it("does not tell a page it has paid with another session's confirmation", async () => {
    const w = await world(app);
    const sessionY = await w.createSession(w.session.amount.amount);
    const other = w.pageOf(sessionY);
    await w.page.post(CODES, {});
    await other.post(CODES, {});
    const key = newKey();
    const body = {
      payment_method: 'wallet',
      verification_code: await codeFor(w.server, w.session.id),
    };
    const paid = await w.page.post(CONFIRM, body, { [IDEMPOTENCY_KEY_HEADER]: key });
    expect(paid.status, paid.text).toBe(200);

    // Y sends X's key and X's body: it runs as Y's own confirmation, with X's code, and fails.
    const replay = await other.post(CONFIRM, body, { [IDEMPOTENCY_KEY_HEADER]: key });
    expect(replay.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBeNull();
    expectError(replay, 'verification_code_invalid');
    const y = await w.server.get<{ status: string }>(`/v1/checkout_sessions/${sessionY.id}`);
    expect(y.body.status).toBe('open');
  });

  it('keeps the same key apart for the server and a page of the same partner', async () => {
    const w = await world(app);
    const key = newKey();
    const server = await w.server.post<Buyer>(
      '/v1/buyers',
      { ...SHOP, credit_code: creditCodeOf(1) },
      { [IDEMPOTENCY_KEY_HEADER]: key },
    );
    expect(server.status).toBe(200);
    // The same key on a page call is the page's own key, not the server's.
    const page = await w.page.post(CODES, {}, { [IDEMPOTENCY_KEY_HEADER]: key });
    expect(page.status, page.text).toBe(200);
    expect(page.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBeNull();
  });

  it('still replays to the same caller, and refuses the same caller a different request', async () => {
    const w = await world(app);
    const key = newKey();
    const first = await w.page.post(CODES, {}, { [IDEMPOTENCY_KEY_HEADER]: key });
    const again = await w.page.post(CODES, {}, { [IDEMPOTENCY_KEY_HEADER]: key });
    expect(again.text).toBe(first.text);
    expect(again.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBe('true');
    expectError(
      await w.page.post(
        CONFIRM,
        { payment_method: 'wallet', verification_code: '000000' },
        {
          [IDEMPOTENCY_KEY_HEADER]: key,
        },
      ),
      'idempotency_key_reused',
    );
  });
});
