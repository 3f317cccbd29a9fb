// Builds DOM from data. Text always goes in as text (never as HTML), so a product name or an
// error message can never inject markup. Listeners are attached here, never written inline:
// the Content-Security-Policy forbids inline handlers.

/**
 * Creates an element: `h('p', { class: 'note' }, 'text', child)`. An attribute named `onclick`
 * (any `on…`) adds a listener; `true` sets a boolean attribute; `false`, null and undefined are
 * left out.
 * @param {string} tag
 * @param {Record<string, unknown>} [attributes]
 * @param {...(Node | string | number | null | undefined | false)} children
 * @returns {HTMLElement}
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), /** @type {any} */ (value));
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'number' ? String(child) : child);
  }
  return element;
}

/** The one element matching `selector`; a missing one is a bug in the page, so it throws. */
export function $(/** @type {string} */ selector) {
  const element = document.querySelector(selector);
  if (!element) throw new Error(`${selector} is not on this page`);
  return /** @type {HTMLElement} */ (element);
}

/** Replaces what `container` shows and marks it as loaded. */
export function show(/** @type {HTMLElement} */ container, /** @type {Node[]} */ ...nodes) {
  container.replaceChildren(...nodes);
  container.removeAttribute('aria-busy');
}

/**
 * Calls `listener` with a bank component's `state` attribute whenever it changes: the
 * components reflect where they are in their flow there.
 * @param {HTMLElement} element
 * @param {(state: string) => void} listener
 */
export function onState(element, listener) {
  new MutationObserver(() => listener(element.getAttribute('state') ?? '')).observe(element, {
    attributes: true,
    attributeFilter: ['state'],
  });
}
