import { endpoints } from '@xinghui/contract';
import type { Hono } from 'hono';
import {
  listWebhookDeliveries,
  resendEvent,
  sendTestEvent,
} from '../engine/webhooks/webhook-deliveries.js';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  listWebhookEndpoints,
  retrieveWebhookEndpoint,
  rotateWebhookEndpointSecret,
  updateWebhookEndpoint,
} from '../engine/webhooks/webhook-endpoints.js';
import type { Env } from '../http/env.js';
import { mount } from '../http/mount.js';

export function webhookEndpointRoutes(app: Hono<Env>): void {
  mount(app, endpoints.createWebhookEndpoint, (ctx, { body }) => createWebhookEndpoint(ctx, body));
  mount(app, endpoints.retrieveWebhookEndpoint, (ctx, { id }) => retrieveWebhookEndpoint(ctx, id));
  mount(app, endpoints.listWebhookEndpoints, (ctx, { query }) => listWebhookEndpoints(ctx, query));
  mount(app, endpoints.updateWebhookEndpoint, (ctx, { id, body }) =>
    updateWebhookEndpoint(ctx, id, body),
  );
  mount(app, endpoints.deleteWebhookEndpoint, (ctx, { id }) => deleteWebhookEndpoint(ctx, id));
  mount(app, endpoints.rotateWebhookEndpointSecret, (ctx, { id }) =>
    rotateWebhookEndpointSecret(ctx, id),
  );
  mount(app, endpoints.testWebhookEndpoint, (ctx, { id }) => sendTestEvent(ctx, id));
  mount(app, endpoints.listWebhookDeliveries, (ctx, { id, query }) =>
    listWebhookDeliveries(ctx, id, query),
  );
  mount(app, endpoints.resendEvent, (ctx, { id, body }) => resendEvent(ctx, id, body));
}
