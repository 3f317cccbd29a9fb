import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * `.data/sandbox.keys.json`: what a running sandbox writes beside its SQLite file so that the
 * CLI tools (`xinghui-sandbox trigger`, `events --tail`…) find its address and its test
 * partner's keys without anyone copying a key by hand. Readable by its owner only (0600): it
 * holds a secret key, even if only a sandbox one.
 */
export interface KeysFile {
  url: string;
  partner: string;
  secret_key: string;
  publishable_key: string;
}

/** Where the tools look when no `--keys-file` is given. */
export const DEFAULT_KEYS_FILE = '.data/sandbox.keys.json';

/** The keys file of a sandbox keeping its state in `db`: beside it. */
export function keysFileBeside(db: string): string {
  return join(dirname(db), 'sandbox.keys.json');
}

/** Writes the file whole (a reader never sees half of it), owner-only. */
export function writeKeysFile(file: string, keys: KeysFile): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  chmodSync(partial, 0o600);
  renameSync(partial, file);
}

/** The keys file's content, or `undefined` when there is none (or it is not one). */
export function readKeysFile(file: string): KeysFile | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const keys = JSON.parse(text) as Partial<KeysFile>;
    if (typeof keys.url === 'string' && typeof keys.secret_key === 'string') {
      return keys as KeysFile;
    }
  } catch {
    // not JSON: treated as no file, and the tool asks for --secret-key
  }
  return undefined;
}
