import { CreatePartnerParams, endpoints } from '@xinghui/contract';
import type { Hono } from 'hono';
import { ApiError } from '../engine/core/api-error.js';
import { verifyLedger } from '../engine/ledger/ledger.js';
import { createPartner } from '../engine/core/partners.js';
import { advanceClock, presentClock } from '../engine/test-clock.js';
import { latestCodeFor } from '../engine/payments/verification-codes.js';
import { readBody } from '../http/body.js';
import type { Env } from '../http/env.js';
import { send } from '../http/error-response.js';
import { mount } from '../http/mount.js';
import { parseJsonBody, validate } from '../http/parse.js';

/** What exists only because this bank is a sandbox: partners on demand, clocks, codes, checks. */
export function sandboxRoutes(app: Hono<Env>): void {
  // No key yet, so no partner to scope an idempotency key to: creating a partner is not idempotent.
  app.post(endpoints.createPartner.path, async (c) => {
    const params = validate(CreatePartnerParams, parseJsonBody(await readBody(c)));
    const partner = createPartner(c.get('bank').store, params, c.get('bank').wallClock());
    c.set('partnerId', partner.id);
    // Its keys are answered only once they are committed (see `mount`).
    await c.get('bank').store.committed();
    return send(c, { status: 200, body: JSON.stringify(partner) });
  });
  mount(app, endpoints.retrieveTestClock, (ctx) => presentClock(ctx));
  mount(app, endpoints.advanceTestClock, (ctx, { body }) => advanceClock(ctx, body));
  mount(app, endpoints.retrieveSandboxVerificationCode, (ctx, { query }) => {
    const code = latestCodeFor(ctx, (query.checkout_session ?? query.wallet_session)!);
    if (!code)
      throw new ApiError('resource_missing', 'No code was sent for this session', {
        param: 'checkout_session',
      });
    return {
      object: 'sandbox_verification_code',
      session: code.session,
      code: code.code,
      status: code.status,
      expires_at: code.expires_at,
    };
  });
  mount(app, endpoints.verifyLedger, (ctx) => verifyLedger(ctx.store, ctx.partner.id));
}
