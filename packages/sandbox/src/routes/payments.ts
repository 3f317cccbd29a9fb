import { endpoints } from '@xinghui/contract';
import type { Hono } from 'hono';
import {
  listPayments,
  listRefunds,
  refundPayment,
  retrievePayment,
} from '../engine/payments/payments.js';
import type { Env } from '../http/env.js';
import { mount } from '../http/mount.js';

export function paymentRoutes(app: Hono<Env>): void {
  mount(app, endpoints.retrievePayment, (ctx, { id }) => retrievePayment(ctx, id));
  mount(app, endpoints.listPayments, (ctx, { query }) => listPayments(ctx, query));
  mount(app, endpoints.createRefund, (ctx, { id, body }) => refundPayment(ctx, id, body));
  mount(app, endpoints.listRefunds, (ctx, { id, query }) => listRefunds(ctx, id, query));
}
