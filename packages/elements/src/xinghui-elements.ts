/**
 * The CDN file: a small module that registers each component the first time its tag appears in
 * the document (at load and later), by loading that component's chunk from beside this file.
 * In Node, with no document, importing it does nothing.
 */
import { discover } from './loader/loader.js';

export { configure, discover, load } from './loader/loader.js';

if (typeof document !== 'undefined' && typeof customElements !== 'undefined') discover(document);
