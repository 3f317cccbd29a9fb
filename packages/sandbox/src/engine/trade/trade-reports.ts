import {
  generateId,
  type CreateTradeReportParams,
  type ListTradeReportsParams,
  type TradeReport,
} from '@xinghui/contract';
import { ApiError } from '../core/api-error.js';
import { getBuyer } from './buyers.js';
import type { Context } from '../core/context.js';
import { listPage } from '../core/list-page.js';
import { getOwned, withoutPartner } from '../core/owned-rows.js';
import type { PaymentRecord, TradeReportRecord } from '../core/records.js';
import { getSupplier } from './suppliers.js';

/**
 * Records a fact of a shop's trade, as the platform reports it: an order, a delivery or a
 * return, tied by the platform's order id (and the bank payment, when there was one).
 *
 * @throws ApiError `resource_missing` for an unknown buyer, supplier or payment;
 *   `parameter_invalid` for a time in the future or a payment of another buyer or supplier
 */
export function reportTrade(ctx: Context, params: CreateTradeReportParams): TradeReport {
  const buyer = getBuyer(ctx, params.buyer, 'buyer');
  const supplier = getSupplier(ctx, params.supplier, 'supplier');
  if (params.payment) {
    const payment = getOwned<PaymentRecord>(ctx, 'payments', params.payment, 'payment');
    if (payment.buyer !== buyer.id || payment.supplier !== supplier.id) {
      throw new ApiError(
        'parameter_invalid',
        'This payment is between another buyer and supplier',
        {
          param: 'payment',
        },
      );
    }
  }
  const occurredAt = params.occurred_at ?? ctx.now;
  if (occurredAt > ctx.now) {
    throw new ApiError('parameter_invalid', 'A trade report cannot be dated in the future', {
      param: 'occurred_at',
    });
  }
  const report: TradeReportRecord = {
    id: generateId('tr'),
    partner: ctx.partner.id,
    object: 'trade_report',
    buyer: buyer.id,
    supplier: supplier.id,
    type: params.type,
    order_id: params.order_id,
    amount: params.amount,
    payment: params.payment ?? null,
    shipment: params.shipment ?? null,
    occurred_at: occurredAt,
    created: ctx.now,
  };
  ctx.store.insert('trade_reports', report);
  return withoutPartner(report);
}

export function listTradeReports(ctx: Context, params: ListTradeReportsParams) {
  const { limit, starting_after, ...filters } = params;
  return listPage(
    ctx,
    'trade_reports',
    filters,
    { limit, starting_after },
    withoutPartner<TradeReportRecord>,
  );
}
