/**
 * A fresh idempotency key: a random UUID v4. Built from `getRandomValues` rather than
 * `crypto.randomUUID`, which browsers only offer on HTTPS pages. A mini-program's runtime has no
 * `crypto` at all: there the bytes come from `Math.random`, since a key must be unique, not
 * secret (it authorises nothing; the API key does).
 *
 * @example
 * ```ts
 * newIdempotencyKey(); // '3b241101-e2bb-4255-8caf-4136c566a962'
 * ```
 */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16);
  if (typeof crypto !== 'undefined') crypto.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
