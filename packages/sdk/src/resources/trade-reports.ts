import {
  tradeEndpoints as endpoints,
  type CreateTradeReportParams,
  type ListTradeReportsParams,
  type TradeReport,
} from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import { paginate, type PagePromise } from '../core/page.js';
import type { Transport } from '../core/transport.js';

/**
 * Trade reports: the platform tells the bank about orders, deliveries and returns (三流合一,
 * tied by your order id). Limit reviews read them; pages never send trade data.
 */
export class TradeReports {
  constructor(private readonly transport: Transport) {}

  /**
   * Reports an order, a delivery or a return.
   *
   * @example
   * ```ts
   * await xinghui.tradeReports.create({
   *   buyer: shop.id, supplier: supplier.id, type: 'order', order_id: 'PO-20261128-001',
   *   amount: { amount: 25_800, currency: 'CNY' }, payment: session.payment!,
   * });
   * await xinghui.tradeReports.create({
   *   buyer: shop.id, supplier: supplier.id, type: 'delivery', order_id: 'PO-20261128-001',
   *   amount: { amount: 25_800, currency: 'CNY' }, shipment: { carrier: '顺丰', tracking_number: 'SF1234567890' },
   * });
   * ```
   */
  create(params: CreateTradeReportParams, options?: RequestOptions): Promise<TradeReport> {
    return this.transport.request(endpoints.createTradeReport, { body: params, options });
  }

  /**
   * Lists trade reports, newest first, optionally of one shop.
   *
   * @example
   * ```ts
   * for await (const report of xinghui.tradeReports.list({ buyer: shop.id })) console.log(report.type, report.order_id);
   * ```
   */
  list(params: ListTradeReportsParams = {}, options?: RequestOptions): PagePromise<TradeReport> {
    return paginate(
      (starting_after) =>
        this.transport.request(endpoints.listTradeReports, {
          query: { ...params, starting_after },
          options,
        }),
      params.starting_after,
    );
  }
}
