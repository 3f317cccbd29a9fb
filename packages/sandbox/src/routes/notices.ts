import { noticeEndpoints } from '@xinghui/contract';
import type { Hono } from 'hono';
import { listNotices } from '../engine/credit/loan-notices.js';
import type { Env } from '../http/env.js';
import { mount } from '../http/mount.js';

/** The sandbox's SMS outbox of loan notices: what the shops' phones would have shown. */
export function noticeRoutes(app: Hono<Env>): void {
  mount(app, noticeEndpoints.listSandboxNotices, (ctx, { query }) => listNotices(ctx, query));
}
