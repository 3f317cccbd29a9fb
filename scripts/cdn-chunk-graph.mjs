// A rollup plugin for the CDN build: writes into the loader, for each tag, every chunk that
// tag's component needs at once (its own chunk and all it imports statically, however deep),
// so the loader can ask for all of them in parallel (`<link rel="modulepreload">`) instead of
// the browser discovering them one import level at a time. The loader's source holds the marker
// string below; this replaces it with `tag=file,file|view,view;tag=…` (paths relative to the
// loader): after the `|`, the chunks of the views that component loads on demand, when the shop
// opens one (`*.view.ts`, see cdn-chunks.mjs): listed, not preloaded.
// Chunk names still carry rollup's hash placeholders here; rollup fills in every placeholder in
// the final code, so the names written are the final ones.
import MagicString from 'magic-string';
import { viewOf } from './cdn-chunks.mjs';

/** The string in packages/elements/src/loader/chunk-graph.ts that the build replaces. */
const CHUNK_GRAPH_MARKER = '__XH_CHUNK_GRAPH__';

/** A define file, `components/<name>/<name>.ts`, registers `<xh-<name>>`. */
const DEFINE_FILE = /[\\/]components[\\/]([a-z-]+)[\\/]\1\.ts$/;

/** @returns {import('rollup').Plugin} */
export function cdnChunkGraph() {
  return {
    name: 'xinghui-cdn-chunk-graph',
    renderChunk(code, chunk, _options, { chunks }) {
      const at = code.indexOf(CHUNK_GRAPH_MARKER);
      if (!chunk.isEntry || at === -1) return null;
      /** @param {string} fileName @param {Set<string>} seen */
      const closure = (fileName, seen) => {
        if (seen.has(fileName)) return seen;
        seen.add(fileName);
        for (const next of chunks[fileName]?.imports ?? []) {
          if (next !== chunk.fileName) closure(next, seen); // the loader itself is already here
        }
        return seen;
      };
      const graph = Object.values(chunks).flatMap((own) => {
        const name = DEFINE_FILE.exec(own.facadeModuleId ?? '')?.[1];
        if (!name) return [];
        const atOnce = [...closure(own.fileName, new Set())];
        const onDemand = atOnce
          .flatMap((file) => chunks[file]?.dynamicImports ?? [])
          .filter((file) => viewOf(chunks[file]?.facadeModuleId ?? '') === name);
        return [`xh-${name}=${atOnce.join(',')}|${onDemand.join(',')}`];
      });
      const output = new MagicString(code);
      output.overwrite(at, at + CHUNK_GRAPH_MARKER.length, graph.join(';'));
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
