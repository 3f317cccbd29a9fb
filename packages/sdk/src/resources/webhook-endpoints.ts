import {
  webhookEndpointEndpoints as endpoints,
  type CreateWebhookEndpointParams,
  type DeletedWebhookEndpoint,
  type ListParams,
  type ListWebhookDeliveriesParams,
  type ResendEventParams,
  type UpdateWebhookEndpointParams,
  type WebhookDelivery,
  type WebhookEndpoint,
} from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import { paginate, type PagePromise } from '../core/page.js';
import type { Transport } from '../core/transport.js';

/**
 * Webhook endpoints: the URLs the bank POSTs events to, signed with each endpoint's secret,
 * retried for about a day; and the record of every delivery attempt.
 */
export class WebhookEndpoints {
  constructor(private readonly transport: Transport) {}

  /**
   * Registers a URL for events of the given types (`['*']` for all). The answer carries the
   * signing secret, `whsec_…`: store it now, it is not shown again.
   *
   * @example
   * ```ts
   * const endpoint = await xinghui.webhookEndpoints.create({
   *   url: 'https://platform.example.com/api/webhooks',
   *   enabled_events: ['checkout_session.completed', 'payment.succeeded'],
   * });
   * saveSecret(endpoint.secret!);
   * ```
   */
  create(params: CreateWebhookEndpointParams, options?: RequestOptions): Promise<WebhookEndpoint> {
    return this.transport.request(endpoints.createWebhookEndpoint, { body: params, options });
  }

  /**
   * Retrieves an endpoint (without its secret).
   *
   * @example
   * ```ts
   * const endpoint = await xinghui.webhookEndpoints.retrieve('we_9hQ2kL7mN3pR5sT1');
   * ```
   */
  retrieve(id: string, options?: RequestOptions): Promise<WebhookEndpoint> {
    return this.transport.request(endpoints.retrieveWebhookEndpoint, { id, options });
  }

  /**
   * Lists endpoints, newest first.
   *
   * @example
   * ```ts
   * for await (const endpoint of xinghui.webhookEndpoints.list()) console.log(endpoint.url);
   * ```
   */
  list(params: ListParams = {}, options?: RequestOptions): PagePromise<WebhookEndpoint> {
    return paginate(
      (starting_after) =>
        this.transport.request(endpoints.listWebhookEndpoints, {
          query: { ...params, starting_after },
          options,
        }),
      params.starting_after,
    );
  }

  /**
   * Changes an endpoint's URL or the events it wants, or pauses it: a disabled endpoint gets
   * nothing, retries included, until it is enabled again (re-send missed events by hand).
   *
   * @example
   * ```ts
   * await xinghui.webhookEndpoints.update(endpoint.id, { disabled: true }); // maintenance
   * await xinghui.webhookEndpoints.update(endpoint.id, { disabled: false });
   * ```
   */
  update(
    id: string,
    params: UpdateWebhookEndpointParams,
    options?: RequestOptions,
  ): Promise<WebhookEndpoint> {
    return this.transport.request(endpoints.updateWebhookEndpoint, { id, body: params, options });
  }

  /**
   * Deletes an endpoint: nothing more is sent to it, retries included.
   *
   * @example
   * ```ts
   * await xinghui.webhookEndpoints.del(endpoint.id);
   * ```
   */
  del(id: string, options?: RequestOptions): Promise<DeletedWebhookEndpoint> {
    return this.transport.request(endpoints.deleteWebhookEndpoint, { id, options });
  }

  /**
   * Gives the endpoint a new signing secret. For 24 hours deliveries carry a signature with
   * each secret (two `v1=` values), so the receiver can switch without missing one.
   *
   * @example
   * ```ts
   * const { secret } = await xinghui.webhookEndpoints.rotateSecret(endpoint.id);
   * // deploy the new secret within 24 hours
   * ```
   */
  rotateSecret(id: string, options?: RequestOptions): Promise<WebhookEndpoint> {
    return this.transport.request(endpoints.rotateWebhookEndpointSecret, { id, options });
  }

  /**
   * Sends the endpoint a test delivery now: a `webhook_endpoint.test` event, signed with its
   * secret like every delivery, to that endpoint only, never retried. Read the attempt (the
   * endpoint's answer and timing) from {@link WebhookEndpoints.listDeliveries} once it is made.
   *
   * @example
   * ```ts
   * const delivery = await xinghui.webhookEndpoints.sendTest(endpoint.id);
   * const { data: [tested] } = await xinghui.webhookEndpoints.listDeliveries(endpoint.id, { event: delivery.event });
   * console.log(tested?.attempts[0]?.response_status);
   * ```
   */
  sendTest(id: string, options?: RequestOptions): Promise<WebhookDelivery> {
    return this.transport.request(endpoints.testWebhookEndpoint, { id, options });
  }

  /**
   * Lists an endpoint's deliveries, newest first, each with every attempt (time, status code or
   * error, latency); `event` narrows to one event.
   *
   * @example
   * ```ts
   * const { data: [delivery] } = await xinghui.webhookEndpoints.listDeliveries(endpoint.id, { event: event.id });
   * console.log(delivery.status, delivery.attempts.map((a) => a.response_status));
   * ```
   */
  listDeliveries(
    id: string,
    params: ListWebhookDeliveriesParams = {},
    options?: RequestOptions,
  ): PagePromise<WebhookDelivery> {
    return paginate(
      (starting_after) =>
        this.transport.request(endpoints.listWebhookDeliveries, {
          id,
          query: { ...params, starting_after },
          options,
        }),
      params.starting_after,
    );
  }

  /**
   * Sends an event to an endpoint again, now: a new attempt, recorded on the delivery once
   * made. The endpoint need not have subscribed to the event's type.
   *
   * @example
   * ```ts
   * await xinghui.webhookEndpoints.resendEvent(event.id, { webhook_endpoint: endpoint.id });
   * ```
   */
  resendEvent(
    eventId: string,
    params: ResendEventParams,
    options?: RequestOptions,
  ): Promise<WebhookDelivery> {
    return this.transport.request(endpoints.resendEvent, { id: eventId, body: params, options });
  }
}
