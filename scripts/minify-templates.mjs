// A rollup plugin for the CDN file: lit's `html` and `css` template literals keep the newlines
// and indentation of their source, which terser must leave alone (they are strings). Here they
// are squeezed before terser runs, so the file merchants load does not carry our indentation.
// In `css`, comments go and whitespace around punctuation. In `html`, the template is read tag
// by tag (see squeezeHtml). Template expressions (`${…}`) are left as they are.
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

/**
 * Elements laid out as blocks (by the browser's own style sheet; our styles make none of them
 * inline): whitespace next to their tags starts or ends a line, where the browser drops it.
 * Whitespace between inline things (text, bindings, <span>, <button>, our own tags…) shows as a
 * space, so one space stays there.
 */
const BLOCK = new Set(
  (
    'address article aside blockquote caption dd details dialog div dl dt fieldset figcaption ' +
    'figure footer form h1 h2 h3 h4 h5 h6 header hr legend li main nav ol optgroup option p pre ' +
    'section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

/**
 * Elements laid out as a box of their own in the line (inline-block): whitespace just inside their
 * tags starts or ends a line of that box, so it goes; whitespace outside them shows.
 */
const BOX = new Set(['button']);

/** Elements whose text the browser keeps as written: copied verbatim, up to their end tag. */
const RAW = new Set(['pre', 'textarea', 'script', 'style']);

/** Stands for a template expression while the parts are read as one text: never whitespace. */
const BINDING = '\0';

/**
 * A comment, a tag (attribute values may hold `>`), a run of HTML whitespace (only these five
 * characters: U+00A0 and U+3000 are text), or text.
 */
const TOKEN =
  /(<!--[\s\S]*?-->)|(<(\/?)([a-zA-Z][^\t\n\f\r />\0]*)(?:[^>"']|"[^"]*"|'[^']*')*>)|([ \t\n\f\r]+)|([^< \t\n\f\r]+|<)/g;

/**
 * The parts of one `html` template (its strings, between the expressions) with the whitespace
 * the browser would not show taken out: whitespace next to a block element's tag goes, as does
 * whitespace just inside a <button>'s tags; any other run of whitespace becomes one space (so words and bindings stay apart), runs with a newline
 * inside a tag become one space (attributes stay apart), and the text of <pre> and <textarea> is
 * kept as written. Returns as many parts as it was given.
 */
export function squeezeHtml(/** @type {readonly string[]} */ parts) {
  const text = parts.join(BINDING);
  /**
   * `edge`: whitespace on this side of the token goes (`before` it, `after` it, or `both`).
   *
   * @type {{ value: string, space?: boolean, edge?: 'before' | 'after' | 'both' }[]}
   */
  const tokens = [];
  TOKEN.lastIndex = 0;
  for (let match; (match = TOKEN.exec(text));) {
    const [token, , tag, closing, name, space] = match;
    if (space) {
      tokens.push({ value: ' ', space: true });
      continue;
    }
    if (!tag) {
      tokens.push({ value: token });
      continue;
    }
    const lower = /** @type {string} */ (name).toLowerCase(); // a tag always has a name
    const value = tag.replace(/[ \t\f\r]*\n[ \t\n\f\r]*/g, ' ').replace(/ >$/, '>');
    const edge = BLOCK.has(lower)
      ? 'both'
      : BOX.has(lower)
        ? closing
          ? 'before'
          : 'after'
        : undefined;
    tokens.push({ value, edge });
    if (!closing && RAW.has(lower)) {
      // Everything up to the end tag, as written (the end tag itself is read as a tag).
      const end = text.toLowerCase().indexOf(`</${lower}`, TOKEN.lastIndex);
      const stop = end === -1 ? text.length : end;
      tokens.push({ value: text.slice(TOKEN.lastIndex, stop) });
      TOKEN.lastIndex = stop;
    }
  }
  const squeezed = tokens
    .map((token, i) =>
      token.space && (goes(tokens[i - 1], 'after') || goes(tokens[i + 1], 'before'))
        ? ''
        : token.value,
    )
    .join('');
  return squeezed.split(BINDING);
}

/** Whether whitespace on `side` of this token goes. */
function goes(
  /** @type {{ edge?: string } | undefined} */ token,
  /** @type {'before' | 'after'} */ side,
) {
  return token?.edge === 'both' || token?.edge === side;
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
          const raws = quasis.map((/** @type {any} */ quasi) => code.slice(quasi.start, quasi.end));
          // A css`` with expressions is left whole: its parts are not CSS on their own.
          const squeezed =
            name === 'html'
              ? squeezeHtml(raws)
              : name === 'css' && quasis.length === 1
                ? [squeezeCss(raws[0])]
                : raws;
          quasis.forEach((/** @type {any} */ quasi, /** @type {number} */ i) => {
            if (squeezed[i] === raws[i]) return;
            if (squeezed[i]) output.overwrite(quasi.start, quasi.end, squeezed[i]);
            else output.remove(quasi.start, quasi.end);
          });
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
