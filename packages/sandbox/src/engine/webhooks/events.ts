import {
  API_VERSION,
  generateId,
  type Event,
  type EventOf,
  type EventType,
  type ListEventsParams,
} from '@xinghui/contract';
import type { Context } from '../core/context.js';
import { listPage } from '../core/list-page.js';
import { getOwned, withoutPartner } from '../core/owned-rows.js';
import type { EventRecord } from '../core/records.js';
import { enqueueDeliveries } from './webhook-deliveries.js';

/**
 * Records an event in the same transaction as the change it describes, so an event exists if
 * and only if its change does; so do its webhook deliveries, which leave after the commit.
 */
export function recordEvent<T extends EventType>(
  ctx: Context,
  type: T,
  object: EventOf<T>['data']['object'],
): void {
  const event = {
    id: generateId('evt'),
    partner: ctx.partner.id,
    object: 'event',
    type,
    api_version: API_VERSION,
    created: ctx.now,
    data: { object },
    request: ctx.request,
  } as EventRecord;
  ctx.store.insert('events', event);
  enqueueDeliveries(ctx, event);
}

export function retrieveEvent(ctx: Context, id: string): Event {
  return withoutPartner(getOwned<EventRecord>(ctx, 'events', id)) as Event;
}

export function listEvents(ctx: Context, params: ListEventsParams) {
  const { limit, starting_after, ...filters } = params;
  return listPage(
    ctx,
    'events',
    filters,
    { limit, starting_after },
    (row: EventRecord) => withoutPartner(row) as Event,
  );
}
