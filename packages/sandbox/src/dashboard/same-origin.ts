import type { Context } from 'hono';
import type { Env } from '../http/env.js';

/**
 * True when a browser sent the call from a page of the sandbox's own origin: the dashboard.
 * A secret key from any other page is a leaked key and stays refused (http/auth.ts).
 *
 * Safe because (docs/security.md, "The dashboard"):
 * - a browser sets `Origin` and `Sec-Fetch-Site` itself; no page can forge them, so only a page
 *   served by this sandbox gets `same-origin` with the sandbox's own origin;
 * - the sandbox's only pages are the dashboard's static files, under a CSP without inline
 *   script; every other answer is JSON with `nosniff`, so no script of anyone else runs there;
 * - a DNS-rebinding page on another name is refused by its `Host` before this runs.
 */
export function fromOwnPage(c: Context<Env>): boolean {
  const origin = c.req.header('Origin');
  return (
    origin !== undefined &&
    origin === new URL(c.req.url).origin &&
    c.req.header('Sec-Fetch-Site') === 'same-origin'
  );
}
