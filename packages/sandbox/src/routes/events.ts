import { endpoints } from '@xinghui/contract';
import type { Hono } from 'hono';
import { listEvents, retrieveEvent } from '../engine/webhooks/events.js';
import type { Env } from '../http/env.js';
import { mount } from '../http/mount.js';

export function eventRoutes(app: Hono<Env>): void {
  mount(app, endpoints.retrieveEvent, (ctx, { id }) => retrieveEvent(ctx, id));
  mount(app, endpoints.listEvents, (ctx, { query }) => listEvents(ctx, query));
}
