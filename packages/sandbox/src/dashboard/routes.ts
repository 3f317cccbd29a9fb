import type { Hono } from 'hono';
import type { Env } from '../http/env.js';
import type { DashboardAssets } from './assets.js';

/**
 * The one policy of every dashboard page: scripts and styles from the sandbox itself only (no
 * inline script or style, no eval), calls to the sandbox only, and never in a frame.
 */
export const DASHBOARD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** File names the dashboard may ask for: flat, no path, a known extension. */
const FILE_NAME = /^[a-z0-9-]+\.(html|js|css|svg)$/;

/**
 * Serves the dashboard's pages at `/dashboard`: static files under {@link DASHBOARD_CSP}. The
 * pages hold the partner's secret key in `sessionStorage` and call the API from script
 * (docs/security.md, "The dashboard").
 */
export function dashboardRoutes(app: Hono<Env>, assets: DashboardAssets): void {
  const serve = (name: string) => {
    const file = FILE_NAME.test(name) ? assets.read(name) : undefined;
    if (!file) return undefined;
    return new Response(file.body, {
      status: 200,
      headers: {
        'Content-Type': file.type,
        'Content-Security-Policy': DASHBOARD_CSP,
        'Referrer-Policy': 'no-referrer',
        'X-Frame-Options': 'DENY',
        'Cross-Origin-Opener-Policy': 'same-origin',
      },
    });
  };
  app.get('/dashboard', (c) => c.redirect('/dashboard/', 302));
  app.get('/dashboard/', () => serve('index.html')!);
  app.get('/dashboard/:name', (c) => serve(c.req.param('name')) ?? c.notFound());
}
