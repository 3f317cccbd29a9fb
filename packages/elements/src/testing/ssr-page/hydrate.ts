// The server-rendered test page's module script, as a partner's page loads the components:
// lit's hydrate support first (it must run before lit's LitElement is defined), then the
// components, which hydrate the shadow roots the server rendered instead of rendering anew.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../components/pay-button/pay-button.js';
import '../../components/one-click-loan/one-click-loan.js';
import '../../components/credit-wallet/credit-wallet.js';
import type { LitElement } from 'lit';

interface SsrRecord {
  after: unknown[];
  twins: unknown[];
  states: string[];
  statesAtHydration: string[];
  hydratedAt: number;
  snapshot(element: Element): unknown;
  components(): LitElement[];
}
const record = (window as unknown as { __ssr: SsrRecord }).__ssr;

document.addEventListener('xh-state-change', (event) => {
  record.states.push((event as CustomEvent<{ state: string }>).detail.state);
});
// Defining a component upgraded it at once; its first update (the hydration) is a microtask.
const components = record.components();
await Promise.all(components.map((component) => component.updateComplete));
record.after = components.map(record.snapshot);
record.hydratedAt = performance.now();
// The states the components went through until hydration: none, or they rendered anew. After
// it they go on loading from the bank, which may answer before the test reads this record.
record.statesAtHydration = [...record.states];

// What the browser renders of its own for the same element in the same place: a twin with the
// same attributes but no client secret (so it stays in its first state), styled by lit's adopted
// stylesheets. Hydration matched the server only if the two show the same.
record.twins = await Promise.all(
  components.map(async (component) => {
    const twin = document.createElement(component.localName) as LitElement;
    for (const { name, value } of component.attributes) {
      if (name !== 'client-secret') twin.setAttribute(name, value);
    }
    component.after(twin);
    await twin.updateComplete;
    const snapshot = record.snapshot(twin);
    twin.remove();
    return snapshot;
  }),
);
