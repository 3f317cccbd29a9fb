// The analyzer reads events from `@event` tags, which carry no type. Every component event has
// its detail in src/events/<event>.ts as `Xh…Detail` (`xh-payment-succeeded` →
// `XhPaymentSucceededDetail`); this plugin writes `CustomEvent<Xh…Detail>` as each event's type,
// with a reference to that file, and fails the analysis if the file or the interface is missing
// (a new event without its detail type must not ship untyped). `xh-state-change`'s detail is
// generic over the states, so it gets the element's own `state` union.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('../../packages/elements/', import.meta.url));

/** `xh-payment-succeeded` → `XhPaymentSucceededDetail`. */
export function detailTypeName(/** @type {string} */ event) {
  return `${event.replace(/(^|-)([a-z])/g, (_, _dash, letter) => letter.toUpperCase())}Detail`;
}

/** A cem plugin: each custom element's events typed with their detail. */
export const eventDetails = {
  name: 'xinghui-event-details',
  packageLinkPhase(
    /** @type {{ customElementsManifest: import('./manifest.js').Manifest }} */ {
      customElementsManifest,
    },
  ) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        for (const event of declaration.events ?? []) {
          const name = detailTypeName(event.name);
          const file = `src/events/${event.name}.ts`;
          const source = existsSync(packageDir + file)
            ? readFileSync(packageDir + file, 'utf8')
            : '';
          if (!new RegExp(`export interface ${name}\\b`).test(source)) {
            throw new Error(
              `${declaration.name} fires ${event.name}, but ${file} exports no ${name}`,
            );
          }
          const state = declaration.members?.find((member) => member.name === 'state')?.type?.text;
          const detail = event.name === 'xh-state-change' && state ? `${name}<${state}>` : name;
          event.type = { text: `CustomEvent<${detail}>`, references: [{ name, module: file }] };
        }
      }
    }
  },
};
