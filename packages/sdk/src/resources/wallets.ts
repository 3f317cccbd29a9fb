import {
  walletEndpoints as endpoints,
  type ListParams,
  type TopUpWalletParams,
  type Wallet,
  type WalletTransaction,
} from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import { paginate, type PagePromise } from '../core/page.js';
import type { Transport } from '../core/transport.js';

/** Wallets: each buyer's account at the bank, and its movements. */
export class Wallets {
  constructor(private readonly transport: Transport) {}

  /**
   * Retrieves a wallet and its balance.
   *
   * @example
   * ```ts
   * const wallet = await xinghui.wallets.retrieve(shop.wallet);
   * console.log(wallet.balance.amount); // fen
   * ```
   */
  retrieve(id: string, options?: RequestOptions): Promise<Wallet> {
    return this.transport.request(endpoints.retrieveWallet, { id, options });
  }

  /**
   * Lists a wallet's movements, newest first.
   *
   * @example
   * ```ts
   * for await (const movement of xinghui.wallets.listTransactions(shop.wallet)) {
   *   console.log(movement.type, movement.amount.amount, movement.balance_after.amount);
   * }
   * ```
   */
  listTransactions(
    id: string,
    params: ListParams = {},
    options?: RequestOptions,
  ): PagePromise<WalletTransaction> {
    return paginate(
      (starting_after) =>
        this.transport.request(endpoints.listWalletTransactions, {
          id,
          query: { ...params, starting_after },
          options,
        }),
      params.starting_after,
    );
  }

  /**
   * Adds money to a wallet, as if the shop had transferred it in. Sandbox only.
   *
   * @example
   * ```ts
   * await xinghui.wallets.topUp(shop.wallet, { amount: { amount: 500_000, currency: 'CNY' } });
   * ```
   */
  topUp(
    id: string,
    params: TopUpWalletParams,
    options?: RequestOptions,
  ): Promise<WalletTransaction> {
    return this.transport.request(endpoints.topUpWallet, { id, body: params, options });
  }
}
