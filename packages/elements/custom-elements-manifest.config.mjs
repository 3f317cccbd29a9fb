// Read by `cem analyze` (npm run analyze). The analyzer names some modules as import specifiers
// ("/src/components/pay-button/pay-button.component.js", the file a define file imports) and
// others as files ("src/components/pay-button/pay-button.component.ts"). The package ships src/
// beside dist/, so every module path is made the second kind: a file in the published package,
// which tools that follow a path (IDEs, docs, framework wrappers) can open.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eventDetails } from '../../scripts/manifest/event-details.mjs';
import { publicMembers } from '../../scripts/manifest/public-members.mjs';
import { resolvedTypes } from '../../scripts/manifest/resolved-types.mjs';

const packageDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * `/src/x.js` → `src/x.ts` when that is the file; a relative specifier (`./x.js`, as a
 * re-export names it) is first resolved against the module that holds it. Other paths as they are.
 */
function shippedPath(/** @type {string} */ path, /** @type {string} */ from) {
  const relative = path.startsWith('.')
    ? new URL(path, `file:///${from}`).pathname.slice(1)
    : path.replace(/^\//, '');
  const source = relative.replace(/\.js$/, '.ts');
  return existsSync(packageDir + source) ? source : relative;
}

/** Rewrites every `path` and `module` string in the manifest, however deep. */
function rewrite(/** @type {unknown} */ node, from = '') {
  if (Array.isArray(node)) node.forEach((child) => rewrite(child, from));
  else if (node && typeof node === 'object') {
    const record = /** @type {Record<string, unknown>} */ (node);
    // A module's own path is what its relative specifiers are relative to.
    const here =
      record.kind === 'javascript-module' && typeof record.path === 'string' ? record.path : from;
    for (const [key, value] of Object.entries(record)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') {
        record[key] = shippedPath(value, here.replace(/^\//, ''));
      } else rewrite(value, here);
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
    // In this order: members are public before their types are resolved, and the state union
    // is known before `xh-state-change` is typed with it.
    publicMembers,
    resolvedTypes,
    eventDetails,
  ],
};
