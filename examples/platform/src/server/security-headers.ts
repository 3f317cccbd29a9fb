import type { MiddlewareHandler } from 'hono';

/**
 * A strict Content-Security-Policy on every response: scripts only from this site (no inline
 * script, no inline handlers, no eval), and network calls only to this site and the bank.
 * `style-src 'unsafe-inline'` is for the pages' style attributes; the bank's components style
 * their shadow roots with constructed stylesheets, which no CSP directive governs.
 */
export function securityHeaders(bankUrl: string): MiddlewareHandler {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    `connect-src 'self' ${new URL(bankUrl).origin}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', policy);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    // Pages and answers change as orders are paid: never serve a stale one.
    c.header('Cache-Control', 'no-store');
  };
}
