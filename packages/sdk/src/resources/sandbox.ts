import {
  noticeEndpoints,
  sandboxEndpoints as endpoints,
  type ListNoticesParams,
  type Notice,
  type AdvanceTestClockParams,
  type LedgerReport,
  type SandboxVerificationCode,
  type TestClock,
} from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import { paginate, type PagePromise } from '../core/page.js';
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
   * Lists the loan notices the bank sent shops by SMS (repayment reminders, the due-date notice,
   * the overdue credit-report notice), newest first: what the owners' phones would show.
   *
   * @example
   * ```ts
   * const { data: [latest] } = await xinghui.sandbox.listNotices({ loan: loanId });
   * console.log(latest?.kind, latest?.text);
   * ```
   */
  listNotices(params: ListNoticesParams = {}, options?: RequestOptions): PagePromise<Notice> {
    return paginate(
      (starting_after) =>
        this.transport.request(noticeEndpoints.listSandboxNotices, {
          query: { ...params, starting_after },
          options,
        }),
      params.starting_after,
    );
  }
}
