import type { Event, List, TestClock } from '@xinghui/contract';
import { SandboxApi } from './api.js';
import { formatDuration, formatTime, parseDuration } from './duration.js';
import { COMMON_HELP, parseTool, targetOf } from './options.js';
import type { Output } from './output.js';
import { usageError } from './tool-error.js';

export const CLOCK_HELP = `xinghui-sandbox clock advance <duration>: move the partner's test clock forward

  <duration>  30m, 1h, 3d, 1d12h… (up to 366d); what falls due on the way happens now

${COMMON_HELP}`;

/** The newest events, newest first: up to `limit`. */
async function newestEvents(api: SandboxApi, limit: number): Promise<Event[]> {
  return (await api.get<List<Event>>(`/v1/events?limit=${limit}`)).data;
}

/**
 * `clock advance <duration>`: advances the test clock through `POST /v1/test_clocks/advance`,
 * then prints the new time and the events that fired on the way (those newer than the newest
 * event before the call).
 */
export async function clockTool(args: string[], out: Output): Promise<void> {
  const { values, positionals } = parseTool('clock', args, {});
  if (values.help) return out.help(CLOCK_HELP);
  const [action, duration, ...rest] = positionals;
  if (action !== 'advance') {
    throw usageError(
      `unknown clock action "${action ?? ''}": use xinghui-sandbox clock advance <duration>.`,
    );
  }
  if (duration === undefined) throw usageError('clock advance needs a duration such as 1h or 3d.');
  if (rest.length > 0) throw usageError(`unexpected argument "${rest[0]}".`);
  const seconds = parseDuration(duration, 'the duration');
  if (seconds > 366 * 86_400) throw usageError('the clock advances at most 366d at a time.');

  const target = targetOf(values);
  const api = new SandboxApi(target.url, target.secretKey);
  const before = new Set((await newestEvents(api, 100)).map((event) => event.id));
  const clock = await api.post<TestClock>('/v1/test_clocks/advance', { seconds });
  // Events fired by the advance are the newest; 100 is more than one advance of a test fires.
  const fired = (await newestEvents(api, 100)).filter((event) => !before.has(event.id)).reverse();
  if (values.json) {
    out.json({
      object: 'test_clock',
      now: clock.now,
      offset_seconds: clock.offset_seconds,
      advanced_seconds: seconds,
      fired: fired.map((event) => ({ id: event.id, type: event.type, created: event.created })),
    });
    return;
  }
  out.line(`Test clock advanced ${formatDuration(seconds)}: now ${formatTime(clock.now)}`);
  out.line(`  (${formatDuration(clock.offset_seconds)} ahead of the wall clock)`);
  if (fired.length === 0) out.line('  nothing fell due on the way');
  for (const event of fired) out.line(`  fired ${event.type.padEnd(28)} ${event.id}`);
}
