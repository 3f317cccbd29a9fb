// Builds DOM nodes from script: text goes in as text nodes only, never as HTML, so nothing the
// bank returns (a shop's name, a webhook URL) can run as markup under the page's CSP.

/**
 * `h('p', { class: 'x' }, 'text', child)`: an element with attributes and children. `on*`
 * attributes given functions become event listeners; `null`/`false` children are skipped.
 * @param {string} tag
 * @param {Record<string, unknown>} [attrs]
 * @param {...(Node | string | number | null | false | undefined)} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), /** @type {EventListener} */ (value));
    } else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/**
 * A card of one object: a title line and its fields as a definition list (reads well at 375 px).
 * @param {string} title
 * @param {[string, Node | string | number | null][]} fields
 * @param {Record<string, unknown>} [attrs]
 * @param {...(Node | null | false)} more
 */
export function card(title, fields, attrs = {}, ...more) {
  return h(
    'article',
    { class: 'card', ...attrs },
    h('h3', {}, title),
    h(
      'dl',
      {},
      fields.flatMap(([name, value]) => [h('dt', {}, name), h('dd', {}, value ?? '—')]),
    ),
    ...more,
  );
}
