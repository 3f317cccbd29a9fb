// How the CDN build groups its modules into chunks. Every file a page loads is compressed apart,
// so each one pays its own gzip start-up (no dictionary yet) and the page waits for each in turn:
// rollup's default, one chunk per set of components sharing a module, gave a one-button page
// seven files. Here the code every component page loads anyway (lit, the page SDK, the flow base
// and what two or more components share) is one `shared` chunk; the rest stays in the chunk of
// the one component that uses it, so a page still loads no other component's own code.
// A component's views that open on demand (`<name>.<view>.view.ts`, loaded with `import()` when
// the shop opens one) are chunks of their own; what such a view shares with another component's
// first screen goes in `shared` too, or opening the view would load that component's chunk (or
// a chunk of a few hundred bytes, one more request, would be split off for it).

/**
 * The modules a page starts from: the SDK's configuration (the loader imports it before any
 * component) and each component's define file.
 *
 * @param {string} id
 */
const isStart = (id) =>
  /[\\/]elements[\\/]src[\\/](configure|components[\\/]([^\\/]+)[\\/]\2)\.ts$/.test(id);

/** The CDN file itself, the loader: what it imports statically stays in it (see below). */
const isLoader = (/** @type {string} */ id) =>
  /[\\/]elements[\\/]src[\\/]xinghui-elements\.ts$/.test(id);

/**
 * A view a component loads on demand, `components/<name>/<name>.<view>.view.ts`: its component.
 *
 * @param {string} id
 */
export const viewOf = (id) =>
  /[\\/]components[\\/]([^\\/]+)[\\/]\1\.[a-z-]+\.view\.ts$/.exec(id)?.[1];

/** The provider only hands the configuration down: alone it never makes a module shared. */
const isProvider = (/** @type {string} */ id) => /[\\/]components[\\/]provider[\\/]/.test(id);

/** The component of a start: `components/<name>/<name>.ts` → `<name>` (configure: none). */
const componentOf = (/** @type {string} */ id) =>
  /[\\/]components[\\/]([^\\/]+)[\\/]\1\.ts$/.exec(id)?.[1];

/** A language's words loaded when a page is in that language: `x.messages.en.ts` → `en`. */
export const languageOf = (/** @type {string} */ id) => /\.messages\.([a-z-]+)\.ts$/i.exec(id)?.[1];

/**
 * A rollup `manualChunks` function: modules two or more starts import (the provider apart) go
 * in `shared`, and so do those one start imports and another component's on-demand view needs; the words of one language that two or more components use go in
 * `shared.<language>` (loaded with the first component a page shows in that language); rollup
 * places the others, among them what a component loads later with `import()`.
 *
 * @returns {import('rollup').GetManualChunk}
 */
export function cdnManualChunks() {
  /** @type {{ imported: Map<string, Set<string>>, loaded: Map<string, Set<string>>, viewed: Map<string, Set<string>>, inLoader: Set<string> } | undefined} */
  let reach;
  return (id, { getModuleIds, getModuleInfo }) => {
    reach ??= reachOf([...getModuleIds()], getModuleInfo);
    // The loader's own modules (the shared registry) load with it, before any component. Named
    // here, or rollup would pull them into `shared` as a dependency of the components, and the
    // loader would import lit and the SDK up front; the entry module in this chunk makes it the
    // CDN file itself (the config allows the entry's signature to be extended).
    if (reach.inLoader.has(id)) return 'loader';
    const language = languageOf(id);
    const starts = [...((language ? reach.loaded : reach.imported).get(id) ?? [])].filter(
      (start) => !isProvider(start),
    );
    if (language) return starts.length < 2 ? undefined : `shared.${language}`;
    if (starts.length >= 2) return 'shared';
    const owner = starts[0] && componentOf(starts[0]);
    const viewers = [...(reach.viewed.get(id) ?? [])].map((view) => viewOf(view));
    return owner && viewers.some((viewer) => viewer !== owner) ? 'shared' : undefined;
  };
}

/**
 * Which starts reach each module, at once or later, which on-demand views need it, and which
 * modules the loader itself imports:
 * computed once per build, the first time rollup asks about a module.
 *
 * @param {string[]} ids
 * @param {import('rollup').GetModuleInfo} getModuleInfo
 */
function reachOf(ids, getModuleInfo) {
  return {
    imported: reachingStarts(ids, getModuleInfo, false, isStart),
    loaded: reachingStarts(ids, getModuleInfo, true, isStart),
    viewed: reachingStarts(ids, getModuleInfo, false, (id) => viewOf(id) !== undefined),
    inLoader: new Set(reachingStarts(ids, getModuleInfo, false, isLoader).keys()),
  };
}

/**
 * For each module, the starts that import it statically (so load it with themselves), or with
 * `later`, that import it at all (some of it maybe later, with `import()`).
 *
 * @param {string[]} ids
 * @param {import('rollup').GetModuleInfo} getModuleInfo
 * @param {boolean} later
 * @param {(id: string) => boolean} isStartModule which modules are starts
 */
function reachingStarts(ids, getModuleInfo, later, isStartModule) {
  /** @type {Map<string, Set<string>>} */
  const startsOf = new Map();
  for (const start of ids.filter(isStartModule)) {
    const queue = [start];
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      const starts = startsOf.get(id) ?? new Set();
      if (starts.has(start)) continue;
      starts.add(start);
      startsOf.set(id, starts);
      const info = getModuleInfo(id);
      if (info) queue.push(...info.importedIds, ...(later ? info.dynamicallyImportedIds : []));
    }
  }
  return startsOf;
}
