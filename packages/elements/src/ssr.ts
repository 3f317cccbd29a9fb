/**
 * `@xinghui/elements/ssr`: renders the components on your server (Node), as declarative shadow
 * roots the browser shows before any script runs, each `<style>` carrying your page's CSP nonce.
 * Importing it registers every component in the server's element registry. Needs
 * `@lit-labs/ssr` installed beside it; the page loads
 * `@lit-labs/ssr-client/lit-element-hydrate-support.js` before the components to hydrate them.
 *
 * @packageDocumentation
 */
import { LitElementRenderer, render, type RenderInfo } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { LitElement, TemplateResult } from 'lit';
import './components/credit-wallet/credit-wallet.js';
import './components/one-click-loan/one-click-loan.js';
import './components/pay-button/pay-button.js';
import './components/provider/provider.js';
import { loadWords } from './i18n/words.js';

/** How {@link renderToString} renders. */
export interface RenderOptions {
  /**
   * The nonce of this response's `Content-Security-Policy: style-src 'nonce-…'`: written on the
   * `<style>` of every shadow root rendered. A fresh random one per response (base64, at least
   * 128 bits), the same as in the header. Without it the `<style>` elements carry no nonce, and
   * a policy without `'unsafe-inline'` for styles blocks them.
   */
  nonce?: string;
}

// The CSP grammar of a nonce (base64 or base64url): anything else could not match the header,
// and a quote in it would break out of the attribute.
const NONCE = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * Renders a lit template holding Xinghui components (and any other lit elements) to HTML: each
 * component in its first state, inside a declarative shadow root whose `<style>` carries
 * `options.nonce`. Put `lang` on each component: on the server an element has no ancestors to
 * take its language from, and the browser must render the same words to hydrate without a flash.
 *
 * @throws TypeError when `nonce` is not a CSP nonce (base64): nothing is rendered.
 *
 * @example
 * ```ts
 * import { randomBytes } from 'node:crypto';
 * import { html } from 'lit';
 * import { renderToString } from '@xinghui/elements/ssr';
 *
 * const nonce = randomBytes(16).toString('base64');
 * const clientSecret = 'cs_test_secret_from_your_server';
 * const body = await renderToString(
 *   html`<xh-pay-button lang="zh-CN" client-secret=${clientSecret}></xh-pay-button>`,
 *   { nonce },
 * );
 * // Send it with `Content-Security-Policy: style-src 'nonce-${nonce}'; script-src 'self'`.
 * ```
 */
export async function renderToString(
  template: TemplateResult,
  options: RenderOptions = {},
): Promise<string> {
  const { nonce } = options;
  if (nonce !== undefined && !NONCE.test(nonce)) {
    throw new TypeError(
      `nonce must be a CSP nonce (base64 characters), got ${JSON.stringify(nonce)}`,
    );
  }
  // The English words load apart from the code, and lit SSR renders without waiting for an
  // update: load them once here, so an English component renders in English on the server too.
  await loadWords('en');
  const elementRenderers = nonce === undefined ? [LitElementRenderer] : [noncedRenderer(nonce)];
  return collectResult(render(template, { elementRenderers }));
}

/** lit's element renderer, writing `nonce` on the `<style>` it opens in each shadow root. */
function noncedRenderer(nonce: string): typeof LitElementRenderer {
  return class NoncedLitElementRenderer extends LitElementRenderer {
    override renderShadow(renderInfo: RenderInfo): ReturnType<LitElementRenderer['renderShadow']> {
      const chunks = super.renderShadow(renderInfo);
      if (chunks === undefined || chunks[0] === '<style>') {
        return chunks && [`<style nonce="${nonce}">`, ...chunks.slice(1)];
      }
      // lit writes an element's styles as the literal chunk '<style>' first: should a version
      // write them otherwise, fail here rather than send a page whose styles the policy blocks.
      if ((this.element.constructor as typeof LitElement).elementStyles.length > 0) {
        throw new Error(
          '@xinghui/elements/ssr: this @lit-labs/ssr writes shadow styles in a way it does not know',
        );
      }
      return chunks;
    }
  };
}
