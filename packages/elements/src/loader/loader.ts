import { setPageConfig, type ElementsConfig } from '../registry.js';
import { preloadChunks } from './chunk-graph.js';
import { readEarly } from './early-reads.js';
import { lazyTags, lazyTagSelector } from './lazy-tags.js';

const loading = new Map<string, Promise<unknown>>();

/**
 * Sets the publishable key (and the bank's address) once for every component on the page, as
 * `configure()` from `@xinghui/elements` does, into the registry every copy on the page shares.
 * Cheap: the SDK loads with the first component.
 *
 * @example
 * ```ts
 * import { configure } from 'https://cdn.example.com/xinghui-elements.js';
 * configure({ publishableKey: 'pk_test_…' });
 * ```
 */
export function configure(config: ElementsConfig): void {
  setPageConfig(config);
}

/**
 * Loads and registers the components for a tag name, or for every `xh-*` tag inside a root
 * (a document, a shadow root or an element) at the moment of the call. Each component's chunk
 * loads once; unknown tags are ignored. Resolves when the components are registered.
 *
 * @example
 * ```ts
 * import { load } from 'https://cdn.example.com/xinghui-elements.js';
 * await load('xh-pay-button');
 * await load(myElement.shadowRoot);
 * ```
 */
export function load(tagOrRoot: string | ParentNode): Promise<void> {
  const elements =
    typeof tagOrRoot === 'string' ? [] : [...tagOrRoot.querySelectorAll(lazyTagSelector)];
  if (isElement(tagOrRoot) && tagOrRoot.localName in lazyTags) elements.push(tagOrRoot);
  const tags =
    typeof tagOrRoot === 'string' ? [tagOrRoot.toLowerCase()] : elements.map((el) => el.localName);
  const loaded = Promise.all(
    [...new Set(tags)].map((tag) => {
      const chunk = lazyTags[tag];
      if (!chunk) return undefined;
      let pending = loading.get(tag);
      if (!pending) {
        preloadChunks(tag);
        pending = chunk();
        loading.set(tag, pending);
      }
      return pending;
    }),
  );
  // Each component's first reads leave right after its code is asked for (the code first: it
  // is the longer wait), so both are on the way at once.
  for (const element of elements) readEarly(element);
  return loaded.then(() => undefined);
}

function isElement(node: unknown): node is Element {
  return typeof Element !== 'undefined' && node instanceof Element;
}

/**
 * Loads the components used inside a root now and whenever one is added to it later: the
 * loader does this for the document by itself. A shadow root is a separate tree the document's
 * observer cannot see, so a host that renders `xh-*` tags in its own shadow root calls this once
 * for it. Returns a function that stops watching.
 *
 * @example
 * ```ts
 * import { discover } from 'https://cdn.example.com/xinghui-elements.js';
 * const root = host.attachShadow({ mode: 'open' });
 * discover(root);
 * root.innerHTML = '<xh-pay-button client-secret="cs_…_secret_…"></xh-pay-button>';
 * ```
 */
export function discover(root: Document | ShadowRoot | Element): () => void {
  void load(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (isElement(node)) void load(node);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
