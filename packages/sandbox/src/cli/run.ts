import { clockTool } from './clock.js';
import { eventsTool } from './events.js';
import { keysTool } from './keys.js';
import { stdoutOutput, type Output } from './output.js';
import { ToolError } from './tool-error.js';
import { triggerTool } from './trigger.js';
import { webhooksTool } from './webhooks.js';

/** The tools, by the first word of the command line. */
export const TOOLS = ['trigger', 'events', 'webhooks', 'keys', 'clock'] as const;

export const TOOLS_HELP = `Tools (they talk to a running sandbox; each has --help and --json):
  trigger <event-type>        make an event happen through the real flow
  events [--tail]             the partner's events and webhook deliveries, live with --tail
  webhooks test <url>         a signed delivery to an endpoint now, with its answer and timing
  keys roll [--overlap 1h]    a new secret key; the old one works for the overlap
  clock advance <duration>    move the test clock forward (30m, 1h, 3d)`;

/** True when the command line names a tool rather than starting the server. */
export function isTool(word: string | undefined): boolean {
  return (TOOLS as readonly string[]).includes(word ?? '');
}

/**
 * Runs a tool and returns the exit code: 0 done, 1 the sandbox refused or did not answer (or
 * `webhooks test` got a non-2xx answer), 2 a mistake in the command line. A failure is one
 * line on stderr.
 */
export async function runTool(argv: string[], out: Output = stdoutOutput): Promise<number> {
  const [tool, ...args] = argv;
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    switch (tool) {
      case 'trigger':
        await triggerTool(args, out);
        return 0;
      case 'events':
        await eventsTool(args, out, stop.signal);
        return 0;
      case 'webhooks':
        return await webhooksTool(args, out);
      case 'keys':
        await keysTool(args, out);
        return 0;
      case 'clock':
        await clockTool(args, out);
        return 0;
      default:
        throw new ToolError(`unknown tool "${tool}".`, 'usage');
    }
  } catch (error) {
    if (!(error instanceof ToolError)) throw error;
    process.stderr.write(`xinghui-sandbox ${tool}: ${error.message}\n`);
    return error.exitCode;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
