import { balanceEndpoints as endpoints, type Balance } from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import type { Transport } from '../core/transport.js';

/** The platform's own settlement account, where its commission (分账) arrives. */
export class BalanceResource {
  constructor(private readonly transport: Transport) {}

  /**
   * Reads the platform's account and what it holds.
   *
   * @example
   * ```ts
   * const { account, available } = await xinghui.balance.retrieve();
   * ```
   */
  retrieve(options?: RequestOptions): Promise<Balance> {
    return this.transport.request(endpoints.retrieveBalance, { options });
  }
}
