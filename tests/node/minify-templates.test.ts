// The CDN build squeezes lit's template literals (scripts/minify-templates.mjs): what it does to
// CSS and HTML must render the same, and it must leave template expressions alone.
import { rollup } from 'rollup';
import { describe, expect, it } from 'vitest';
import { minifyTemplates, squeezeCss, squeezeHtml } from '../../scripts/minify-templates.mjs';

/** The parts of a template as the build sees them (raw, between the expressions), squeezed. */
const squeezed = (strings: TemplateStringsArray, ..._values: unknown[]) => squeezeHtml(strings.raw);

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

  it('drops whitespace next to the tags of block elements, with the line breaks of the source', () => {
    expect(
      squeezed`
      <section part="x">
        <h2>Title</h2>
        <p>  Some text  </p>
      </section>
    `,
    ).toEqual(['<section part="x"><h2>Title</h2><p>Some text</p></section>']);
  });

  it('keeps one space between words, inline elements and bindings, where it shows', () => {
    expect(squeezed`<p>a   b
      <span>c</span>   <button>d</button>
      ${1}   ${2}<b> e </b></p>`).toEqual([
      '<p>a b <span>c</span> <button>d</button> ',
      ' ',
      '<b> e </b></p>',
    ]);
    // Inside a button the text starts and ends the button's own line; outside, it is inline.
    expect(squeezed`<span>a</span> <button @click=${0}>
        ${1}
      </button> <button> b </button>`).toEqual([
      '<span>a</span> <button @click=',
      '>',
      '</button> <button>b</button>',
    ]);
    // At the template's edges the neighbour is unknown (it may be text): one space stays.
    expect(squeezed`
      ${1}
    `).toEqual([' ', ' ']);
  });

  it('keeps the text of <pre> and <textarea> as written, and adds no space at their start', () => {
    // The loan agreement: a newline right after <pre> is dropped by the HTML parser itself, so
    // it must stay a newline (a space would show before the first line of the agreement).
    expect(squeezed`<section>
            <pre class="document-text" tabindex="0">
${'agreement'}</pre>
            <p>after</p>
          </section>`).toEqual([
      '<section><pre class="document-text" tabindex="0">\n',
      '</pre><p>after</p></section>',
    ]);
    expect(squeezed`<div>
      <textarea>  two
    lines  </textarea>
    </div>`).toEqual(['<div><textarea>  two\n    lines  </textarea></div>']);
    expect(squeezed`<pre>  a\n  ${1}  b  </pre> <p> </p>`).toEqual([
      '<pre>  a\\n  ',
      '  b  </pre><p></p>',
    ]);
  });

  it('keeps one space between the attributes of a tag written on several lines', () => {
    expect(squeezed`<p
      part="status"
      class=${'x'}
      title="a > b"
    >
      ${'message'}
    </p>`).toEqual(['<p part="status" class=', ' title="a > b">', '</p>']);
  });

  it('leaves spaces HTML does not collapse (U+3000, U+00A0) and text that is not a tag', () => {
    const [ideographic, noBreak] = ['\u3000', '\u00a0'];
    expect(squeezeHtml([`<p>\n  ${ideographic}缩进${noBreak}\n a < b ${noBreak}\n</p>`])).toEqual([
      `<p>${ideographic}缩进${noBreak} a < b ${noBreak}</p>`,
    ]);
  });

  it('rewrites html and css literals of the elements sources, not their expressions', async () => {
    const source = [
      'const html = (s, ...v) => [s.raw, v]; const css = (s) => s.raw;',
      'export const t = html`<div>\n    ${"keep\\n   this"}\n  </div>`;',
      'export const u = html`\n  <div>${1}</div>\n`;',
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
    expect(output[0].code).toContain('html`<div>${"keep\\n   this"}</div>`');
    expect(output[0].code).toContain('html`<div>${1}</div>`');
    expect(output[0].code).toContain('css`a{color:red}`');
  });
});
