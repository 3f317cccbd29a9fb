// How the CDN build groups its modules into chunks. Every file a page loads is compressed apart,
// so each one pays its own gzip start-up (no dictionary yet) and the page waits for each in turn:
// rollup's default, one chunk per set of components sharing a module, gave a one-button page
// seven files. Here the code every component page loads anyway (lit, the page SDK, the flow base
// and what two or more components share) is one `shared` chunk; the rest stays in the chunk of
// the one component that uses it, so a page still loads no other component's own code.

/**
 * The modules a page starts from: the SDK's configuration (the loader imports it before any
 * component) and each component's define file.
 *
 * @param {string} id
 */
const isStart = (id) =>
  /[\\/]elements[\\/]src[\\/](configure|components[\\/]([^\\/]+)[\\/]\2)\.ts$/.test(id);

/** The provider only hands the configuration down: alone it never makes a module shared. */
const isProvider = (/** @type {string} */ id) => /[\\/]components[\\/]provider[\\/]/.test(id);

/**
 * A rollup `manualChunks` function: modules two or more starts import (the provider apart) go
 * in `shared`; rollup places the others, among them what a component loads later with
 * `import()` (a flow or a language the page may never need), so those stay out of `shared`.
 *
 * @returns {import('rollup').GetManualChunk}
 */
export function cdnManualChunks() {
  /** @type {Map<string, Set<string>> | undefined} */
  let startsOf;
  return (id, { getModuleIds, getModuleInfo }) => {
    startsOf ??= reachingStarts([...getModuleIds()], getModuleInfo);
    const starts = [...(startsOf.get(id) ?? [])].filter((start) => !isProvider(start));
    return starts.length >= 2 ? 'shared' : undefined;
  };
}

/**
 * For each module, the starts that import it statically (so load it with themselves).
 *
 * @param {string[]} ids
 * @param {import('rollup').GetModuleInfo} getModuleInfo
 */
function reachingStarts(ids, getModuleInfo) {
  /** @type {Map<string, Set<string>>} */
  const startsOf = new Map();
  for (const start of ids.filter(isStart)) {
    const queue = [start];
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      const starts = startsOf.get(id) ?? new Set();
      if (starts.has(start)) continue;
      starts.add(start);
      startsOf.set(id, starts);
      const info = getModuleInfo(id);
      if (info) queue.push(...info.importedIds);
    }
  }
  return startsOf;
}
