// Writes the framework declarations of @xinghui/elements from its custom-elements manifest, so
// what React and Vue type-check is what the manifest says, and a new attribute or event reaches
// them with no hand-written list:
// - src/frameworks/react.ts: React 19's `JSX.IntrinsicElements`. React 19 sets a prop as a
//   property when the element has that property (`clientSecret`), else as an attribute
//   (`client-secret`), and turns `on<event>` into a listener for `<event>`
//   (`onxh-payment-succeeded`).
// - src/frameworks/vue.ts: Vue 3's `GlobalComponents`. Vue binds `@xh-payment-succeeded` as the
//   `onXhPaymentSucceeded` prop and listens for `xh-payment-succeeded`, so each event is typed
//   as that prop.
// They are types only. They live in src/ (committed, like docs/events.md) so that `tsc -b`
// emits their dist/ declarations in a fresh clone; tests/node/custom-elements-manifest.test.ts
// fails when they differ from what the manifest gives. dist/frameworks/{react,vue}.js are empty
// modules, so the subpaths also resolve for bundlers.
// Run by `npm run analyze -w @xinghui/elements`, right after the manifest is written.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const packageDir = fileURLToPath(new URL('../../packages/elements/', import.meta.url));

/**
 * @typedef {{ name: string, type: string }} Prop
 * @typedef {{ tag: string, className: string, attributes: Prop[], properties: Prop[], events: Prop[], details: string[] }} Element
 */

/** Types a declaration file can spell without importing anything: primitives and literals. */
const selfContained =
  /^(?:string|number|boolean|undefined|null|'[^']*'|\d+)(?: \| (?:string|number|boolean|undefined|null|'[^']*'|\d+))*$/;

/** The custom elements of a manifest, with what a page may set and listen to. */
export function elementsOf(/** @type {import('./manifest.js').Manifest} */ manifest) {
  /** @type {Element[]} */
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const fields = (declaration.members ?? []).filter(
        (member) => member.kind === 'field' && !member.static && !member.readonly,
      );
      const writable = new Set(fields.map((field) => field.name));
      const typeOf = (/** @type {string} */ field, /** @type {string | undefined} */ text) =>
        text && selfContained.test(text) ? text : `${declaration.name}['${field}']`;
      elements.push({
        tag: declaration.tagName,
        className: declaration.name,
        attributes: (declaration.attributes ?? [])
          .filter((attribute) => !attribute.fieldName || writable.has(attribute.fieldName))
          .map((attribute) => ({ name: attribute.name, type: attribute.type?.text ?? 'string' })),
        properties: fields.map((field) => ({
          name: field.name,
          type: typeOf(field.name, field.type?.text),
        })),
        events: (declaration.events ?? []).map((event) => {
          if (!event.type) throw new Error(`${declaration.tagName}: ${event.name} has no type`);
          return { name: event.name, type: event.type.text };
        }),
        details: (declaration.events ?? []).flatMap(
          (event) => event.type?.references?.map((reference) => reference.name) ?? [],
        ),
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** `xh-payment-succeeded` → `XhPaymentSucceeded`. */
const pascal = (/** @type {string} */ name) =>
  name.replace(/(^|-)([a-z])/g, (_, _dash, letter) => letter.toUpperCase());

/** The import of the element classes and detail types that `body` uses. */
function imports(/** @type {Element[]} */ elements, /** @type {string} */ body) {
  const names = new Set(elements.flatMap((element) => [element.className, ...element.details]));
  const used = [...names].filter((name) => new RegExp(`\\b${name}\\b`).test(body)).sort();
  return `import type {\n${used.map((name) => `  ${name},\n`).join('')}} from '../index.js';`;
}

const header = `// Generated from dist/custom-elements.json by scripts/manifest/framework-types.mjs (run by
// \`npm run analyze -w @xinghui/elements\`): do not edit.`;

/** src/frameworks/react.ts */
export function reactDeclarations(/** @type {Element[]} */ elements) {
  const props = elements.map((element) => {
    const lines = [
      ...element.attributes.map((a) => `  '${a.name}'?: ${a.type};`),
      ...element.properties
        .filter((p) => !element.attributes.some((a) => a.name === p.name))
        .map((p) => `  ${p.name}?: ${p.type};`),
      ...element.events.map((e) => `  'on${e.name}'?: (event: ${e.type}) => void;`),
    ];
    return `/** Props of \`<${element.tag}>\` in React 19 JSX. */\nexport interface ${element.className}Props\n  extends React.DetailedHTMLProps<React.HTMLAttributes<${element.className}>, ${element.className}> {\n${lines.join('\n')}\n}`;
  });
  const intrinsic = elements
    .map((element) => `      '${element.tag}': ${element.className}Props;`)
    .join('\n');
  const body = props.join('\n\n');
  return `${header}
import type * as React from 'react';
${imports(elements, body)}

${body}

declare module 'react' {
  // React declares its JSX types in the \`JSX\` namespace: augmenting them takes one.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
${intrinsic}
    }
  }
}
`;
}

/** src/frameworks/vue.ts */
export function vueDeclarations(/** @type {Element[]} */ elements) {
  const parts = elements.map((element) => {
    const lines = [
      ...element.properties.map((p) => `  ${p.name}?: ${p.type};`),
      ...element.events.map((e) => `  on${pascal(e.name)}?: (event: ${e.type}) => void;`),
    ];
    return `/**
 * Props of \`<${element.tag}>\` in Vue 3, camelCase (templates may write them kebab-case). An
 * event is its \`on…\` prop: \`@${element.events[0]?.name ?? 'event'}\` in a template.
 */
export interface ${element.className}VueProps {
${lines.join('\n')}
}`;
  });
  const components = elements
    .map((element) => `    '${element.tag}': DefineComponent<${element.className}VueProps>;`)
    .join('\n');
  const body = parts.join('\n\n');
  return `${header}
import type { DefineComponent } from 'vue';
${imports(elements, body)}

${body}

declare module 'vue' {
  interface GlobalComponents {
${components}
  }
}
`;
}

/** The generated files, by path from the package folder, formatted as the repo formats. */
export async function frameworkFiles() {
  const manifest = JSON.parse(readFileSync(`${packageDir}dist/custom-elements.json`, 'utf8'));
  const elements = elementsOf(manifest);
  /** @type {Record<string, string>} */
  const files = {
    'src/frameworks/react.ts': reactDeclarations(elements),
    'src/frameworks/vue.ts': vueDeclarations(elements),
  };
  for (const [path, text] of Object.entries(files)) {
    const filepath = packageDir + path;
    files[path] = await prettier.format(text, {
      ...(await prettier.resolveConfig(filepath)),
      filepath,
    });
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = await frameworkFiles();
  mkdirSync(`${packageDir}src/frameworks`, { recursive: true });
  mkdirSync(`${packageDir}dist/frameworks`, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    // Only a change is written: builds and tests compare src/ and dist/ times to know what is stale.
    const file = packageDir + path;
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
    const name = path.replace(/^src\/frameworks\/|\.ts$/g, '');
    writeFileSync(
      `${packageDir}dist/frameworks/${name}.js`,
      `// Types only: @xinghui/elements/${name} is its ${name}.d.ts beside this file.\nexport {};\n`,
    );
  }
  console.log(`framework types: ${Object.keys(files).join(', ')}`);
}
