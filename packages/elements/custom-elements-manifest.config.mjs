// Read by `cem analyze` (npm run analyze). The analyzer names some modules as import specifiers
// ("/src/components/pay-button/pay-button.component.js", the file a define file imports) and
// others as files ("src/components/pay-button/pay-button.component.ts"). The package ships src/
// beside dist/, so every module path is made the second kind: a file in the published package,
// which tools that follow a path (IDEs, docs, framework wrappers) can open.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('.', import.meta.url));

/** `/src/x.js` → `src/x.ts` when that is the file; other paths as they are. */
function shippedPath(/** @type {string} */ path) {
  const relative = path.replace(/^\//, '');
  const source = relative.replace(/\.js$/, '.ts');
  return existsSync(packageDir + source) ? source : relative;
}

/** Rewrites every `path` and `module` string in the manifest, however deep. */
function rewrite(/** @type {unknown} */ node) {
  if (Array.isArray(node)) node.forEach(rewrite);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') {
        /** @type {Record<string, unknown>} */ (node)[key] = shippedPath(value);
      } else rewrite(value);
    }
  }
}

export default {
  plugins: [
    {
      name: 'xinghui-shipped-paths',
      packageLinkPhase(
        /** @type {{ customElementsManifest: unknown }} */ { customElementsManifest },
      ) {
        rewrite(customElementsManifest);
      },
    },
  ],
};
