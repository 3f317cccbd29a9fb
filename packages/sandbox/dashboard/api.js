// The dashboard's calls to its own sandbox. The secret key lives in sessionStorage only (gone
// when the tab closes, never in a URL or a cookie) and leaves in the Authorization header from
// script: same-origin, which is the one way the sandbox takes a secret key from a browser
// (docs/security.md, "The dashboard").

const KEY = 'xinghui-dashboard-secret-key';

export const session = {
  /** @returns {string | null} */
  key: () => sessionStorage.getItem(KEY),
  /** @param {string} key */
  signIn: (key) => sessionStorage.setItem(KEY, key),
  signOut: () => sessionStorage.removeItem(KEY),
};

/** An error answer of the bank, with its code and request id (to find it in the request log). */
export class BankError extends Error {
  /** @param {number} status @param {{ code?: string, message?: string, request_id?: string }} error */
  constructor(status, error) {
    super(error.message ?? `HTTP ${status}`);
    this.status = status;
    this.code = error.code ?? 'unknown';
    this.requestId = error.request_id ?? null;
  }
}

/**
 * Calls the bank with the signed-in key. A POST gets a fresh Idempotency-Key, so a retry by the
 * browser never runs the action twice.
 * @param {'GET' | 'POST'} method
 * @param {string} path `/v1/…`, with its query
 * @param {unknown} [body]
 * @param {string} [key] the key to use (sign-in tries one before keeping it)
 */
export async function call(method, path, body, key = session.key() ?? '') {
  /** @type {Record<string, string>} */
  const headers = { Authorization: `Bearer ${key}` };
  if (method === 'POST') {
    headers['Content-Type'] = 'application/json';
    headers['Idempotency-Key'] = `dashboard-${crypto.randomUUID()}`;
  }
  const response = await fetch(path, {
    method,
    headers,
    body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
    credentials: 'omit',
    cache: 'no-store',
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new BankError(response.status, json.error ?? {});
  return json;
}

/** @param {string} path */
export const get = (path) => call('GET', path);
/** @param {string} path @param {unknown} [body] */
export const post = (path, body) => call('POST', path, body);
