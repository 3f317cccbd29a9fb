import { listOf, ListParams } from '../list.js';
import {
  CreateWebhookEndpointParams,
  DeletedWebhookEndpoint,
  ListWebhookDeliveriesParams,
  ResendEventParams,
  UpdateWebhookEndpointParams,
  WebhookDelivery,
  WebhookEndpoint,
} from '../resources/webhook-endpoint.js';
import type { Endpoint } from './endpoint.js';

/** Webhook endpoints, their deliveries, and re-sending an event by hand. */
export const webhookEndpointEndpoints = {
  createWebhookEndpoint: {
    method: 'POST',
    path: '/v1/webhook_endpoints',
    auth: 'secret',
    tag: 'Webhooks',
    summary: 'Register a URL to receive events, and get its signing secret (shown only now)',
    body: CreateWebhookEndpointParams,
    response: WebhookEndpoint,
  },
  retrieveWebhookEndpoint: {
    method: 'GET',
    path: '/v1/webhook_endpoints/{id}',
    auth: 'secret',
    tag: 'Webhooks',
    summary: 'Retrieve a webhook endpoint (without its secret)',
    response: WebhookEndpoint,
  },
  listWebhookEndpoints: {
    method: 'GET',
    path: '/v1/webhook_endpoints',
    auth: 'secret',
    tag: 'Webhooks',
    summary: 'List webhook endpoints, newest first',
    query: ListParams,
    response: listOf(WebhookEndpoint),
  },
  updateWebhookEndpoint: {
    method: 'POST',
    path: '/v1/webhook_endpoints/{id}',
    auth: 'secret',
    tag: 'Webhooks',
    summary:
      "Change an endpoint's URL or events, or disable it (nothing is sent) and enable it again",
    body: UpdateWebhookEndpointParams,
    response: WebhookEndpoint,
  },
  deleteWebhookEndpoint: {
    method: 'DELETE',
    path: '/v1/webhook_endpoints/{id}',
    auth: 'secret',
    tag: 'Webhooks',
    summary: 'Delete a webhook endpoint: nothing more is sent to it',
    response: DeletedWebhookEndpoint,
  },
  rotateWebhookEndpointSecret: {
    method: 'POST',
    path: '/v1/webhook_endpoints/{id}/rotate_secret',
    auth: 'secret',
    tag: 'Webhooks',
    summary: 'Give an endpoint a new signing secret; the old one also signs for 24 hours',
    response: WebhookEndpoint,
  },
  testWebhookEndpoint: {
    method: 'POST',
    path: '/v1/webhook_endpoints/{id}/test',
    auth: 'secret',
    tag: 'Webhooks',
    summary:
      'Send the endpoint a signed webhook_endpoint.test event now (that endpoint only, never retried)',
    response: WebhookDelivery,
  },
  listWebhookDeliveries: {
    method: 'GET',
    path: '/v1/webhook_endpoints/{id}/deliveries',
    auth: 'secret',
    tag: 'Webhooks',
    summary: "List an endpoint's deliveries with every attempt, newest first",
    query: ListWebhookDeliveriesParams,
    response: listOf(WebhookDelivery),
  },
  resendEvent: {
    method: 'POST',
    path: '/v1/events/{id}/resend',
    auth: 'secret',
    tag: 'Webhooks',
    summary: 'Send an event to an endpoint again, now (a new attempt)',
    body: ResendEventParams,
    response: WebhookDelivery,
  },
} satisfies Record<string, Endpoint>;
