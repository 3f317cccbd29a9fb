import { endpoints } from '@xinghui/contract';
import type { Hono } from 'hono';
import { createBuyer, listBuyers, retrieveBuyer } from '../engine/trade/buyers.js';
import type { Env } from '../http/env.js';
import { mount } from '../http/mount.js';

export function buyerRoutes(app: Hono<Env>): void {
  mount(app, endpoints.createBuyer, (ctx, { body }) => createBuyer(ctx, body));
  mount(app, endpoints.retrieveBuyer, (ctx, { id }) => retrieveBuyer(ctx, id));
  mount(app, endpoints.listBuyers, (ctx, { query }) => listBuyers(ctx, query));
}
