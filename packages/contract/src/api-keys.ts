import { randomToken } from './ids.js';
import { z } from './zod.js';

/** The two kinds of API key: secret keys stay on the partner's server, publishable keys may ship in pages. */
export type ApiKeyKind = 'secret' | 'publishable';

const KEY = /^(sk|pk)_test_[0-9A-Za-z]{16,64}$/;

/**
 * Tells which kind of key a string is, or `null` when it is not a key at all.
 *
 * @example
 * ```ts
 * apiKeyKind('pk_test_51Hx…'); // 'publishable'
 * ```
 */
export function apiKeyKind(key: string): ApiKeyKind | null {
  const match = KEY.exec(key);
  if (!match) return null;
  return match[1] === 'sk' ? 'secret' : 'publishable';
}

/** Makes a new sandbox key of the given kind. */
export function generateApiKey(kind: ApiKeyKind): string {
  return `${kind === 'secret' ? 'sk' : 'pk'}_test_${randomToken(32)}`;
}

/** Prefixes of sessions whose client secret a page may hold. */
const CLIENT_SECRET = /^((cs|ws)_[0-9A-Za-z]{8,64})_secret_[0-9A-Za-z]{16,64}$/;

/**
 * The client secret of a session: what the partner's server hands to its page so the page can
 * do exactly what that session allows. `cs_…_secret_…`.
 */
export const ClientSecret = /* @__PURE__ */ z
  .string()
  .check(
    z.regex(
      CLIENT_SECRET,
      'must be the client_secret of a session ("cs_…_secret_…" or "ws_…_secret_…")',
    ),
  );

/**
 * Reads the session id out of a client secret.
 *
 * @returns the session id, or `null` when the text is not a client secret
 * @example
 * ```ts
 * sessionIdOfClientSecret('cs_a1B2c3D4e5F6g7H8_secret_Zz9…'); // 'cs_a1B2c3D4e5F6g7H8'
 * ```
 */
export function sessionIdOfClientSecret(clientSecret: string): string | null {
  return CLIENT_SECRET.exec(clientSecret)?.[1] ?? null;
}

/** Makes a new client secret for a session. */
export function generateClientSecret(sessionId: string): string {
  return `${sessionId}_secret_${randomToken(32)}`;
}
