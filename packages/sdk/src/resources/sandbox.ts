import {
  sandboxApiKeyEndpoints,
  sandboxEndpoints as endpoints,
  type AdvanceTestClockParams,
  type LedgerReport,
  type RollSecretKeyParams,
  type RolledSecretKey,
  type SandboxVerificationCode,
  type TestClock,
} from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import type { Transport } from '../core/transport.js';

/**
 * Tools of the sandbox bank only, for partners' tests and demos: the test clock, the one-time
 * codes a real bank would only send by SMS, and the ledger check.
 */
export class Sandbox {
  constructor(private readonly transport: Transport) {}

  /**
   * Reads the partner's test clock.
   *
   * @example
   * ```ts
   * const { now } = await xinghui.sandbox.retrieveClock();
   * ```
   */
  retrieveClock(options?: RequestOptions): Promise<TestClock> {
    return this.transport.request(endpoints.retrieveTestClock, { options });
  }

  /**
   * Moves the partner's clock forward; what falls due on the way happens (sessions expire).
   *
   * @example
   * ```ts
   * await xinghui.sandbox.advanceClock({ days: 1 });
   * ```
   */
  advanceClock(params: AdvanceTestClockParams, options?: RequestOptions): Promise<TestClock> {
    return this.transport.request(endpoints.advanceTestClock, { body: params, options });
  }

  /**
   * Reads the latest one-time code sent for a checkout session or a wallet session: what the
   * shop owner's phone would show.
   *
   * @param session - `cs_…` or `ws_…`
   * @example
   * ```ts
   * const { code } = await xinghui.sandbox.retrieveVerificationCode(session.id);
   * ```
   */
  retrieveVerificationCode(
    session: string,
    options?: RequestOptions,
  ): Promise<SandboxVerificationCode> {
    const query = session.startsWith('ws_')
      ? { wallet_session: session }
      : { checkout_session: session };
    return this.transport.request(endpoints.retrieveSandboxVerificationCode, { query, options });
  }

  /**
   * Recomputes every balance of the partner's ledger from its postings.
   *
   * @example
   * ```ts
   * const report = await xinghui.sandbox.verifyLedger();
   * if (!report.ok) console.error(report.balance_mismatches);
   * ```
   */
  verifyLedger(options?: RequestOptions): Promise<LedgerReport> {
    return this.transport.request(endpoints.verifyLedger, { options });
  }

  /**
   * Makes a new secret key. The key this client uses keeps working for `overlap_seconds` of the
   * partner's test clock (default 1 hour; `0` ends it now), then is refused with
   * `api_key_expired`. Build a new client with the new key.
   *
   * @example
   * ```ts
   * const rolled = await xinghui.sandbox.rollSecretKey({ overlap_seconds: 3_600 });
   * const next = new Xinghui({ secretKey: rolled.secret_key });
   * ```
   */
  rollSecretKey(
    params: RollSecretKeyParams = {},
    options?: RequestOptions,
  ): Promise<RolledSecretKey> {
    return this.transport.request(sandboxApiKeyEndpoints.rollSecretKey, { body: params, options });
  }
}
