import {
  buyerEndpoints as endpoints,
  type Buyer,
  type CreateBuyerParams,
  type ListParams,
} from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import { paginate, type PagePromise } from '../core/page.js';
import type { Transport } from '../core/transport.js';

/** Buyers: the shops that order from suppliers. Each has a wallet at the bank. */
export class Buyers {
  constructor(private readonly transport: Transport) {}

  /**
   * Creates a buyer and opens its wallet account.
   *
   * @example
   * ```ts
   * const shop = await xinghui.buyers.create({
   *   business_name: '贝贝母婴生活馆',
   *   credit_code: '91440300708461136T',
   *   owner_name: '林晓梅',
   *   phone: '13800138000',
   *   industry: 'mother_baby',
   * });
   * ```
   */
  create(params: CreateBuyerParams, options?: RequestOptions): Promise<Buyer> {
    return this.transport.request(endpoints.createBuyer, { body: params, options });
  }

  /**
   * Retrieves a buyer by id.
   *
   * @example
   * ```ts
   * const shop = await xinghui.buyers.retrieve('buy_8dKq2LmN4pRs6TuV');
   * ```
   */
  retrieve(id: string, options?: RequestOptions): Promise<Buyer> {
    return this.transport.request(endpoints.retrieveBuyer, { id, options });
  }

  /**
   * Lists buyers, newest first. Await for one page, or `for await` over all of them.
   *
   * @example
   * ```ts
   * for await (const shop of xinghui.buyers.list({ limit: 50 })) console.log(shop.id);
   * ```
   */
  list(params: ListParams = {}, options?: RequestOptions): PagePromise<Buyer> {
    return paginate(
      (starting_after) =>
        this.transport.request(endpoints.listBuyers, {
          query: { ...params, starting_after },
          options,
        }),
      params.starting_after,
    );
  }
}
