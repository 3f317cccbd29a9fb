/**
 * SHA-256 of a UTF-8 string, synchronously, from `@noble/hashes` (audited, no dependencies).
 *
 * Why not WebCrypto: the bank hashes the consent template a shop accepts inside the engine's
 * synchronous transaction (better-sqlite3 cannot span an `await`), and `crypto.subtle.digest` is
 * asynchronous. Why not `node:crypto`: the engine also runs in pages and workers (through msw),
 * so it may load no `node:` module; `@noble/hashes` is plain ESM that runs anywhere, uses no
 * `eval`, and its tree-shaken SHA-256 is a few kilobytes, only in bundles that call this.
 * Anyone can check a recorded hash with any SHA-256 tool.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The SHA-256 digest of `text` (encoded as UTF-8), as 64 lowercase hex digits.
 *
 * @example
 * ```ts
 * sha256Hex('abc'); // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 * ```
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
