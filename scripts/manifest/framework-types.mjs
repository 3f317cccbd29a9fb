// Writes the framework declarations of @xinghui/elements from its custom-elements manifest, so
// what React and Vue type-check is what the manifest says, and a new attribute or event reaches
// them with no hand-written list:
// - dist/react.d.ts: React 19's `JSX.IntrinsicElements`. React 19 sets a prop as a property when
//   the element has that property (`clientSecret`), else as an attribute (`client-secret`), and
//   turns `on<event>` into a listener for `<event>` (`onxh-payment-succeeded`).
// - dist/vue.d.ts: Vue 3's `GlobalComponents`. Vue binds `@xh-payment-succeeded` as the
//   `onXhPaymentSucceeded` prop and listens for `xh-payment-succeeded`, so each event is typed
//   as that prop.
// - dist/react.js and dist/vue.js: empty modules, so the subpaths also resolve for bundlers.
// Run by `npm run analyze -w @xinghui/elements`, right after the manifest is written.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../packages/elements/dist/', import.meta.url));

/**
 * @typedef {import('./manifest.js').Declaration} Declaration
 * @typedef {{ name: string, type: string }} Prop
 * @typedef {{ name: string, type: string }} EventType
 * @typedef {{ tag: string, className: string, attributes: Prop[], properties: Prop[], events: EventType[], details: string[] }} Element
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

function imports(/** @type {Element[]} */ elements) {
  const names = new Set(elements.flatMap((element) => [element.className, ...element.details]));
  return `import type {\n${[...names]
    .sort()
    .map((name) => `  ${name},\n`)
    .join('')}} from './index.js';`;
}

const header = `// Generated from custom-elements.json by scripts/manifest/framework-types.mjs: do not edit.`;

/** dist/react.d.ts */
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
  return `${header}
import type * as React from 'react';
${imports(elements)}

${props.join('\n\n')}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${intrinsic}
    }
  }
}
`;
}

/** dist/vue.d.ts */
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
  return `${header}
import type { DefineComponent } from 'vue';
${imports(elements)}

${parts.join('\n\n')}

declare module 'vue' {
  interface GlobalComponents {
${components}
  }
}
`;
}

/** Writes the four files beside dist/custom-elements.json; returns the tags it typed. */
export function writeFrameworkTypes() {
  const manifest = JSON.parse(readFileSync(`${dist}custom-elements.json`, 'utf8'));
  const elements = elementsOf(manifest);
  const empty = `${header}\n// Types only: see ./$NAME.d.ts.\nexport {};\n`;
  writeFileSync(`${dist}react.d.ts`, reactDeclarations(elements));
  writeFileSync(`${dist}vue.d.ts`, vueDeclarations(elements));
  writeFileSync(`${dist}react.js`, empty.replace('$NAME', 'react'));
  writeFileSync(`${dist}vue.js`, empty.replace('$NAME', 'vue'));
  return elements.map((element) => element.tag);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`framework types for ${writeFrameworkTypes().join(', ')}`);
}
