// A rollup plugin for the CDN file: lit's `html` and `css` template literals keep the newlines
// and indentation of their source, which terser must leave alone (they are strings). Here they
// are squeezed before terser runs, so the file merchants load does not carry our indentation:
// in `html`, every run of whitespace with a newline becomes one space (what the browser renders
// anyway, outside <pre>, which no template has); in `css`, comments go and whitespace around
// punctuation. Template expressions (`${…}`) are left as they are.
import MagicString from 'magic-string';

/** CSS without comments and without the whitespace the parser ignores. */
export function squeezeCss(/** @type {string} */ text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** HTML with each whitespace run that holds a newline made one space. */
export function squeezeHtml(/** @type {string} */ text) {
  return text.replace(/[ \t]*\n\s*/g, ' ');
}

/** @returns {import('rollup').Plugin} */
export function minifyTemplates() {
  return {
    name: 'xinghui-minify-templates',
    transform(code, id) {
      if (!/\/packages\/elements\/src\//.test(id) || !/\b(html|css)`/.test(code)) return null;
      const output = new MagicString(code);
      /** @param {any} node */
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier') {
          const { name } = node.tag;
          const quasis = node.quasi.quasis;
          // A css`` with expressions is left whole: its parts are not CSS on their own.
          const squeeze =
            name === 'html'
              ? squeezeHtml
              : name === 'css' && quasis.length === 1
                ? squeezeCss
                : null;
          for (const quasi of quasis) {
            if (!squeeze) break;
            const raw = code.slice(quasi.start, quasi.end);
            const squeezed = squeeze(raw);
            if (squeezed !== raw) output.overwrite(quasi.start, quasi.end, squeezed || ' ');
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
