import { endpoints } from '@xinghui/contract';
import type { Hono } from 'hono';
import {
  closeDispute,
  disputePayment,
  releasePayment,
  shipPayment,
} from '../engine/escrow/escrow.js';
import type { Env } from '../http/env.js';
import { mount } from '../http/mount.js';

export function escrowRoutes(app: Hono<Env>): void {
  mount(app, endpoints.shipPayment, (ctx, { id, body }) => shipPayment(ctx, id, body));
  mount(app, endpoints.releasePayment, (ctx, { id, body }) => releasePayment(ctx, id, body));
  mount(app, endpoints.disputePayment, (ctx, { id, body }) => disputePayment(ctx, id, body));
  mount(app, endpoints.closeDispute, (ctx, { id, body }) => closeDispute(ctx, id, body));
}
