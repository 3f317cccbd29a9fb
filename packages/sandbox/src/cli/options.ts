import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_KEYS_FILE, readKeysFile, type KeysFile } from './keys-file.js';
import { usageError } from './tool-error.js';

/** The sandbox the tools talk to when neither `--url` nor a keys file names one. */
export const DEFAULT_URL = 'http://127.0.0.1:4400';

/** The flags every tool takes. */
export const COMMON_OPTIONS = {
  url: { type: 'string' },
  'secret-key': { type: 'string' },
  'publishable-key': { type: 'string' },
  'keys-file': { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const satisfies ParseArgsConfig['options'];

export const COMMON_HELP = `  --url <url>              the running sandbox (default: the keys file's, else ${DEFAULT_URL})
  --secret-key <sk_test_…> the partner to act as (default: env XINGHUI_SECRET_KEY, else the keys file's)
  --keys-file <file>       what a running sandbox wrote (default ${DEFAULT_KEYS_FILE})
  --json                   one JSON object per line instead of text
  --help                   this text`;

/** Who and where a tool talks to. */
export interface Target {
  url: string;
  secretKey: string;
  /** Only pages' calls need it (`trigger`); from the flag, the env or the keys file. */
  publishableKey: string | undefined;
  /** The keys file the secret key came from, for `keys roll` to update it. */
  keysFile: string | undefined;
  keys: KeysFile | undefined;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** What {@link parseTool} returns: the values of the tool's and the common flags. */
export type ParsedTool<O extends Options> = ReturnType<
  typeof parseArgs<{
    args: string[];
    options: typeof COMMON_OPTIONS & O;
    allowPositionals: true;
    strict: true;
  }>
>;

/** Parses a tool's arguments: its own options and the common ones. One line on a mistake. */
export function parseTool<O extends Options>(
  tool: string,
  args: string[],
  options: O,
): ParsedTool<O> {
  try {
    return parseArgs({
      args,
      options: { ...COMMON_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usageError(`${(error as Error).message}. See xinghui-sandbox ${tool} --help.`);
  }
}

/** Resolves where the sandbox is and which secret key to send, or says how to give one. */
export function targetOf(
  values: {
    url?: string;
    'secret-key'?: string;
    'publishable-key'?: string;
    'keys-file'?: string;
  },
  env: NodeJS.ProcessEnv = process.env,
): Target {
  const keysFile = values['keys-file'] ?? DEFAULT_KEYS_FILE;
  const keys = readKeysFile(keysFile);
  if (values['keys-file'] !== undefined && !keys) {
    throw usageError(`cannot read the keys file "${keysFile}".`);
  }
  const url = (values.url ?? keys?.url ?? DEFAULT_URL).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+$/.test(url)) {
    throw usageError(`--url must be the sandbox's address such as ${DEFAULT_URL}, got "${url}".`);
  }
  // An empty variable (`XINGHUI_SECRET_KEY=`) is no key, as in most tools.
  const given = values['secret-key'] ?? (env['XINGHUI_SECRET_KEY'] || undefined);
  const secretKey = given ?? keys?.secret_key;
  if (!secretKey) {
    throw usageError(
      `no secret key: pass --secret-key sk_test_…, set XINGHUI_SECRET_KEY, or start the sandbox (it writes ${DEFAULT_KEYS_FILE}).`,
    );
  }
  if (!/^sk_test_[0-9A-Za-z]{16,64}$/.test(secretKey)) {
    throw usageError('the secret key must look like sk_test_… (a sandbox secret key).');
  }
  const fromFile = given === undefined || given === keys?.secret_key;
  const publishableKey =
    values['publishable-key'] ??
    (env['XINGHUI_PUBLISHABLE_KEY'] || undefined) ??
    (fromFile ? keys?.publishable_key : undefined);
  return {
    url,
    secretKey,
    publishableKey,
    keysFile: fromFile && keys ? keysFile : undefined,
    keys: fromFile ? keys : undefined,
  };
}
