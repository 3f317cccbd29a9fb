import {
  balanceEndpoints as endpoints,
  type BalanceTransaction,
  type ListBalanceTransactionsParams,
} from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import { paginate, type PagePromise } from '../core/page.js';
import type { Transport } from '../core/transport.js';

/** Every movement on the accounts of the platform, its suppliers and shops: the ledger's postings. */
export class BalanceTransactions {
  constructor(private readonly transport: Transport) {}

  /**
   * Lists movements, newest first, by account, type and `created` range (Unix seconds).
   *
   * @example
   * ```ts
   * for await (const txn of xinghui.balanceTransactions.list({ account: supplier.settlement_account.id, type: 'escrow_release' })) {
   *   console.log(txn.amount.amount, txn.balance_after.amount, txn.source);
   * }
   * ```
   */
  list(
    params: ListBalanceTransactionsParams = {},
    options?: RequestOptions,
  ): PagePromise<BalanceTransaction> {
    return paginate(
      (starting_after) =>
        this.transport.request(endpoints.listBalanceTransactions, {
          query: { ...params, starting_after },
          options,
        }),
      params.starting_after,
    );
  }
}
