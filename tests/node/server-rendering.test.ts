// The built @xinghui/elements in plain Node, as a partner's server runs it: every entry imports
// without throwing (each in a fresh process, so no entry leans on another's globals), and
// `@xinghui/elements/ssr` renders each component's first state with no DOM, in the language of
// its own `lang`, with the response's CSP nonce on every shadow root's `<style>`. Reads dist/:
// `npm test` builds it first (run `npm run build` when running this file alone).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'packages/elements/dist');
const distUrl = (file: string) => pathToFileURL(join(dist, file)).href;

/** Runs `code` as an ES module in a fresh Node process at the repo root; returns its stdout. */
function runInNode(code: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Renders `template` (lit `html` source text) with `renderToString` from dist/ssr.js. */
function renderInNode(template: string, options = '{}'): string {
  const result = runInNode(`
    import { html } from 'lit';
    const { renderToString } = await import(${JSON.stringify(distUrl('ssr.js'))});
    process.stdout.write(await renderToString(html\`${template}\`, ${options}));
  `);
  if (result.status !== 0) throw new Error(`render failed:\n${result.stderr}`);
  return result.stdout;
}

beforeAll(() => {
  const built = join(dist, 'ssr.js');
  const sources = join(root, 'packages/elements/src');
  const newestSource = Math.max(
    ...readdirSync(sources, { recursive: true, encoding: 'utf8' }).map(
      (file) => statSync(join(sources, file)).mtimeMs,
    ),
  );
  if (!existsSync(built) || statSync(built).mtimeMs < newestSource) {
    throw new Error('packages/elements/dist is missing or older than src/: run `npm run build`');
  }
});

describe('importing the built @xinghui/elements in Node', () => {
  it.each([
    'index.js',
    'define/pay-button.js',
    'define/one-click-loan.js',
    'define/credit-wallet.js',
    'define/provider.js',
    'ssr.js',
  ])('%s imports without throwing', (file) => {
    const result = runInNode(`await import(${JSON.stringify(distUrl(file))});`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('each define file registers its tag in the server’s element registry', () => {
    const result = runInNode(`
      for (const name of ['pay-button', 'one-click-loan', 'credit-wallet', 'provider']) {
        await import(${JSON.stringify(distUrl('define/'))} + name + '.js');
        if (!customElements.get('xh-' + name)) throw new Error('xh-' + name + ' not registered');
      }
    `);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('the CDN loader is a no-op in Node: no throw, nothing registered, no registry made', () => {
    const result = runInNode(`
      await import(${JSON.stringify(distUrl('xinghui-elements.js'))});
      process.stdout.write(typeof globalThis.customElements);
    `);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('undefined');
  });
});

describe('renderToString from @xinghui/elements/ssr', () => {
  const secret = 'cs_test_1_secret_abc';
  const nonce = 'rAnd0m+N0nce/Base64==';

  it.each([
    ['xh-pay-button', 'en', 'Loading the payment…'],
    ['xh-pay-button', 'zh-CN', '正在加载付款信息…'],
    ['xh-one-click-loan', 'en', 'Loading your credit…'],
    ['xh-one-click-loan', 'zh-CN', '正在加载借款信息…'],
    ['xh-credit-wallet', 'en', 'Loading your account…'],
    ['xh-credit-wallet', 'zh-CN', '正在加载账户信息…'],
  ])('renders <%s lang="%s"> in its loading state, in its own language', (tag, lang, loading) => {
    const page = renderInNode(
      `<${tag} lang="${lang}" client-secret="${secret}" publishable-key="pk_test_1"></${tag}>`,
    );
    expect(page).toContain(`<${tag}`);
    expect(page).toContain('state="loading"');
    expect(page).toMatch(/<template shadowroot="open" shadowrootmode="open"><style>/);
    expect(page).toContain('aria-busy="true"');
    expect(page).toContain(loading);
  });

  it('writes the nonce on the <style> of every shadow root, provider and nested components too', () => {
    const page = renderInNode(
      `<xh-provider publishable-key="pk_test_1"><xh-pay-button lang="en" client-secret="${secret}"></xh-pay-button><xh-credit-wallet lang="en" client-secret="${secret}"></xh-credit-wallet></xh-provider>`,
      JSON.stringify({ nonce }),
    );
    const shadowRoots = page.match(/<template shadowroot/g) ?? [];
    const styles = page.match(/<style[^>]*>/g) ?? [];
    expect(shadowRoots).toHaveLength(3);
    expect(styles).toEqual(Array(3).fill(`<style nonce="${nonce}">`));
  });

  it('without a nonce writes plain <style> elements', () => {
    const page = renderInNode(`<xh-pay-button lang="en"></xh-pay-button>`);
    expect(page.match(/<style[^>]*>/g)).toEqual(['<style>']);
  });

  it('refuses a nonce that is not base64, rendering nothing', () => {
    const result = runInNode(`
      import { html } from 'lit';
      const { renderToString } = await import(${JSON.stringify(distUrl('ssr.js'))});
      for (const nonce of ['a"b', '', 'a b', '<x>']) {
        try {
          await renderToString(html\`<xh-pay-button></xh-pay-button>\`, { nonce });
          console.log('rendered with', JSON.stringify(nonce));
        } catch (error) {
          console.log(error.name);
        }
      }
    `);
    expect(result.stdout.trim().split('\n')).toEqual(Array(4).fill('TypeError'));
  });

  it('renders also when the server renderer is told to call connectedCallback', () => {
    // lit SSR's opt-in: components must not reach for `document` when connected on a server.
    const result = runInNode(`
      import { LitElementRenderer } from '@lit-labs/ssr';
      import { html } from 'lit';
      const { renderToString } = await import(${JSON.stringify(distUrl('ssr.js'))});
      LitElementRenderer.renderOptions.push(() => ({ connectedCallback: true }));
      const page = await renderToString(html\`<xh-provider><xh-pay-button lang="en"></xh-pay-button><xh-one-click-loan lang="en"></xh-one-click-loan><xh-credit-wallet lang="en"></xh-credit-wallet></xh-provider>\`);
      process.stdout.write(String(page.match(/state="loading"/g).length));
    `);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('3');
  });
});
