import { EVENT_TYPES, isKnownEventType, type Event, type List } from '@xinghui/contract';
import { SandboxApi } from './api.js';
import { closeMatches } from './close-matches.js';
import { COMMON_HELP, parseTool, targetOf } from './options.js';
import type { Output } from './output.js';
import { TRIGGER_FLOWS } from './trigger-flows.js';
import { TriggerKit } from './trigger-kit.js';
import { ToolError, usageError } from './tool-error.js';

export const TRIGGER_HELP = `xinghui-sandbox trigger <event-type>: make an event happen through the bank's real flow

Creates what the event needs (a shop, a supplier, a checkout session paid with its one-time
code, a credit line…) with the partner's keys and fires the event, which is delivered to the
partner's webhook endpoints like any other. The loan.* and credit_line.updated triggers move
the partner's test clock forward (28 to 31 days).

  --publishable-key <pk_test_…>  for the shop page's calls (default: env
                                 XINGHUI_PUBLISHABLE_KEY, else the keys file's)

Event types:
${EVENT_TYPES.map((type) => `  ${type}`).join('\n')}

${COMMON_HELP}`;

/** The newest event of a type, if any. */
async function newestOf(api: SandboxApi, type: string): Promise<Event | undefined> {
  return (await api.get<List<Event>>(`/v1/events?type=${type}&limit=1`)).data[0];
}

/** `trigger <event-type>`: runs the type's recipe, then finds the event it fired. */
export async function triggerTool(args: string[], out: Output): Promise<void> {
  const { values, positionals } = parseTool('trigger', args, {});
  if (values.help) return out.help(TRIGGER_HELP);
  const [type, ...rest] = positionals;
  if (!type) throw usageError('trigger needs an event type, e.g. trigger payment.succeeded.');
  if (rest.length > 0) throw usageError(`unexpected argument "${rest[0]}".`);
  if (!isKnownEventType(type)) {
    const near = closeMatches(type, EVENT_TYPES);
    throw usageError(
      `unknown event type "${type}"${near.length ? `: did you mean ${near.join(', ')}?` : ''} (xinghui-sandbox trigger --help lists them all).`,
    );
  }
  const target = targetOf(values);
  const api = new SandboxApi(target.url, target.secretKey);
  const before = await newestOf(api, type);
  const kit = new TriggerKit(api, target.publishableKey);
  await TRIGGER_FLOWS[type](kit);
  const event = await newestOf(api, type);
  if (!event || event.id === before?.id) {
    throw new ToolError(`the flow for ${type} ran, but the bank sent no ${type} event.`);
  }
  if (values.json) {
    out.json({ object: 'trigger', type, event: event.id, created: kit.made });
    return;
  }
  out.line(`Triggered ${type}: ${event.id}`);
  for (const made of kit.made) out.line(`  ${made.object.padEnd(20)} ${made.id}`);
}
