import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Xinghui } from '@xinghui/sdk/server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { PlatformContext } from './context.js';
import { HttpError, onError } from './http-error.js';
import { OrderBook } from './orders.js';
import { catalogueRoutes } from './routes/catalogue.js';
import { creditRoutes } from './routes/credit.js';
import { franchiseRoutes } from './routes/franchise.js';
import { orderRoutes } from './routes/orders.js';
import { sandboxRoutes } from './routes/sandbox.js';
import { shopRoutes } from './routes/shops.js';
import { webhookRoutes } from './routes/webhooks.js';
import { securityHeaders } from './security-headers.js';
import { seedDemo, type SeededParties } from './seed.js';
import { loginRedirect } from './shop-session.js';
import { registerWebhookEndpoint } from './webhook-endpoint.js';

/** Options of {@link createPlatform}. */
export interface PlatformOptions {
  /** The bank, `http://127.0.0.1:4400`: this server calls it, and so does the checkout page. */
  bankUrl: string;
  /** `sk_test_…`: stays in this process. */
  secretKey: string;
  /** `pk_test_…`: handed to the checkout page. */
  publishableKey: string;
  /** The built CDN loader, `packages/elements/dist/xinghui-elements.js` (its chunks in `cdn/` beside it). */
  elementsFile: string;
  /**
   * Where the bank can reach this platform, `http://127.0.0.1:3000`. When set, `seed()`
   * registers `<publicUrl>/api/webhooks` at the bank and orders are also marked paid from its
   * webhooks; without it only the checkout page's check does.
   */
  publicUrl?: string;
}

/** The demo platform: its web app, and the call that creates its supplier and shops. */
export interface Platform {
  app: Hono;
  /**
   * Creates (or finds, on a restart) the supplier and the shops at the bank, and registers the
   * webhook endpoint when the platform has a `publicUrl`.
   */
  seed(): Promise<SeededParties>;
}

// The pages are plain files in src/public, found through this package's own package.json so the
// same code works from src/ (tests) and from the bundle in dist/ (npm start).
const PUBLIC_DIR = join(
  dirname(createRequire(import.meta.url).resolve('@xinghui/example-platform/package.json')),
  'src/public',
);

/**
 * Creates the platform's web app: the pages, the bank's component bundle and the JSON API that
 * uses the server SDK.
 *
 * @example
 * ```ts
 * const platform = createPlatform({ bankUrl, secretKey, publishableKey, elementsFile });
 * await platform.seed();
 * const server = await servePlatform(platform.app, { port: 3000 });
 * ```
 */
export function createPlatform(options: PlatformOptions): Platform {
  if (!existsSync(options.elementsFile)) {
    throw new Error(`${options.elementsFile} is missing: run \`npm run build\` first`);
  }
  const ctx: PlatformContext = {
    xinghui: new Xinghui({ secretKey: options.secretKey, baseUrl: options.bankUrl }),
    orders: new OrderBook(),
    walletSessions: new Map(),
    bank: { url: options.bankUrl, publishableKey: options.publishableKey },
    parties: undefined,
    processedEvents: new Set(),
  };

  const api = new Hono()
    .use(
      bodyLimit({
        maxSize: 64 * 1024,
        onError: (c) =>
          c.json({ error: { code: 'body_too_large', message: 'The body is over 64 KB' } }, 413),
      }),
    )
    .route('/', shopRoutes(ctx))
    .route('/', catalogueRoutes())
    .route('/', orderRoutes(ctx))
    .route('/', creditRoutes(ctx))
    .route('/', franchiseRoutes(ctx))
    .route('/', sandboxRoutes(ctx))
    .route('/', webhookRoutes(ctx))
    .all('*', (c) => {
      throw new HttpError(
        404,
        'route_not_found',
        `No such endpoint: ${c.req.method} ${c.req.path}`,
      );
    });

  const app = new Hono()
    .use(securityHeaders(options.bankUrl))
    .route('/api', api)
    .get('/vendor/xinghui-elements.js', serveStatic({ path: options.elementsFile }))
    // The loader imports each component's chunk from cdn/ beside itself.
    .get(
      '/vendor/cdn/*',
      serveStatic({
        root: join(dirname(options.elementsFile), 'cdn'),
        rewriteRequestPath: (path) => path.replace(/^\/vendor\/cdn/, ''),
      }),
    )
    .use(loginRedirect(ctx))
    .use(serveStatic({ root: PUBLIC_DIR }));
  app.notFound((c) => c.text('Not found', 404));
  app.onError(onError);

  return {
    app,
    seed: async () => {
      ctx.parties = await seedDemo(ctx.xinghui);
      if (options.publicUrl) {
        const url = `${options.publicUrl.replace(/\/+$/, '')}/api/webhooks`;
        ctx.webhookSecret = await registerWebhookEndpoint(ctx.xinghui, url);
      }
      return ctx.parties;
    },
  };
}
