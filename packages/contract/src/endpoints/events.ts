import { listOf } from '../list.js';
import { Event, ListEventsParams } from '../resources/event.js';
import type { Endpoint } from './endpoint.js';

/** Events. */
export const eventEndpoints = {
  retrieveEvent: {
    method: 'GET',
    path: '/v1/events/{id}',
    auth: 'secret',
    tag: 'Events',
    summary: 'Retrieve an event',
    response: Event,
  },
  listEvents: {
    method: 'GET',
    path: '/v1/events',
    auth: 'secret',
    tag: 'Events',
    summary: 'List events, newest first',
    query: ListEventsParams,
    response: listOf(Event),
  },
} satisfies Record<string, Endpoint>;
