import {
  preApprovalEndpoints as endpoints,
  type CreatePreApprovalsParams,
  type ListPreApprovalsParams,
  type PreApproval,
  type PreApprovalBatch,
} from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import { paginate, type PagePromise } from '../core/page.js';
import type { Transport } from '../core/transport.js';

/**
 * Supplier-led pre-approval (批量预授信): the partner nominates a supplier's shops, the bank
 * pre-assesses each on the platform's data (never the credit bureau) and invites those that
 * qualify; each shop accepts or declines from its own page.
 */
export class PreApprovals {
  constructor(private readonly transport: Transport) {}

  /**
   * Nominates up to 1,000 shops of one supplier in one call. Each gets a pre-approval, in the
   * order given: `invited` with an indicative offer, or `ineligible` with reasons. A shop that
   * already has an open invitation keeps it. Retrying with the same idempotency key (the SDK
   * keeps one per call) never invites twice.
   *
   * @throws `XinghuiInvalidRequestError` `parameter_invalid` for more than 1,000 shops or a shop
   *   named twice; `resource_missing` for an unknown supplier or shop
   * @example
   * ```ts
   * const batch = await xinghui.preApprovals.create({
   *   supplier: supplier.id,
   *   shops: [{ buyer: shop.id, months_trading: 36, trade_history: { orders_90d: 24 } }],
   * });
   * console.log(batch.invited, batch.data[0]?.offer?.limit);
   * ```
   */
  create(params: CreatePreApprovalsParams, options?: RequestOptions): Promise<PreApprovalBatch> {
    return this.transport.request(endpoints.createPreApprovals, { body: params, options });
  }

  /**
   * Retrieves one shop's pre-approval: its offer, status and, once accepted, its line.
   *
   * @example
   * ```ts
   * const pre = await xinghui.preApprovals.retrieve('pa_3Jk5Lm7Np9Qr1St3');
   * if (pre.status === 'accepted') console.log(pre.credit_line);
   * ```
   */
  retrieve(id: string, options?: RequestOptions): Promise<PreApproval> {
    return this.transport.request(endpoints.retrievePreApproval, { id, options });
  }

  /**
   * Lists pre-approvals, newest first: filter by `status`, `supplier`, `buyer` or `batch`, and
   * page with `starting_after` (or iterate with `for await`).
   *
   * @example
   * ```ts
   * for await (const pre of xinghui.preApprovals.list({ supplier: supplier.id, status: 'accepted' })) {
   *   console.log(pre.buyer, pre.credit_line);
   * }
   * ```
   */
  list(params: ListPreApprovalsParams = {}, options?: RequestOptions): PagePromise<PreApproval> {
    return paginate(
      (starting_after) =>
        this.transport.request(endpoints.listPreApprovals, {
          query: { ...params, starting_after },
          options,
        }),
      params.starting_after,
    );
  }
}
