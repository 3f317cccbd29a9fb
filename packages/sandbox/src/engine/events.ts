import {
  API_VERSION,
  generateId,
  type Event,
  type EventOf,
  type EventType,
  type ListEventsParams,
} from '@xinghui/contract';
import type { Context } from './context.js';
import { getOwned, listPage, withoutPartner } from './pagination.js';
import type { EventRecord } from './records.js';

/**
 * Records an event in the same transaction as the change it describes, so an event exists if
 * and only if its change does.
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
