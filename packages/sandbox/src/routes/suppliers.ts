import { endpoints } from '@xinghui/contract';
import type { Hono } from 'hono';
import { createSupplier, listSuppliers, retrieveSupplier } from '../engine/trade/suppliers.js';
import type { Env } from '../http/env.js';
import { mount } from '../http/mount.js';

export function supplierRoutes(app: Hono<Env>): void {
  mount(app, endpoints.createSupplier, (ctx, { body }) => createSupplier(ctx, body));
  mount(app, endpoints.retrieveSupplier, (ctx, { id }) => retrieveSupplier(ctx, id));
  mount(app, endpoints.listSuppliers, (ctx, { query }) => listSuppliers(ctx, query));
}
