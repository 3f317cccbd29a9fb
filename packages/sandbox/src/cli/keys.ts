import type { RolledSecretKey } from '@xinghui/contract';
import { SandboxApi } from './api.js';
import { formatDuration, formatTime, parseDuration } from './duration.js';
import { writeKeysFile } from './keys-file.js';
import { COMMON_HELP, parseTool, targetOf } from './options.js';
import type { Output } from './output.js';
import { usageError } from './tool-error.js';

export const KEYS_HELP = `xinghui-sandbox keys roll [--overlap 1h]: a new secret key for the partner

  --overlap <duration>  how long the old key keeps working: 0, 30m, 1h, 7d… (default 1h, at most 7d),
                        on the partner's test clock (clock advance past it ends it at once)

The new key is printed once. When the old key came from the keys file, the file gets the new one.

${COMMON_HELP}`;

/** `keys roll`: `POST /v1/sandbox/api_keys/roll`, then the keys file updated if it held the key. */
export async function keysTool(args: string[], out: Output): Promise<void> {
  const { values, positionals } = parseTool('keys', args, {
    overlap: { type: 'string', default: '1h' },
  });
  if (values.help) return out.help(KEYS_HELP);
  const [action, ...rest] = positionals;
  if (action !== 'roll') {
    throw usageError(`unknown keys action "${action ?? ''}": use xinghui-sandbox keys roll.`);
  }
  if (rest.length > 0) throw usageError(`unexpected argument "${rest[0]}".`);
  const overlap = values.overlap === '0' ? 0 : parseDuration(values.overlap, '--overlap');
  if (overlap > 7 * 86_400) throw usageError('--overlap is at most 7d.');

  const target = targetOf(values);
  const api = new SandboxApi(target.url, target.secretKey);
  const rolled = await api.post<RolledSecretKey>('/v1/sandbox/api_keys/roll', {
    overlap_seconds: overlap,
  });
  if (target.keysFile && target.keys) {
    writeKeysFile(target.keysFile, { ...target.keys, secret_key: rolled.secret_key });
  }
  if (values.json) {
    out.json({ ...rolled, keys_file: target.keysFile ?? null });
    return;
  }
  out.line(`New secret key: ${rolled.secret_key}   (shown once: keep it now)`);
  out.line(
    `The old key ${rolled.previous_secret_key} works until ${formatTime(rolled.previous_secret_key_expires_at)} on the test clock (${formatDuration(overlap)}), then answers api_key_expired.`,
  );
  if (target.keysFile) out.line(`${target.keysFile} now holds the new key.`);
}
