/**
 * Every chunk each tag's component needs at once, written into the CDN loader by its build
 * (scripts/cdn-chunk-graph.mjs) as `tag=file,file|view,view;tag=…`, paths relative to the
 * loader; after the `|`, the chunks of the views the component loads on demand (when the shop
 * opens one), which are not preloaded. Built any other way (the ESM entries, tests) it stays the
 * marker, which names no tag.
 */
const CHUNK_GRAPH: string = '__XH_CHUNK_GRAPH__';

const chunksByTag = new Map(
  CHUNK_GRAPH.split(';').map((entry) => {
    const [tag = '', graph = ''] = entry.split('=');
    const [files = ''] = graph.split('|'); // the on-demand views load when they open
    return [tag, files ? files.split(',') : []];
  }),
);

const preloaded = new Set<string>();

/**
 * Asks the browser for every chunk a tag's component needs, in parallel (`modulepreload`):
 * without it, the browser finds each level of imports only after the one above has arrived.
 */
export function preloadChunks(tag: string): void {
  for (const file of chunksByTag.get(tag) ?? []) {
    const href = new URL(file, import.meta.url).href;
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}
