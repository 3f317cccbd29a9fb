import {
  sandboxApiKeyEndpoints,
  sandboxEndpoints as endpoints,
  sandboxInspectEndpoints as inspect,
  noticeEndpoints,
  type ListNoticesParams,
  type Notice,
  type AdvanceTestClockParams,
  type LedgerAccount,
  type LedgerReport,
  type RollSecretKeyParams,
  type RolledSecretKey,
  type ListParams,
  type ListSandboxRequestsParams,
  type SandboxMessage,
  type SandboxRequest,
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

  /**
   * Lists the API calls the sandbox answered (the request log), newest first: find the call
   * behind an error by its `request_id`. Each names the kind of credential used, never the key.
   *
   * @example
   * ```ts
   * const { data } = await xinghui.sandbox.listRequests({ status: '4xx', limit: 20 });
   * for (const call of data) console.log(call.id, call.status, call.error_code);
   * ```
   */
  listRequests(
    params: ListSandboxRequestsParams = {},
    options?: RequestOptions,
  ): PagePromise<SandboxRequest> {
    return paginate(
      (starting_after) =>
        this.transport.request(inspect.listSandboxRequests, {
          query: { ...params, starting_after },
          options,
        }),
      params.starting_after,
    );
  }

  /**
   * Retrieves one logged API call by its request id (`req_…`, as every error carries).
   *
   * @example
   * ```ts
   * const call = await xinghui.sandbox.retrieveRequest('req_7hJ9kL1mN3pQ5rS7');
   * ```
   */
  retrieveRequest(id: string, options?: RequestOptions): Promise<SandboxRequest> {
    return this.transport.request(inspect.retrieveSandboxRequest, { id, options });
  }

  /**
   * Lists the one-time codes the sandbox "sent" by SMS, newest first: what shop owners' phones
   * would show.
   *
   * @example
   * ```ts
   * const { data } = await xinghui.sandbox.listMessages({ limit: 5 });
   * ```
   */
  listMessages(params: ListParams = {}, options?: RequestOptions): PagePromise<SandboxMessage> {
    return paginate(
      (starting_after) =>
        this.transport.request(inspect.listSandboxMessages, {
          query: { ...params, starting_after },
          options,
        }),
      params.starting_after,
    );
  }

  /**
   * Lists the partner's ledger accounts with their recorded balances, newest first.
   *
   * @example
   * ```ts
   * for await (const account of xinghui.sandbox.listLedgerAccounts()) {
   *   console.log(account.kind, account.balance);
   * }
   * ```
   */
  listLedgerAccounts(
    params: ListParams = {},
    options?: RequestOptions,
  ): PagePromise<LedgerAccount> {
    return paginate(
      (starting_after) =>
        this.transport.request(inspect.listLedgerAccounts, {
          query: { ...params, starting_after },
          options,
        }),
      params.starting_after,
    );
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
