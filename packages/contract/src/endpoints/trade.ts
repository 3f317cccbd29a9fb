import { listOf } from '../list.js';
import {
  CreateLimitReviewParams,
  CreateTradeReportParams,
  LimitReview,
  ListTradeReportsParams,
  TradeReport,
} from '../resources/trade.js';
import type { Endpoint } from './endpoint.js';

/** Trade reports and limit reviews, from the partner's server. */
export const tradeEndpoints = {
  createTradeReport: {
    method: 'POST',
    path: '/v1/trade_reports',
    auth: 'secret',
    tag: 'Trade and limit reviews',
    summary: 'Report an order, a delivery or a return: the data behind limit reviews',
    body: CreateTradeReportParams,
    response: TradeReport,
  },
  listTradeReports: {
    method: 'GET',
    path: '/v1/trade_reports',
    auth: 'secret',
    tag: 'Trade and limit reviews',
    summary: 'List trade reports, newest first',
    query: ListTradeReportsParams,
    response: listOf(TradeReport),
  },
  createLimitReview: {
    method: 'POST',
    path: '/v1/limit_reviews',
    auth: 'secret',
    tag: 'Trade and limit reviews',
    summary: "Review a line's limit on the shop's trade and credit record: raise, hold or cut",
    body: CreateLimitReviewParams,
    response: LimitReview,
  },
  retrieveLimitReview: {
    method: 'GET',
    path: '/v1/limit_reviews/{id}',
    auth: 'secret',
    tag: 'Trade and limit reviews',
    summary: 'Retrieve a limit review and its reasons',
    response: LimitReview,
  },
} satisfies Record<string, Endpoint>;
