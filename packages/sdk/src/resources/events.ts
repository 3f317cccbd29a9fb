import { eventEndpoints as endpoints, type Event, type ListEventsParams } from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import { paginate, type PagePromise } from '../core/page.js';
import type { Transport } from '../core/transport.js';

/** Events: everything that happened to the partner's objects, newest first. */
export class Events {
  constructor(private readonly transport: Transport) {}

  /**
   * Retrieves an event.
   *
   * @example
   * ```ts
   * const event = await xinghui.events.retrieve('evt_7hJ9kL1mN3pQ5rS7');
   * ```
   */
  retrieve(id: string, options?: RequestOptions): Promise<Event> {
    return this.transport.request(endpoints.retrieveEvent, { id, options });
  }

  /**
   * Lists events, newest first, optionally of one type.
   *
   * @example
   * ```ts
   * for await (const event of xinghui.events.list({ type: 'payment.succeeded' })) {
   *   if (event.type === 'payment.succeeded') markPaid(event.data.object.checkout_session);
   * }
   * ```
   */
  list(params: ListEventsParams = {}, options?: RequestOptions): PagePromise<Event> {
    return paginate(
      (starting_after) =>
        this.transport.request(endpoints.listEvents, {
          query: { ...params, starting_after },
          options,
        }),
      params.starting_after,
    );
  }
}
