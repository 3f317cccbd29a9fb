import { EVENT_TYPES, isKnownEventType } from '@xinghui/contract';
import { SandboxApi } from './api.js';
import { closeMatches } from './close-matches.js';
import { COMMON_HELP, parseTool, targetOf } from './options.js';
import type { Output } from './output.js';
import { fireTrigger } from './fire-trigger.js';
import { usageError } from './tool-error.js';

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
  const { event, created } = await fireTrigger(api, target.publishableKey, type);
  if (values.json) {
    out.json({ object: 'trigger', type, event, created });
    return;
  }
  out.line(`Triggered ${type}: ${event}`);
  for (const made of created) out.line(`  ${made.object.padEnd(20)} ${made.id}`);
}
