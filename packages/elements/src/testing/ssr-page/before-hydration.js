// Runs at the end of <body>, after the parser attached the declarative shadow roots and before
// the module script (./hydrate.ts) defines any component: what the server's HTML alone shows.
/* global window */
window.__ssr.before = window.__ssr.components().map(window.__ssr.snapshot);
