import { endpoints } from '@xinghui/contract';
import type { Hono } from 'hono';
import { rollSecretKey } from '../engine/core/api-key-roll.js';
import type { Env } from '../http/env.js';
import { mount } from '../http/mount.js';

/** Rolling the partner's secret key (sandbox only). */
export function sandboxApiKeyRoutes(app: Hono<Env>): void {
  mount(app, endpoints.rollSecretKey, (ctx, { body }) => rollSecretKey(ctx, body));
}
