import type { Event, EventType, List } from '@xinghui/contract';
import type { SandboxApi } from './api.js';
import { TRIGGER_FLOWS } from './trigger-flows.js';
import { TriggerKit, type Made } from './trigger-kit.js';
import { ToolError } from './tool-error.js';

/** What a trigger did: the event it fired and every object it made on the way. */
export interface Triggered {
  type: EventType;
  /** The id of the event the flow fired (`evt_…`). */
  event: string;
  created: Made[];
}

/** The newest event of a type, if any. */
async function newestOf(api: SandboxApi, type: string): Promise<Event | undefined> {
  return (await api.get<List<Event>>(`/v1/events?type=${type}&limit=1`)).data[0];
}

/**
 * Runs the recipe of `type` (trigger-flows.ts) through `api`, as the partner, and finds the
 * event it fired: the one path behind `xinghui-sandbox trigger` and `@xinghui/mock`'s `trigger`.
 *
 * @throws ToolError when the flow ran but no new event of `type` was recorded
 * @example
 * ```ts
 * const { event, created } = await fireTrigger(api, 'pk_test_…', 'payment.succeeded');
 * ```
 */
export async function fireTrigger(
  api: SandboxApi,
  publishableKey: string | undefined,
  type: EventType,
): Promise<Triggered> {
  const before = await newestOf(api, type);
  const kit = new TriggerKit(api, publishableKey);
  await TRIGGER_FLOWS[type](kit);
  const event = await newestOf(api, type);
  if (!event || event.id === before?.id) {
    throw new ToolError(`the flow for ${type} ran, but the bank sent no ${type} event.`);
  }
  return { type, event: event.id, created: kit.made };
}
