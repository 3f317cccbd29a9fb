// A web-test-runner plugin that does what a partner's server does for a server-rendered page:
// `GET /ssr/page.html?component=pay-button&…` renders that component (with the built
// `@xinghui/elements/ssr`, as a partner's Node server runs it) into a page sent under a strict
// policy, `Content-Security-Policy: style-src 'nonce-…'; script-src 'self'`, with a fresh nonce
// per response. `nonce=off` leaves the nonce out of the rendering (not the header): the page a
// strict policy must break, so the test can show its probe sees a violation.
//
// The page runs, all from 'self', the scripts in packages/elements/src/testing/ssr-page/:
// ssr-probe.js (records violations from the first byte), before-hydration.js (snapshots the
// server's shadow roots), then hydrate.ts (lit's hydrate support, the components, and a snapshot
// after their first update). See packages/elements/src/ssr.test.ts.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SSR_DIST = fileURLToPath(new URL('../../packages/elements/dist/ssr.js', import.meta.url));

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function ssrPagePlugin() {
  return {
    name: 'xinghui-ssr-page',
    async serve(context) {
      if (context.path !== '/ssr/page.html') return undefined;
      if (!existsSync(SSR_DIST)) throw new Error(`${SSR_DIST} is missing: run \`npm run build\``);
      // The built package, as a partner's server imports it (lit's Node build with its DOM shim).
      const { html } = await import('lit');
      const { renderToString } = await import(pathToFileURL(SSR_DIST).href);

      const query = context.URL.searchParams;
      const attributes = {
        lang: query.get('lang') ?? 'en',
        secret: query.get('clientSecret') ?? '',
        key: query.get('publishableKey') ?? '',
        api: query.get('apiBase') ?? '',
      };
      /** @type {Record<string, (a: typeof attributes) => unknown>} */
      const templates = {
        'pay-button': (a) =>
          html`<xh-pay-button
            lang=${a.lang}
            client-secret=${a.secret}
            publishable-key=${a.key}
            api-base=${a.api}
          ></xh-pay-button>`,
        'one-click-loan': (a) =>
          html`<xh-one-click-loan
            lang=${a.lang}
            client-secret=${a.secret}
            publishable-key=${a.key}
            api-base=${a.api}
          ></xh-one-click-loan>`,
        'credit-wallet': (a) =>
          html`<xh-credit-wallet
            lang=${a.lang}
            client-secret=${a.secret}
            publishable-key=${a.key}
            api-base=${a.api}
          ></xh-credit-wallet>`,
      };
      const template = templates[query.get('component') ?? ''];
      if (!template) return { body: 'unknown component', type: 'text/plain' };

      const nonce = randomBytes(16).toString('base64');
      const body = await renderToString(
        template(attributes),
        query.get('nonce') === 'off' ? {} : { nonce },
      );
      return {
        type: 'html',
        headers: { 'Content-Security-Policy': `style-src 'nonce-${nonce}'; script-src 'self'` },
        body: `<!doctype html>
<html lang="${attributes.lang}">
  <head>
    <meta charset="utf-8" />
    <script src="/packages/elements/src/testing/ssr-page/ssr-probe.js"></script>
  </head>
  <body>
    <main>${body}</main>
    <script src="/packages/elements/src/testing/ssr-page/before-hydration.js"></script>
    <script type="module" src="/packages/elements/src/testing/ssr-page/hydrate.ts"></script>
  </body>
</html>`,
      };
    },
  };
}
