import { tradeEndpoints } from '@xinghui/contract';
import type { Hono } from 'hono';
import { retrieveLimitReview, reviewLimit } from '../engine/credit/limit-reviews.js';
import { listTradeReports, reportTrade } from '../engine/trade/trade-reports.js';
import type { Env } from '../http/env.js';
import { mount } from '../http/mount.js';

/** Trade reports from the platform, and the limit reviews they inform. */
export function tradeRoutes(app: Hono<Env>): void {
  mount(app, tradeEndpoints.createTradeReport, (ctx, { body }) => reportTrade(ctx, body));
  mount(app, tradeEndpoints.listTradeReports, (ctx, { query }) => listTradeReports(ctx, query));
  mount(app, tradeEndpoints.createLimitReview, (ctx, { body }) =>
    reviewLimit(ctx, body.credit_line),
  );
  mount(app, tradeEndpoints.retrieveLimitReview, (ctx, { id }) => retrieveLimitReview(ctx, id));
}
