// The CDN build squeezes lit's template literals (scripts/minify-templates.mjs): what it does to
// CSS and HTML must render the same, and it must leave template expressions alone.
import { rollup } from 'rollup';
import { describe, expect, it } from 'vitest';
import { minifyTemplates, squeezeCss, squeezeHtml } from '../../scripts/minify-templates.mjs';

describe('squeezing lit templates for the CDN file', () => {
  it('drops CSS comments and the whitespace the parser ignores, keeping descendant spaces', () => {
    const css = `
      /* a comment */
      [part='base'] > :not(.outcome),
      .receipt h3 {
        font-family: 'PingFang SC', sans-serif;
        margin: 0 auto;
      }
    `;
    expect(squeezeCss(css)).toBe(
      "[part='base']>:not(.outcome),.receipt h3{font-family:'PingFang SC',sans-serif;margin:0 auto}",
    );
  });

  it('makes each whitespace run with a newline in HTML one space, and leaves other spaces', () => {
    expect(squeezeHtml('<p>\n      a  b\n    </p>\n<span>x</span>')).toBe(
      '<p> a  b </p> <span>x</span>',
    );
  });

  it('rewrites html and css literals of the elements sources, not their expressions', async () => {
    const source = [
      'const html = (s, ...v) => [s.raw, v]; const css = (s) => s.raw;',
      'export const t = html`<div>\n    ${"keep\\n   this"}\n  </div>`;',
      'export const s = css`\n  a {\n    color: red;\n  }\n`;',
    ].join('\n');
    const id = '/repo/packages/elements/src/x.js';
    const bundle = await rollup({
      input: id,
      plugins: [
        {
          name: 'virtual',
          resolveId: (i) => (i === id ? id : null),
          load: (i) => (i === id ? source : null),
        },
        minifyTemplates(),
      ],
    });
    const { output } = await bundle.generate({ format: 'esm' });
    expect(output[0].code).toContain('html`<div> ${"keep\\n   this"} </div>`');
    expect(output[0].code).toContain('css`a{color:red}`');
  });
});
