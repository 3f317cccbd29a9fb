import { balanceEndpoints as endpoints, type Statement } from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import type { Transport } from '../core/transport.js';

/** Daily statements of an account, for reconciliation (对账). */
export class Statements {
  constructor(private readonly transport: Transport) {}

  /**
   * An account's statement for one Asia/Shanghai day: opening balance + the day's movements =
   * closing balance.
   *
   * @param account - a settlement account `acct_…` or a wallet `wal_…`
   * @example
   * ```ts
   * const day = await xinghui.statements.retrieve(supplier.settlement_account.id, { date: '2026-11-28' });
   * ```
   */
  retrieve(account: string, query: { date: string }, options?: RequestOptions): Promise<Statement> {
    return this.transport.request(endpoints.retrieveStatement, { id: account, query, options });
  }
}
