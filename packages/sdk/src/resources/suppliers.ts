import {
  supplierEndpoints as endpoints,
  type CreateSupplierParams,
  type ListParams,
  type Supplier,
} from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import { paginate, type PagePromise } from '../core/page.js';
import type { Transport } from '../core/transport.js';

/** Suppliers: the wholesalers and brands shops pay. Money reaches their settlement account. */
export class Suppliers {
  constructor(private readonly transport: Transport) {}

  /**
   * Creates a supplier and its settlement account.
   *
   * @example
   * ```ts
   * const supplier = await xinghui.suppliers.create({
   *   business_name: '安心母婴用品批发有限公司',
   *   credit_code: '914403001922038216',
   *   phone: '13900139000',
   *   industry: 'mother_baby',
   * });
   * ```
   */
  create(params: CreateSupplierParams, options?: RequestOptions): Promise<Supplier> {
    return this.transport.request(endpoints.createSupplier, { body: params, options });
  }

  /**
   * Retrieves a supplier, with its settlement account balance.
   *
   * @example
   * ```ts
   * const { settlement_account } = await xinghui.suppliers.retrieve('sup_3FgH5jK7lM9nP1qR');
   * ```
   */
  retrieve(id: string, options?: RequestOptions): Promise<Supplier> {
    return this.transport.request(endpoints.retrieveSupplier, { id, options });
  }

  /**
   * Lists suppliers, newest first.
   *
   * @example
   * ```ts
   * const { data, has_more } = await xinghui.suppliers.list({ limit: 10 });
   * ```
   */
  list(params: ListParams = {}, options?: RequestOptions): PagePromise<Supplier> {
    return paginate(
      (starting_after) =>
        this.transport.request(endpoints.listSuppliers, {
          query: { ...params, starting_after },
          options,
        }),
      params.starting_after,
    );
  }
}
